/**
 * Paints the start page from index.html while the app's code is still on its way, then starts
 * the app (issue 17; docs/adr/0004-bundle-budget.md, "First paint").
 *
 * The build puts the start page, rendered by the app itself, into a <template> per language
 * (src/app/start-markup.tsx, vite.config.ts). This shows one only when the app will show that
 * very page: the start page, on a first visit (nothing of the app in the browser's storage: no
 * answers, no language chosen, no clinic mode), in the browser's language as the app picks it.
 * The app then draws the same page in its place. Any other time (a returning person, a saved
 * language, another page) nothing is shown until the app is ready, as before, so no one sees a
 * page that then changes.
 *
 * This is a classic script at the end of <body>: it runs as soon as it arrives, without waiting
 * for the app's modules. The build moved the app's module script and its preloads into this
 * script's data; they are added here, after the first paint when there is one.
 */
import { preferredLanguage } from '../domain/languages';
import { STORAGE_PREFIX } from '../state/storage-keys';
import { exitNow, shiftTripleListener } from '../ui/quick-exit';
import { skipToMain } from '../ui/skip-link';
import { CHOSEN_LANGUAGE_ATTRIBUTE, LANGUAGE_CHOSEN_EVENT } from './first-paint-signals';

const self = document.currentScript;
/** The first element of the page shown here: gone from the document once the app has drawn its own. */
let painted: Element | null = null;
/** The template of the page shown (its language). */
let paintedFrom: HTMLTemplateElement | null = null;

function somethingSaved(): boolean {
  try {
    for (const area of [window.localStorage, window.sessionStorage]) {
      for (let i = 0; i < area.length; i++) if (area.key(i)?.startsWith(STORAGE_PREFIX)) return true;
    }
    return false;
  } catch {
    // Storage blocked: the app decides.
    return true;
  }
}

/** Whether the app will show the start page of a first visit: then it may be shown now. */
function firstVisitToStart(): boolean {
  return ['', '#', '#/'].includes(location.hash) && !somethingSaved();
}

/**
 * Puts the start page in `language` into #root (in place of another language's), with the few
 * things that work before the app draws its own page in its place: the way out, the skip link,
 * "Start now" (it opens the next page, which the app shows once it has loaded), and the language
 * button (this page in the other language, and the app starts in it). False if there is no
 * such page to show.
 */
function paint(language: string): boolean {
  const template = document.getElementById(`first-paint-${language}`);
  const root = document.getElementById('root');
  if (!(template instanceof HTMLTemplateElement) || !root) return false;
  document.documentElement.lang = language;
  document.documentElement.dir = template.dataset.dir ?? 'ltr';
  document.title = template.dataset.title ?? document.title;
  root.replaceChildren(template.content.cloneNode(true));
  painted = root.firstElementChild;
  paintedFrom = template;
  root.querySelector('.exit__button')?.addEventListener('click', exitNow);
  root.querySelector('.skip-link')?.addEventListener('click', skipToMain);
  const start = template.dataset.start;
  root.querySelector('.button--start')?.addEventListener('click', () => {
    if (start) location.replace(start);
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.language-switch')) {
    button.addEventListener('click', () => {
      if (!paint(button.lang)) return;
      document.documentElement.setAttribute(CHOSEN_LANGUAGE_ATTRIBUTE, button.lang);
      window.dispatchEvent(new CustomEvent(LANGUAGE_CHOSEN_EVENT, { detail: button.lang }));
      root.querySelector<HTMLButtonElement>('button.language-switch')?.focus();
    });
  }
  return true;
}

/** Shows the start page from its template; false when the app should draw the first page itself. */
function showStartPage(): boolean {
  const root = document.getElementById('root');
  if (!root || root.firstChild || !firstVisitToStart() || !paint(preferredLanguage(navigator.languages))) return false;
  // Shift pressed three times leaves too, while this page is there (the app has its own).
  const onShift = shiftTripleListener(exitNow);
  window.addEventListener('keydown', (e) => {
    if (painted?.isConnected) onShift(e);
  });
  return true;
}

/** Adds the app's module script and its preloads, as the build had them in <head>. */
function startApp(): void {
  const app = self?.dataset.app;
  if (!app) return;
  for (const href of (self.dataset.preload ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = app;
  script.addEventListener('error', showAppFailed);
  document.head.append(script);
}

/**
 * The app's code could not be loaded (the connection dropped on a first visit): the page shown
 * here says so, as the app's own PageFailed would, rather than look ready and do nothing.
 */
function showAppFailed(): void {
  const main = document.getElementById('main');
  const text = paintedFrom?.dataset;
  if (!painted?.isConnected || !main || !text) return;
  const box = document.createElement('div');
  box.className = 'page-failed';
  box.setAttribute('role', 'alert');
  const message = document.createElement('p');
  box.append(message);
  if (navigator.onLine) {
    message.textContent = text.failed ?? '';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button';
    reload.textContent = text.reload ?? '';
    reload.addEventListener('click', () => location.reload());
    box.append(reload);
  } else {
    message.textContent = text.offline ?? '';
  }
  main.prepend(box);
}

/**
 * Runs `then` once the browser has painted the page (its first-contentful-paint entry), so on a
 * slow connection the start page's stylesheet does not share it with the app's code. A tab
 * opened in the background paints nothing until it is shown: it does not wait.
 */
function afterFirstPaint(then: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    then();
  };
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') return once();
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    return once();
  }
  // Should the entry never come: the app starts anyway.
  setTimeout(once, 1000);
}

if (showStartPage()) afterFirstPaint(startApp);
else startApp();
