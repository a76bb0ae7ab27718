/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) for the accessibility e2e files: `audit` opens every
 * disclosure, runs axe and keeps each violation (rule, impact, the elements) to fail the test with.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export class AxeAudit {
  readonly violations: string[] = [];

  async audit(page: Page, screen: string): Promise<void> {
    // Open every disclosure so hidden content is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      // Every element is still checked; only the report of passing rules is cut to one element
      // each, which makes an audit of a long page much faster.
      .options({ resultTypes: ['violations'] })
      .analyze();
    // axe really ran: it checked rules that passed on this screen.
    expect(result.passes.length, screen).toBeGreaterThan(10);
    for (const v of result.violations) {
      this.violations.push(`${screen}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
  }
}
