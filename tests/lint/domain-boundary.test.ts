/**
 * Proves the src/domain boundary in eslint.config.js: the domain may import only zod and other
 * src/domain files, and may not touch browser globals.
 */
import { describe, expect, it } from 'vitest';
import { useProjectEslint } from './project-eslint';

const lint = useProjectEslint();

async function errorsFor(code: string, filePath = 'src/domain/x.ts') {
  return (await lint(code, filePath)).filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe('src/domain import boundary', () => {
  it.each([
    ["import React from 'react';\nexport const r = React;", 'react'],
    ["import { useStore } from '../state/store';\nexport const s = useStore;", '../state/store'],
    ["import x from '../../locales/en/common.json';\nexport const l = x;", '../../locales/en/common.json'],
    ["import i18n from 'i18next';\nexport const i = i18n;", 'i18next'],
    ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;", 'node:fs'],
    ["export { create } from 'zustand';", 'zustand'],
    ["export * from '../ui/language-switch';", '../ui/language-switch'],
    ["export const load = () => import('../pdf/render');", '../pdf/render'],
    ["export type T = import('react').ReactNode;", 'react'],
    ["import { z } from 'zodiac';\nexport const s = z;", 'zodiac'],
  ])('rejects %j', async (code, source) => {
    const errors = await errorsFor(code);
    expect(errors).toContainEqual({ rule: 'pd/domain-imports', message: expect.stringContaining(`'${source}'`) });
  });

  it('rejects an import from a nested domain file that climbs out of src/domain', async () => {
    const errors = await errorsFor("import { a } from '../../app';\nexport const b = a;", 'src/domain/rules/x.ts');
    expect(errors.map((e) => e.rule)).toContain('pd/domain-imports');
  });

  it('rejects a computed dynamic import', async () => {
    const errors = await errorsFor('export const load = (p: string) => import(p);');
    expect(errors.map((e) => e.rule)).toContain('pd/domain-imports');
  });

  it.each([
    "import { z } from 'zod';\nexport const s = z.string();",
    "import * as zm from 'zod/mini';\nexport const s = zm.string();",
    "import { a } from './b';\nexport const c = a;",
    "import type { A } from './sub/types';\nexport type B = A;",
    "export { a } from './b';\nexport * from './c';",
  ])('allows %j', async (code) => {
    expect(await errorsFor(code)).toEqual([]);
  });

  it("allows '../x' from a nested domain file when it stays inside src/domain", async () => {
    expect(await errorsFor("import { a } from '../b';\nexport const c = a;", 'src/domain/rules/x.ts')).toEqual([]);
  });

  it('does not apply outside src/domain', async () => {
    expect(await errorsFor("import { useState } from 'react';\nexport const s = useState;", 'src/ui/x.ts')).toEqual([]);
  });
});

describe('src/domain browser globals', () => {
  it.each([
    ['window.alert(1);', 'window'],
    ['export const t = document.title;', 'document'],
    ["export const v = localStorage.getItem('k');", 'localStorage'],
    ['export const l = navigator.language;', 'navigator'],
    ["export const r = fetch('/x');", 'fetch'],
    ['export const h = location.href;', 'location'],
  ])('rejects %j', async (code, name) => {
    const errors = await errorsFor(code);
    expect(errors).toContainEqual({ rule: 'no-restricted-globals', message: expect.stringContaining(`'${name}'`) });
  });

  it('allows a local variable with the same name as a browser global', async () => {
    expect(await errorsFor('export function f(location: string) { return location.trim(); }')).toEqual([]);
  });
});
