/**
 * Proves the layer rule in eslint.config.js (pd/zone-imports): imports flow down, app → features →
 * ui/state/pdf → domain; no feature imports another; only the shell imports the shell; features
 * reach the PDF code only by import() or for types; the PDF code uses no React, i18n or store.
 * And the source tree has no import cycle (value imports; `import type` is erased).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useProjectEslint } from './project-eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lint = useProjectEslint();

async function zoneErrors(code: string, filePath: string): Promise<string[]> {
  return (await lint(code, filePath)).filter((m) => m.ruleId === 'pd/zone-imports').map((m) => m.message);
}

describe('layer boundaries (pd/zone-imports)', () => {
  it.each([
    // A feature never imports another feature, nor the shell; the PDF code only by import().
    ['src/features/result/x.tsx', "import { stepUrl } from '../wizard/step-page';\nexport const a = stepUrl;", 'another feature'],
    ['src/features/letter/x.tsx', "import i18n from '../../app/i18n';\nexport const a = i18n;", 'src/app'],
    ['src/features/case-file/x.tsx', "import { createPdfDocument } from '../../pdf';\nexport const a = createPdfDocument;", 'import()'],
    ['src/features/letter/x.tsx', "import { renderDocument } from '../../pdf/render-letter-pdf';\nexport const a = renderDocument;", 'import()'],
    ['src/features/letter/x.tsx', "import { drawPages } from '../../pdf/layout';\nexport const a = drawPages;", 'import()'],
    // Shared components get their data by props: no store, no shell, no feature.
    ['src/ui/x.tsx', "import { useCaseStore } from '../state/case-store';\nexport const a = useCaseStore;", 'src/state'],
    ['src/ui/form/x.tsx', "import { App } from '../../app/app';\nexport const a = App;", 'src/app'],
    ['src/ui/x.tsx', "import { ResultPage } from '../features/result/result-page';\nexport const a = ResultPage;", 'src/features'],
    // The store knows nothing of pages or components.
    ['src/state/x.ts', "import { AppLink } from '../ui/app-link';\nexport const a = AppLink;", 'src/ui'],
    ['src/state/clinic/x.ts', "import { LetterPage } from '../../features/letter/letter-page';\nexport const a = LetterPage;", 'src/features'],
    ['src/state/x.ts', "export * from '../app/i18n';", 'src/app'],
    // The PDF code is given its words and data.
    ['src/pdf/x.ts', "import { useTranslation } from 'react-i18next';\nexport const a = useTranslation;", "'react-i18next'"],
    ['src/pdf/x.ts', "import { useState } from 'react';\nexport const a = useState;", "'react'"],
    ['src/pdf/x.ts', "import { useCaseStore } from '../state/case-store';\nexport const a = useCaseStore;", 'src/state'],
    ['src/pdf/x.ts', "import { paths } from '../ui/paths';\nexport const a = paths;", 'src/ui'],
  ])('rejects in %s: %j', async (file, code, words) => {
    const errors = await zoneErrors(code, file);
    expect(errors.length, errors.join('\n')).toBe(1);
    expect(errors[0]).toContain(words);
  });

  it.each([
    ['src/features/letter/x.tsx', "export const load = () => import('../../pdf');"],
    ['src/features/letter/x.tsx', "import type { PdfInput } from '../../pdf/render-letter-pdf';\nexport type A = PdfInput;"],
    // The PDF's plan and the font's coverage table are pure: the letter page checks text with them as it is typed.
    ['src/features/letter/x.tsx', "import { buildPlan } from '../../pdf/plan';\nimport { fontCovers } from '../../pdf/font-coverage';\nexport const a = [buildPlan, fontCovers];"],
    ['src/features/letter/x.tsx', "import { paths } from '../../ui/paths';\nimport { useCaseStore } from '../../state/case-store';\nimport { assess } from '../../domain';\nimport { a } from './y';\nexport const b = [paths, useCaseStore, assess, a];"],
    ['src/ui/form/x.tsx', "import { assess } from '../../domain';\nimport { AppLink } from '../app-link';\nexport const a = [assess, AppLink];"],
    ['src/state/x.ts', "import { assess } from '../domain';\nexport const a = assess;"],
    ['src/app/x.tsx', "import { StartPage } from '../features/start/start-page';\nimport { LanguageSwitch } from './language-switch';\nexport const a = [StartPage, LanguageSwitch];"],
  ])('allows in %s: %j', async (file, code) => {
    expect(await zoneErrors(code, file)).toEqual([]);
  });
});

describe('the PDF modules a feature may import statically', () => {
  /** Packages a file under src/ reaches through its value imports (relative ones followed). */
  function packagesReached(file: string, seen = new Set<string>()): Set<string> {
    const found = new Set<string>();
    if (seen.has(file)) return found;
    seen.add(file);
    const statement = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
    for (const m of readFileSync(file, 'utf8').matchAll(statement)) {
      if (m[1]) continue;
      const spec = (m[2] ?? m[3])!.split('?')[0]!;
      if (!spec.startsWith('.')) {
        found.add(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const target = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => existsSync(f));
      if (target) for (const p of packagesReached(target, seen)) found.add(p);
    }
    return found;
  }

  it('reach neither pdf-lib nor fontkit', async () => {
    const dir = path.join(root, 'src/pdf');
    const allowed: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = `import * as m from '../../pdf/${file.replace(/\.ts$/, '')}';\nexport const a = m;`;
      if ((await zoneErrors(code, 'src/features/letter/x.tsx')).length === 0) allowed.push(file);
    }
    expect(allowed).toEqual(expect.arrayContaining(['plan.ts', 'font-coverage.ts']));
    expect(allowed).not.toContain('render-letter-pdf.ts');
    for (const file of allowed) {
      const reached = [...packagesReached(path.join(dir, file))];
      expect(reached.filter((p) => /pdf-lib|fontkit/.test(p)), file).toEqual([]);
    }
    // The check itself sees a package reached through a relative import.
    expect([...packagesReached(path.join(dir, 'pdf-worker.ts'))]).toEqual(expect.arrayContaining(['pdf-lib']));
    // fontkit is for the tests only: the PDFs read their fonts with true-type.ts (issue 17).
    expect([...packagesReached(path.join(dir, 'pdf-worker.ts'))]).not.toContain('@pdf-lib/fontkit');
    // The app's entry reaches them only through the worker (or a dynamic import), never statically.
    expect([...packagesReached(path.join(dir, 'index.ts'))].filter((p) => /pdf-lib|fontkit/.test(p))).toEqual([]);
  });
});

/** Value imports between files under src/ (relative specifiers; `import type` and `export type` left out). */
function importGraph(): Map<string, string[]> {
  const src = path.join(root, 'src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(src);
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | null => {
    const base = path.resolve(path.dirname(from), spec);
    for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
      if (known.has(candidate)) return candidate;
    }
    return null;
  };
  const graph = new Map<string, string[]>();
  const statement = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(statement)) {
      if (m[2]) continue;
      const spec = m[3] ?? m[4];
      const target = spec ? resolve(file, spec) : null;
      if (target) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

describe('the source tree', () => {
  it('has no import cycle', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(root, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const dep of graph.get(file) ?? []) visit(dep, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
