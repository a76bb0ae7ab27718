/**
 * Performance budget (docs/adr/0004-bundle-budget.md): the JS the browser loads before the first
 * question (start page, "Start now", first question painted) is at most the budget (INITIAL_JS_BUDGET_KB, in kB gzip). Fails
 * listing every script when it is over, so the change that grew it can be found.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_BUDGET_KB, measureFirstVisit } from './support/first-visit';
import { describeScripts, DIST, INITIAL_JS_BUDGET_KB, kB, measureInitialJs } from './support/initial-js';
import { baseURL, browser } from './support/shared-browser';

describe('performance budget', () => {
  it(`loads at most ${INITIAL_JS_BUDGET_KB} kB of JS (gzip) before the first question`, async () => {
    const initial = await measureInitialJs(browser, baseURL);
    const total = kB(initial.gzipBytes);
    const report =
      `initial JS before the first question: ${total.toFixed(2)} kB gzip (budget ${INITIAL_JS_BUDGET_KB} kB), ` +
      `${initial.scripts.length} scripts:\n${describeScripts(initial.scripts)}`;
    console.log(report);
    expect(initial.scripts.length, 'no script was recorded: the measurement is broken').toBeGreaterThan(0);
    expect(total, report).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });

  it('keeps the PDF code, the later pages and the other language out of it', async () => {
    const { scripts } = await measureInitialJs(browser, baseURL);
    const names = scripts.map((s) => s.file);
    // Chunk names come from the module names (vite), locale chunks are <language>-<namespace>
    // (vite.config.ts): the page is in English, so no Spanish, and not the strings of later pages.
    const lazy = names.filter((f) => /\/(pdf|review-page|result-page|checklist-page|letter-page|delete-page|learn-index-page|learn-topic-page|case-schema|case-restore|step-form-rules|field-forms)-[\w-]+\.js$/.test(f));
    expect(lazy).toEqual([]);
    // Nor zod: the case schema loads only to read saved answers, the page checks at the first
    // answer (docs/adr/0004-bundle-budget.md). "jitless" is in zod's config and in case-schema.ts.
    const withZod = names.filter((f) => readFileSync(path.join(DIST, f), 'utf8').includes('jitless'));
    expect(withZod).toEqual([]);
    // (vite's content hashes are 8 characters; names like questions-later have a dash.)
    const locales = names.map((f) => /\/(en|es)-([a-z]+(?:-[a-z]+)*)-[\w-]{8}\.js$/.exec(f)).filter((m) => m !== null).map((m) => `${m[1]}-${m[2]}`);
    expect(locales).toEqual(expect.arrayContaining(['en-common', 'en-questions']));
    // The start page's words come with the app's code (preloaded beside it), not after the app has
    // run. The build hands the preloads to the first-paint script (src/app/first-paint.ts).
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const preloaded = /<script src="[^"]+" data-app="[^"]+" data-preload="([^"]+)"><\/script>/.exec(html)?.[1]?.split(' ').map((f) => f.replace(/^\.\//, '')) ?? [];
    expect(preloaded.filter((f) => /\/en-(common|questions)-[\w-]{8}\.js$/.test(f!))).toHaveLength(2);
    // Only the first section's questions: the later ones load once the person starts answering.
    expect(locales.filter((l) => l.startsWith('es-') || ['en-catalog', 'en-pages', 'en-questions-later', 'en-clinic', 'en-learn'].includes(l))).toEqual([]);
  });

  it(`downloads at most ${FIRST_VISIT_BUDGET_KB} kB (gzip) on the first visit, the whole app for offline use included, nothing twice`, async () => {
    const visit = await measureFirstVisit(browser, baseURL);
    const report = `first visit: ${kB(visit.gzipBytes).toFixed(2)} kB gzip (${kB(visit.rawBytes).toFixed(2)} kB raw) in ${visit.downloads.length} files `
      + `(budget ${FIRST_VISIT_BUDGET_KB} kB); largest:\n`
      + visit.downloads.slice(0, 12).map((d) => `  ${kB(d.gzipBytes).toFixed(2).padStart(8)} kB  ${d.byWorker ? 'worker' : 'page  '}  ${d.file}`).join('\n');
    console.log(report);
    // The worker stored the PDF code and the fonts: offline works after this visit (offline.e2e.ts walks it).
    expect(visit.downloads.map((d) => d.file)).toEqual(expect.arrayContaining([expect.stringMatching(/^assets\/pdf-worker-/), expect.stringMatching(/NotoSans-Bold/)]));
    expect(visit.twice, 'downloaded twice').toEqual([]);
    expect(kB(visit.gzipBytes), report).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_KB);
  });

  // The worker asks for a file without a hash in its name with "?__WB_REVISION__=…" added, which
  // misses the copy the page already has. Chrome loads the favicon; the npm Chromium's headless
  // shell does not, so the visit above can miss it: this reads the build instead.
  it('precaches every file the start page links under its hashed name, so none is downloaded twice', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/^\.?\//, ''));
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const precached = new Map([...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]*")\}/g)].map((m) => [m[1]!, m[2]!]));
    expect(linked, 'the favicon, the scripts and the manifest').toEqual(expect.arrayContaining([expect.stringMatching(/app-icon-32-[\w-]+\.png$/), 'manifest.webmanifest']));
    // The manifest keeps its name (an installed app finds its manifest by it); the browser reads it only to install the app.
    const fetchedAgain = linked.filter((file) => file !== 'manifest.webmanifest' && precached.get(file) !== 'null');
    expect(fetchedAgain, 'linked by index.html but precached with a revision (or not at all)').toEqual([]);
  });
});
