/**
 * The README's deploy examples give the app's own Content-Security-Policy (the one vite.config.ts
 * puts into the built index.html) plus frame-ancestors 'none', in every example: a change to the
 * policy that the README missed fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

function appCsp(): string {
  const config = readFileSync('vite.config.ts', 'utf8');
  const list = /const CSP = \[([\s\S]*?)\]\.join\('; '\)/.exec(config);
  if (!list) throw new Error('CSP list not found in vite.config.ts');
  return [...list[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('; ');
}

describe('README deploy headers', () => {
  const csp = `${appCsp()}; frame-ancestors 'none'`;

  it("give the app's CSP with frame-ancestors 'none' in the table, the _headers file and the nginx example", () => {
    expect(readme).toContain(`| \`Content-Security-Policy\` | \`${csp}\` |`);
    expect(readme).toContain(`  Content-Security-Policy: ${csp}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${csp}" always;`);
  });

  it('give the other headers in each example', () => {
    for (const header of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']) {
      expect(readme).toContain(`| \`${header}\` |`);
      expect(readme).toContain(`  ${header}: `);
      expect(readme).toContain(`add_header ${header} "`);
    }
    expect(readme).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\), interest-cohort=\(\)/);
  });
});
