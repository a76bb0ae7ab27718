/**
 * A keyboard-only journey from the start page to the PDF download: Tab and Shift-Tab to move,
 * Space to tick and to choose, Enter to press buttons and links, typing into text boxes, and the
 * arrow keys only where the platform requires them (inside a radio group and a <select>, as in
 * the ARIA Authoring Practices). No mouse, no element.click(), no focus().
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import pages from '../../locales/en/pages.json';
import common from '../../locales/en/common.json';
import pagesEn from '../../locales/en/pages.json';
import { type FieldPath, findStep } from '../../src/domain';
import { fieldWidgets } from '../../src/ui/form/field-specs';
import type { Answers } from '../unit/domain/walk';
import { inCourtBaseline } from './support/personas';
import { assertOnlySameOrigin, openPage } from './support/browser';
import { currentStepId, isFieldOnPage, typedDate } from './support/journey';
import { baseURL, browser } from './support/shared-browser';

const fid = (path: string) => `f-${path.replace(/\./g, '-')}`;
const active = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLInputElement | null;
  return { id: el?.id ?? '', tag: el?.tagName ?? '', type: el?.type ?? '', name: el?.getAttribute('name') ?? '', value: el?.value ?? '', text: el?.textContent?.trim() ?? '', checked: el?.checked ?? false };
});

/** Press Tab until the focused element matches; fails after too many presses. */
async function tabTo(page: Page, matches: (a: Awaited<ReturnType<typeof active>>) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (matches(await active(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with Tab`);
}

async function chooseInFocusedGroup(page: Page, value: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const a = await active(page);
    if (a.value === value) {
      if (!a.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${value} not reached`);
}

async function chooseInSelect(page: Page, value: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await active(page)).value === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`select option ${value} not reached`);
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, (a) => a.id === id, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function answerByKeyboard(page: Page, path: FieldPath, value: unknown): Promise<void> {
  const w = fieldWidgets[path];
  const base = fid(path);
  switch (w.kind) {
    case 'radio':
      await tabTo(page, (a) => a.type === 'radio' && a.name === path, `radio group ${path}`);
      await chooseInFocusedGroup(page, String(value));
      return;
    case 'text': case 'date': case 'number': case 'a-number':
      if (value === 'unknown') {
        await tabTo(page, (a) => a.id === `${base}-unknown`, `${path} unknown`);
        await page.keyboard.press('Space');
      } else if (value !== undefined) {
        await typeInto(page, `${base}-text`, w.kind === 'date' ? typedDate(String(value), 'en') : String(value));
      }
      return;
    case 'address': {
      const a = value as Record<string, string>;
      for (const part of ['street', 'city', 'state', 'zip']) await typeInto(page, `${base}-${part}`, a[part]!);
      return;
    }
    case 'family':
      if ((value as unknown[]).length !== 0) throw new Error('keyboard persona has no family rows');
      await tabTo(page, (a) => a.id === `${base}-none`, 'no family box');
      await page.keyboard.press('Space');
      return;
    case 'court':
      // The persona's court is on the list: move through the list with the arrow keys.
      await tabTo(page, (a) => a.id === `${base}-select`, 'court list');
      await chooseInSelect(page, String(value));
      return;
    case 'applications':
      // This journey has none: "None of these", ticked with Space.
      await tabTo(page, (a) => a.id === `${base}-none`, 'None of these');
      await page.keyboard.press('Space');
      return;
    case 'lines': case 'records':
      return; // left empty in this journey
  }
}

describe('keyboard only', () => {
  it('goes from the start page to a downloaded PDF', async () => {
    const { context, page, requests, errors } = await openPage(browser, baseURL, { viewport: { width: 1024, height: 900 } });
    try {
      const persona: Answers = { ...inCourtBaseline, 'posture.judge': undefined };
      await tabTo(page, (a) => a.tag === 'BUTTON' && a.text === common.actions.start, 'Start');
      await page.keyboard.press('Enter');
      // The saving choice, with nothing chosen: "Continue" alone says what to do, and the summary takes focus.
      await page.getByRole('heading', { level: 1, name: common.saving.legend }).waitFor();
      await tabTo(page, (a) => a.tag === 'BUTTON' && a.type === 'submit', 'Continue');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: common.saving.error }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      await tabTo(page, (a) => a.tag === 'INPUT' && a.value === 'device', 'Save on this device');
      await page.keyboard.press('Space');
      await tabTo(page, (a) => a.tag === 'BUTTON' && a.type === 'submit', 'Continue');
      await page.keyboard.press('Enter');
      // The task list: its "Start the questions" link.
      await page.getByRole('heading', { level: 1, name: common.taskList.title }).waitFor();
      await tabTo(page, (a) => a.tag === 'A' && a.text === common.taskList.start, 'Start the questions');
      await page.keyboard.press('Enter');
      for (let n = 0; n < 60; n++) {
        await page.waitForFunction(() => /#\/(questions\/[a-z0-9-]+|review)/.test(location.hash));
        const id = currentStepId(page);
        if (!id) break;
        await page.locator('form button[type="submit"]').waitFor();
        // A tick list: Space on each box that is true, or on "None of these" (this persona has no "not sure").
        const step = findStep(id)!;
        const listed = new Set<string>();
        if (step.ticks && (await page.locator(`#f-ticks-${id}-none`).count())) {
          for (const p of step.ticks) if (await page.locator(`#${fid(p)}-tick`).count()) listed.add(p);
          const yes = [...listed].filter((p) => persona[p as FieldPath] === 'yes');
          for (const boxId of yes.length ? yes.map((p) => `${fid(p)}-tick`) : [`f-ticks-${id}-none`]) {
            await tabTo(page, (a) => a.id === boxId, boxId);
            await page.keyboard.press('Space');
          }
        }
        // In order, so an answer can show the question under it; a question not on the page is skipped.
        for (const f of step.fields) {
          if (listed.has(f.path)) continue;
          if (f.path in persona && (await isFieldOnPage(page, f.path))) await answerByKeyboard(page, f.path, persona[f.path]);
        }
        const before = page.url();
        await tabTo(page, (a) => a.tag === 'BUTTON' && a.type === 'submit', 'Continue');
        await page.keyboard.press('Enter');
        await page.waitForFunction((u) => location.href !== u, before);
      }
      await page.getByRole('heading', { level: 1, name: pagesEn.review.title }).waitFor();
      await tabTo(page, (a) => a.tag === 'A' && a.text === pagesEn.review.submit, 'See your result');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#/result');
      await tabTo(page, (a) => a.tag === 'A' && a.id === '' && /letter/i.test(a.text), 'Write your letter');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#/letter');
      await page.locator('#office-select').waitFor();
      await tabTo(page, (a) => a.id === 'office-select', 'office select');
      await chooseInSelect(page, 'opla-chicago');
      await tabTo(page, (a) => a.tag === 'BUTTON' && a.text === pages.letter.pdf.button, 'Download PDF');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/^PD-request-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(errors).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  });
});
