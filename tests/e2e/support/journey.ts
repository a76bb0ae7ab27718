/**
 * Drives the real wizard in Chromium from a table of answers (the same personas the domain tests
 * walk): on each question page it reads the step from the URL, fills that step's fields the way a
 * person would (clicking labels, typing), presses Continue, and stops on "Check your answers".
 */
import type { Page } from 'playwright-core';
import { type FieldPath, findStep, findStepByCode, type LanguageCode, languageInfo } from '../../../src/domain';
import { fieldWidgets } from '../../../src/ui/form/field-specs';
import type { Answers } from '../../unit/domain/walk';

const fid = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** An ISO date as a person types it in `lang` (its date order in src/domain/languages.ts). */
export function typedDate(iso: string, lang: LanguageCode): string {
  const [y, m, d] = iso.split('-');
  if (d) return languageInfo(lang).dateOrder === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

async function check(page: Page, id: string, on: boolean) {
  const box = page.locator(`#${id}`);
  if ((await box.isChecked()) !== on) await page.locator(`label[for="${id}"]`).click();
}

async function fillText(page: Page, path: string, value: unknown, lang: LanguageCode, kind: string) {
  const base = fid(path);
  if (value === 'unknown') {
    await check(page, `${base}-unknown`, true);
    return;
  }
  if (await page.locator(`#${base}-unknown`).count()) await check(page, `${base}-unknown`, false);
  const text = value === undefined ? '' : kind === 'date' ? typedDate(String(value), lang) : String(value);
  await page.locator(`#${base}-text`).fill(text);
}

/**
 * Is this question on the page now? A question asked only when an earlier answer calls for it
 * (shown under that answer, or left out after an earlier page's answer) is not there otherwise.
 */
export async function isFieldOnPage(page: Page, path: FieldPath): Promise<boolean> {
  const base = fid(path);
  return (await page.locator(`[id="${base}"], [id^="${base}-"]`).count()) > 0;
}

/** Fills the step's questions that are on the page from `answers`, in order (so an answer can open the next). */
export async function fillStep(page: Page, stepId: string, answers: Answers, lang: LanguageCode): Promise<void> {
  const step = findStep(stepId);
  if (!step) throw new Error(`unknown step ${stepId}`);
  const listed = await fillTickList(page, stepId, step.ticks ?? [], answers, lang);
  for (const f of step.fields) {
    if (listed.has(f.path)) continue;
    if (f.path in answers && (await isFieldOnPage(page, f.path))) await fillField(page, f.path, answers[f.path], lang);
  }
}

/**
 * A page's tick list, as a person answers it: a "not sure" among the answers → "I'm not sure…"
 * and each question on its own; else a box for each yes, or "None of these". Returns the
 * questions it answered (none when the page shows them as separate questions).
 */
async function fillTickList(page: Page, stepId: string, ticks: readonly FieldPath[], answers: Answers, lang: LanguageCode): Promise<Set<string>> {
  const base = `f-ticks-${stepId}`;
  if (ticks.length === 0 || (await page.locator(`#${base}-none`).count()) === 0) return new Set();
  const shown: FieldPath[] = [];
  for (const p of ticks) if (await page.locator(`#${fid(p)}-tick`).count()) shown.push(p);
  const given = shown.filter((p) => p in answers);
  if (given.some((p) => answers[p] === 'unknown')) {
    await check(page, `${base}-unsure`, true);
    for (const p of given) await fillField(page, p, answers[p], lang);
  } else if (given.some((p) => answers[p] === 'yes')) {
    for (const p of shown) await check(page, `${fid(p)}-tick`, answers[p] === 'yes');
  } else if (given.length > 0) {
    await check(page, `${base}-none`, true);
  }
  return new Set(shown);
}

export async function fillField(page: Page, path: FieldPath, value: unknown, lang: LanguageCode): Promise<void> {
  const w = fieldWidgets[path];
  const base = fid(path);
  switch (w.kind) {
    case 'radio':
      await page.locator(`label[for="${base}-${String(value)}"]`).click();
      return;
    case 'text':
    case 'date':
    case 'number':
    case 'a-number':
      await fillText(page, path, value, lang, w.kind);
      return;
    case 'address': {
      const a = value as Record<string, string>;
      for (const part of ['street', 'city', 'state', 'zip']) await page.locator(`#${base}-${part}`).fill(a[part] ?? '');
      return;
    }
    case 'lines':
      await page.locator(`#${base}`).fill(((value as string[] | undefined) ?? []).join('\n'));
      return;
    case 'family': {
      const members = (value as { relationship: string; status: string }[] | undefined) ?? [];
      await check(page, `${base}-none`, members.length === 0);
      for (let i = 0; i < members.length; i++) {
        if (!(await page.locator(`#${base}-${i}-relationship`).count())) await page.locator(`#${base}`).click();
        await page.locator(`#${base}-${i}-relationship`).selectOption(members[i]!.relationship);
        await page.locator(`#${base}-${i}-status`).selectOption(members[i]!.status);
      }
      return;
    }
    case 'court': {
      // The court from the list when it is there, else "not on this list" and its words.
      if (value === 'unknown') {
        await check(page, `${base}-unknown`, true);
        return;
      }
      const select = page.locator(`#${base}-select`);
      const listed = await select.locator('option').evaluateAll((os, v) => os.some((o) => (o as HTMLOptionElement).value === v), String(value));
      if (listed) {
        await select.selectOption(String(value));
      } else {
        await select.selectOption('other');
        await page.locator(`#${base}-text`).fill(String(value));
      }
      return;
    }
    case 'applications': {
      // Tick each one and choose what is happening with it; none at all is "None of these".
      const apps = (value as Record<string, string> | undefined) ?? {};
      if (Object.keys(apps).length === 0) {
        await check(page, `${base}-none`, true);
        return;
      }
      for (const [kind, status] of Object.entries(apps)) {
        const box = (await page.locator(`#${base}-${kind}`).count()) ? `${base}-${kind}` : base;
        await check(page, box, true);
        await page.locator(`label[for="${base}-${kind}-${status}"]`).click();
      }
      return;
    }
    case 'records': {
      const rows = (value as { kind: string; date: string; outcome: string }[] | undefined) ?? [];
      for (let i = 0; i < rows.length; i++) {
        await page.locator(`#${base}`).click();
        await page.locator(`#${base}-${i}-kind`).selectOption(rows[i]!.kind);
        if (rows[i]!.date === 'unknown') await check(page, `${base}-${i}-date-unknown`, true);
        else await page.locator(`#${base}-${i}-date`).fill(typedDate(rows[i]!.date, lang));
        await page.locator(`#${base}-${i}-outcome`).selectOption(rows[i]!.outcome);
      }
      return;
    }
  }
}

/** The step of the question page open now, from its neutral URL (#/questions/q7), or null. */
export function currentStepId(page: Page): string | null {
  const m = /#\/questions\/([a-z0-9-]+)/.exec(page.url());
  return m ? findStepByCode(m[1]!)?.id ?? null : null;
}

/** Answers the questions from the current page until the review page; returns the steps visited. */
export async function answerQuestions(
  page: Page,
  answers: Answers,
  lang: LanguageCode = 'en',
  options: { screenshotDir?: string; onStep?: (stepId: string) => Promise<void> } = {},
): Promise<string[]> {
  const maxSteps = 60;
  const visited: string[] = [];
  for (let n = 0; n < maxSteps; n++) {
    await page.waitForFunction(() => /#\/(questions\/[a-z0-9-]+|review)/.test(location.hash));
    const id = currentStepId(page);
    if (id === null) return visited;
    const step = findStep(id);
    if (!step) throw new Error(`unknown step in URL: ${page.url()}`);
    await page.locator('form button[type="submit"]').waitFor();
    visited.push(id);
    await fillStep(page, id, answers, lang);
    if (options.onStep) await options.onStep(id);
    if (options.screenshotDir) await page.screenshot({ path: `${options.screenshotDir}/${visited.length}-${id}.png`, fullPage: true });
    const before = page.url();
    await page.locator('form button[type="submit"]').click();
    await page.waitForFunction((u) => location.href !== u, before, { timeout: 5000 }).catch(() => {
      throw new Error(`step "${id}" did not move on (validation error?)`);
    });
  }
  throw new Error('too many steps');
}
