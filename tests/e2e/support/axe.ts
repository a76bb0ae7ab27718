/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) for the e2e tests. `axeViolations` runs axe in the page
 * itself: its source is put into the document once (kept until the next page load) and `axe.run`
 * checks the whole document, or one part of it. The app has no frames, so the frame-by-frame
 * machinery of @axe-core/playwright is not needed; it cost about 1.3 s an audit (the source
 * injected again each time and an extra blank page to merge the results), three times the audit.
 * `AxeAudit` opens every disclosure first and collects the violations of many screens. Parts of a
 * page drawn only near the screen (content-visibility: auto) are drawn at once before each run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeRule {
  id: string;
  impact?: string | null;
  help: string;
  tags: string[];
  nodes: { target: unknown[] }[];
}
interface AxeResult {
  passes: AxeRule[];
  violations: AxeRule[];
}

/**
 * Runs axe's WCAG A/AA rules on the page (or only inside `include`, a CSS selector) and returns one
 * line per violation: `<screen>: <rule> (<impact>) <help> — <up to three elements>`. Fails at once
 * if axe checked almost nothing (`minPasses`) or ran rules outside the WCAG tags.
 */
export async function axeViolations(page: Page, screen: string, options: { include?: string; minPasses?: number } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Parts drawn only near the screen (content-visibility: auto) are drawn all at once first: axe
  // scrolls to each element and reads what is painted at its place, and a part that grew as it was
  // drawn moved the page under it (a contrast failure for an element it then found covered). An
  // element's own style, as the app's CSP allows no <style> element.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
  const result = await page.evaluate(
    ([tags, include]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      // Only violations are reported in full; passing rules keep one element each (much faster).
      return axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    [WCAG_TAGS, options.include ?? ''] as const,
  ) as AxeResult;
  // Only the WCAG A/AA rules ran (a best-practice rule in the result means the tags were lost).
  expect(result.passes.concat(result.violations).filter((r) => !r.tags.some((t) => WCAG_TAGS.includes(t))).map((r) => r.id), screen).toEqual([]);
  // axe really ran: it checked rules that passed on this screen.
  expect(result.passes.length, screen).toBeGreaterThan(options.minPasses ?? 10);
  return result.violations.map(
    (v) => `${screen}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
}

/** Audits many screens of one walk and keeps every violation, to fail the test with all of them. */
export class AxeAudit {
  readonly violations: string[] = [];

  async audit(page: Page, screen: string): Promise<void> {
    // Open every disclosure so hidden content is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    this.violations.push(...(await axeViolations(page, screen)));
  }
}
