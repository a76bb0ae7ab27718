// @vitest-environment jsdom
/**
 * No HTML injection on the pages that show what the person typed: the review page and the
 * letter page (its preview, the "what this letter says" summary and the typed office) render
 * HTML-, script- and template-looking answers as literal text. No element is created from them
 * and no handler runs. The lint rule in tests/lint/no-html-injection.test.ts keeps it that way.
 */
import enPagesStrings from '../../locales/en/pages.json';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CaseData, emptyCase } from '../../src/domain';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';
import { renderApp } from './render-app';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { wipeAllStorage } from '../../src/state/device-storage';

// Property tests: 1,000 runs can take longer than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const SVG = '"><svg/onload=alert(3)>';
const IFRAME = "'><iframe src=javascript:alert(4)>";
const LINK = '<a href="javascript:alert(5)">click</a>';
/** i18next interpolation and nesting syntax: must not be expanded inside an answer. */
const TEMPLATE = '{{hearing}} $t(catalog:requestOptions.dismissal.title) <b>bold</b>';

const hostileCase: CaseData = walk(
  {
    ...inCourtBaseline,
    'person.fullName': `José ${IMG}`,
    'person.otherNames': [SCRIPT, LINK],
    'person.countryOfBirth': SVG,
    'posture.courtCity': TEMPLATE,
    'posture.judge': IFRAME,
    'representation.kind': 'attorney',
    'representation.name': `Ana ${IMG}`,
    'person.address': { street: SCRIPT, city: IMG, state: 'IL', zip: '60601' },
  },
  {
    letter: {
      request: 'administrative_closure',
      story: `My story ${IMG}\n${SCRIPT}`,
      concernsExplanation: `Concerns ${SVG}`,
      requestDetails: `Details ${LINK}`,
      office: { kind: 'typed', text: `Office ${IFRAME}\n${IMG}` },
    },
  },
).c;

/** No element made from text: nothing that loads, runs or links anywhere in the document. */
function expectNoInjectedElements(): void {
  expect(document.querySelectorAll('img, script, iframe, svg, object, embed, b')).toHaveLength(0);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
  }
  for (const a of document.querySelectorAll('a[href]')) expect(a.getAttribute('href')).not.toMatch(/javascript:/i);
}

/** Elements whose own text is exactly `text`. */
const exactly = (text: string) => (_: string, el: Element | null) => el?.textContent === text && [...el.children].every((c) => c.textContent !== text);

let alert: ReturnType<typeof vi.fn>;

beforeEach(() => {
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  alert = vi.fn();
  vi.stubGlobal('alert', alert);
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('hostile answers are shown as text, never as HTML', () => {
  it('on the review page', async () => {
    await renderApp('/review', hostileCase);
    await screen.findByRole('heading', { level: 1, name: enPagesStrings.review.title });
    expectNoInjectedElements();
    const main = document.body;
    for (const text of [`José ${IMG}`, SCRIPT, LINK, SVG, TEMPLATE, IFRAME, `Ana ${IMG}`, `${IMG}, IL 60601`]) {
      expect(within(main).queryAllByText(exactly(text)).length, text).toBeGreaterThan(0);
    }
    expect(document.body.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(alert).not.toHaveBeenCalled();
  });

  it('on the letter page: preview, summary and typed office', async () => {
    await renderApp('/letter', hostileCase);
    const letter = await screen.findByRole('article', { name: i18n.t('pages:letter.preview.title') });
    expectNoInjectedElements();
    // The person's own words, verbatim, as text.
    expect(within(letter).getByText(exactly(`My story ${IMG}\n${SCRIPT}`))).toBeTruthy();
    expect(within(letter).getByText(exactly(`Concerns ${SVG}`))).toBeTruthy();
    expect(within(letter).getByText(exactly(`Details ${LINK}`))).toBeTruthy();
    // Typed into generated sentences and lines, still as text.
    expect(within(letter).getAllByText(exactly(`José ${IMG}`)).length).toBeGreaterThan(0);
    expect(within(letter).getByText(exactly(`Office ${IFRAME}`))).toBeTruthy();
    expect(within(letter).getByText(exactly(`${SCRIPT}; ${LINK}`))).toBeTruthy();
    expect(letter.textContent).toContain(`My representative is Ana ${IMG}.`);
    expect(letter.textContent).toContain(`before the Immigration Court in ${TEMPLATE}.`);
    // The summary puts the court city into a translated sentence: its {{…}} and $t(…) stay as typed.
    expect(document.body.textContent).toContain(`your court in ${TEMPLATE}`);
    // The text boxes hold the text as their value.
    expect((screen.getByRole('textbox', { name: i18n.t('pages:letter.words.storyLabel') }) as HTMLTextAreaElement).value).toBe(`My story ${IMG}\n${SCRIPT}`);
    expect(alert).not.toHaveBeenCalled();
  });
});
