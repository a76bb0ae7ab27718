/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) for the accessibility e2e files: `audit` opens every
 * disclosure, runs axe and keeps each violation (rule, impact, the elements) to fail the test with.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export class AxeAudit {
  readonly violations: string[] = [];

  async audit(page: Page, screen: string): Promise<void> {
    // Open every disclosure so hidden content is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const result = await new AxeBuilder({ page })
      // Every element is still checked; only the report of passing rules is cut to one element
      // each, which makes an audit of a long page much faster. (options() replaces all options,
      // so it comes before withTags().)
      .options({ resultTypes: ['violations'] })
      .withTags(TAGS)
      .analyze();
    // Only the WCAG A/AA rules ran (a best-practice rule in the result means the tags were lost).
    expect(result.passes.concat(result.violations).filter((r) => !r.tags.some((t) => TAGS.includes(t))).map((r) => r.id), screen).toEqual([]);
    // axe really ran: it checked rules that passed on this screen.
    expect(result.passes.length, screen).toBeGreaterThan(10);
    for (const v of result.violations) {
      this.violations.push(`${screen}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
  }
}
