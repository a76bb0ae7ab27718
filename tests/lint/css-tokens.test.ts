/**
 * Keeps the stylesheets as principled as the code (docs/adr/0005-layers.md):
 * - design tokens in one place: src/styles/tokens.css, a single top-level :root block of custom
 *   properties (a :root inside @media may override tokens there, nowhere else);
 * - no raw colour (hex, rgb(), hsl(), …, named colours) in any other .css file under src/, only
 *   var(--…) of a token that tokens.css defines;
 * - base styles in src/styles/base.css; one stylesheet per feature, src/features/<name>/<name>.css,
 *   imported by a module of that feature and by nothing else; the shell (src/app/main.tsx) imports
 *   tokens.css, then base.css.
 * The checkers are also run on small bad inputs, so a checker that finds nothing fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const TOKENS = 'src/styles/tokens.css';
const BASE = 'src/styles/base.css';
const MAIN = 'src/app/main.tsx';

/** Colour keywords that are not a colour of their own. */
const ALLOWED_KEYWORDS = new Set(['transparent', 'currentcolor', 'inherit']);

/** CSS named colours (CSS Color 4) and system colours. */
const NAMED_COLOURS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
    'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
    'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen ' +
    'mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace ' +
    'olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred ' +
    'papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey ' +
    'snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow ' +
    'yellowgreen ' +
    'accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field ' +
    'fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext'
  ).split(' '),
);

const HEX = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
const COLOUR_FUNCTION = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
const IDENTIFIER = /(?<![\w-])[a-z]+(?![\w-])/gi;

interface Finding {
  file: string;
  line: number;
  problem: string;
}

interface Block {
  /** Text before `{`, trimmed: a selector list or an at-rule. */
  prelude: string;
  /** Preludes of the enclosing blocks (at-rules), outermost first. */
  parents: string[];
  line: number;
  /** Declarations, when the block holds no nested block. */
  declarations: { property: string; value: string; line: number }[];
}

/** Comments and the insides of strings become spaces (line numbers and braces stay right). */
function blank(css: string): string {
  const spaces = (s: string) => s.replace(/[^\n]/g, ' ');
  return css
    .replace(/\/\*[\s\S]*?\*\//g, spaces)
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, (s) => `${s[0]}${spaces(s.slice(1, -1))}${s[0]}`);
}

/** The blocks of a stylesheet, in order, with the declarations of the innermost ones. */
function parse(css: string): Block[] {
  const text = blank(css);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const blocks: Block[] = [];
  const stack: { block: Block; bodyStart: number; nested: boolean }[] = [];
  let statementStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      const raw = text.slice(statementStart, i);
      const line = lineAt(statementStart + raw.length - raw.trimStart().length);
      const block: Block = { prelude: raw.trim(), parents: stack.map((s) => s.block.prelude), line, declarations: [] };
      const parent = stack.at(-1);
      if (parent) parent.nested = true;
      blocks.push(block);
      stack.push({ block, bodyStart: i + 1, nested: false });
      statementStart = i + 1;
    } else if (ch === '}') {
      const open = stack.pop();
      if (open && !open.nested) {
        let offset = open.bodyStart;
        for (const part of text.slice(open.bodyStart, i).split(';')) {
          const colon = part.indexOf(':');
          if (colon > 0 && part.trim()) {
            const lead = part.length - part.trimStart().length;
            open.block.declarations.push({
              property: part.slice(0, colon).trim(),
              value: part.slice(colon + 1).trim(),
              line: lineAt(offset + lead),
            });
          }
          offset += part.length + 1;
        }
      }
      statementStart = i + 1;
    } else if (ch === ';' && stack.length === 0) {
      statementStart = i + 1; // @import, @charset …
    }
  }
  return blocks;
}

/** Raw colours in a declaration value (custom property names and strings left out). */
function rawColours(value: string): string[] {
  const v = value.replace(/--[\w-]+/g, ' ');
  const found = [...v.matchAll(HEX)].map((m) => m[0]);
  found.push(...[...v.matchAll(COLOUR_FUNCTION)].map((m) => m[0]));
  for (const m of v.matchAll(IDENTIFIER)) {
    const word = m[0].toLowerCase();
    if (NAMED_COLOURS.has(word) && !ALLOWED_KEYWORDS.has(word)) found.push(m[0]);
  }
  return found;
}

const isRoot = (prelude: string) => /:root(?![\w-])/.test(prelude);

/** Problems in one stylesheet, given its path relative to the repository (forward slashes). */
function checkStylesheet(file: string, css: string, tokenNames?: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const report = (line: number, problem: string) => findings.push({ file, line, problem });
  const blocks = parse(css);
  if (file === TOKENS) {
    const topRoots = blocks.filter((b) => b.parents.length === 0 && isRoot(b.prelude));
    if (topRoots.length !== 1) report(topRoots[1]?.line ?? 1, `${TOKENS} must have exactly one top-level :root block, has ${topRoots.length}`);
    for (const b of blocks) {
      if (b.prelude.startsWith('@')) {
        if (!b.prelude.startsWith('@media')) report(b.line, `only :root blocks (or @media overrides of them) belong in ${TOKENS}: "${b.prelude}"`);
        continue;
      }
      if (b.prelude.trim() !== ':root') report(b.line, `only :root blocks belong in ${TOKENS}: "${b.prelude}"`);
      for (const d of b.declarations) {
        if (!d.property.startsWith('--')) report(d.line, `${TOKENS} holds custom properties only: "${d.property}"`);
      }
    }
    return findings;
  }
  for (const b of blocks) {
    if (isRoot(b.prelude)) report(b.line, `:root outside ${TOKENS} ("${b.prelude}"): tokens go in ${TOKENS}, base styles on html`);
    for (const d of b.declarations) {
      for (const colour of rawColours(d.value)) {
        report(d.line, `raw colour "${colour}" in "${d.property}: ${d.value}": use a token from ${TOKENS}`);
      }
      if (tokenNames) {
        for (const m of d.value.matchAll(/var\(\s*(--[\w-]+)/g)) {
          if (!tokenNames.has(m[1]!)) report(d.line, `var(${m[1]}) is not a token of ${TOKENS}`);
        }
      }
    }
  }
  return findings;
}

/** The custom properties that tokens.css defines. */
function tokenNamesOf(tokensCss: string): Set<string> {
  return new Set(parse(tokensCss).flatMap((b) => b.declarations.map((d) => d.property).filter((p) => p.startsWith('--'))));
}

const FEATURE_CSS = /^src\/features\/([^/]+)\/([^/]+)\.css$/;

/**
 * Where stylesheets live and who imports them. `files`: every file under src/ (paths relative to
 * the repository, forward slashes) with its text; only .css, .ts and .tsx files are read.
 */
function checkStylesheetLayout(files: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = [];
  const stylesheets = [...files.keys()].filter((f) => f.endsWith('.css'));
  for (const css of stylesheets) {
    const m = FEATURE_CSS.exec(css);
    if (css === TOKENS || css === BASE) continue;
    if (!m) {
      findings.push({ file: css, line: 1, problem: `a stylesheet belongs in ${TOKENS}, ${BASE} or src/features/<name>/<name>.css` });
    } else if (m[1] !== m[2]) {
      findings.push({ file: css, line: 1, problem: `a feature's stylesheet is named after the feature: src/features/${m[1]}/${m[1]}.css` });
    }
  }

  const importers = new Map<string, string[]>();
  for (const [file, text] of files) {
    if (!/\.tsx?$/.test(file)) continue;
    const lines = text.split('\n');
    lines.forEach((lineText, i) => {
      for (const m of lineText.matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+\.css)(?:\?[^'"]*)?['"]/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!));
        importers.set(target, [...(importers.get(target) ?? []), file]);
        const feature = FEATURE_CSS.exec(target);
        const report = (problem: string) => findings.push({ file, line: i + 1, problem });
        if (!files.has(target)) report(`imports ${m[1]}, which does not exist`);
        if (feature) {
          if (!file.startsWith(`src/features/${feature[1]}/`)) report(`imports ${target}: a feature's stylesheet is imported only by that feature's own modules`);
        } else if ((target === TOKENS || target === BASE) && file !== MAIN) {
          report(`imports ${target}: only ${MAIN} imports the tokens and base styles`);
        }
      }
    });
  }

  for (const css of stylesheets) {
    const feature = FEATURE_CSS.exec(css);
    const by = importers.get(css) ?? [];
    if (feature && !by.some((f) => f.startsWith(`src/features/${feature[1]}/`))) {
      findings.push({ file: css, line: 1, problem: `not imported by any module of src/features/${feature[1]}/ (import './${feature[2]}.css' in its page)` });
    }
  }

  const main = files.get(MAIN) ?? '';
  const tokensAt = main.search(/import\s+['"]\.\.\/styles\/tokens\.css['"]/);
  const baseAt = main.search(/import\s+['"]\.\.\/styles\/base\.css['"]/);
  if (tokensAt < 0 || baseAt < 0 || tokensAt > baseAt) {
    findings.push({ file: MAIN, line: 1, problem: `imports ../styles/tokens.css, then ../styles/base.css (before any feature)` });
  }
  return findings;
}

/** Every file under src/, relative to the repository, with forward slashes. */
function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(css|ts|tsx)$/.test(e.name)) files.set(path.relative(root, p).split(path.sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(root, 'src'));
  return files;
}

const problems = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.problem}`);

describe('stylesheets: tokens in one place, no raw colours, one stylesheet per feature', () => {
  const files = sourceFiles();
  const stylesheets = [...files].filter(([f]) => f.endsWith('.css'));
  const tokens = tokenNamesOf(files.get(TOKENS) ?? '');

  it('finds the stylesheets and the tokens (so the checks below are not vacuous)', () => {
    expect(files.has(TOKENS)).toBe(true);
    expect(files.has(BASE)).toBe(true);
    expect(stylesheets.length).toBeGreaterThan(3);
    expect(tokens.size).toBeGreaterThan(20);
    expect(tokens.has('--accent-dark')).toBe(true);
  });

  it('has no raw colour and no :root outside tokens.css, and uses only tokens that exist', () => {
    expect(problems(stylesheets.flatMap(([file, css]) => checkStylesheet(file, css, tokens)))).toEqual([]);
  });

  it('keeps each feature stylesheet with its feature, imported only there', () => {
    expect(problems(checkStylesheetLayout(files))).toEqual([]);
  });

  it('gives the web app manifest the colours of the tokens (--bg, --accent-dark)', () => {
    const config = readFileSync(path.join(root, 'vite.config.ts'), 'utf8');
    const manifest = (key: string) => new RegExp(`${key}:\\s*'([^']+)'`).exec(config)?.[1];
    const token = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(files.get(TOKENS) ?? '')?.[1]?.trim();
    expect(token('--bg')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(token('--accent-dark')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest('background_color')).toBe(token('--bg'));
    expect(manifest('theme_color')).toBe(token('--accent-dark'));
  });
});

describe('the stylesheet checkers find what they should', () => {
  const tokens = new Set(['--text', '--bg']);

  it('reports raw colours of every kind outside tokens.css', () => {
    const css = [
      '/* #ffffff in a comment is fine */',
      '#main .a { color: #fff; }',
      '.b { background: rgb(0 0 0 / 20%); box-shadow: 0 1px 2px rgba(0, 0, 0, 0.1); }',
      '@media print { .c { border: 1px solid Black; } }',
      '.d { color: hsl(0 0% 0%); outline-color: #11223344; }',
      '.e { border-left: 5px solid var(--text, red); }',
    ].join('\n');
    const found = checkStylesheet('src/features/x/x.css', css, tokens);
    expect(found.map((f) => f.problem.match(/raw colour "([^"]+)"/)?.[1])).toEqual(['#fff', 'rgb(', 'rgba(', 'Black', 'hsl(', '#11223344', 'red']);
    expect(found.map((f) => f.line)).toEqual([2, 3, 3, 4, 5, 5, 6]);
  });

  it('allows tokens, transparent, currentColor, inherit, strings, ids and non-colour words', () => {
    const css = [
      "#fade { color: var(--text); background: transparent; border: 1px solid currentColor; }",
      ".a::before { content: '#fff red'; color: inherit; font-family: Georgia, serif; list-style: '☐  '; }",
      '.b { background: var(--bg); grid-template-columns: 2fr 1fr; }',
    ].join('\n');
    expect(checkStylesheet(BASE, css, tokens)).toEqual([]);
  });

  it('reports :root outside tokens.css and a var() of a token that does not exist', () => {
    const found = problems(checkStylesheet('src/features/x/x.css', ':root { --x: 1px; }\n@media print { html:root .a { color: var(--nope); } }', tokens));
    expect(found).toHaveLength(3);
    expect(found[0]).toContain(':root outside');
    expect(found[1]).toContain(':root outside');
    expect(found[2]).toContain('var(--nope) is not a token');
  });

  it('allows raw colours in tokens.css, but only one top-level :root of custom properties', () => {
    expect(checkStylesheet(TOKENS, ':root { --a: #fff; --b: rgb(0 0 0); }\n@media print { :root { --a: black; } }')).toEqual([]);
    const found = problems(checkStylesheet(TOKENS, ':root { --a: #fff; color: red; }\n:root { --b: 1px; }\n.x { --c: 0; }'));
    expect(found.some((p) => p.includes('exactly one top-level :root block, has 2'))).toBe(true);
    expect(found.some((p) => p.includes('custom properties only: "color"'))).toBe(true);
    expect(found.some((p) => p.includes('only :root blocks belong'))).toBe(true);
  });

  it('reports a feature stylesheet imported from elsewhere, not imported at all, or misplaced', () => {
    const files = new Map([
      [MAIN, "import '../styles/base.css';\nimport '../styles/tokens.css';"],
      [TOKENS, ''],
      [BASE, ''],
      ['src/features/a/a.css', ''],
      ['src/features/a/a-page.tsx', "import '../b/b.css';"],
      ['src/features/b/b.css', ''],
      ['src/features/b/b-page.tsx', "import { x } from './y';"],
      ['src/features/c/other.css', ''],
      ['src/features/c/c-page.tsx', "import './other.css';"],
      ['src/ui/thing.tsx', "import '../styles/base.css';"],
      ['src/loose.css', ''],
    ]);
    const found = problems(checkStylesheetLayout(files));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining("src/features/a/a-page.tsx:1 imports src/features/b/b.css: a feature's stylesheet is imported only by that feature's own modules"),
        expect.stringContaining('src/features/a/a.css:1 not imported by any module of src/features/a/'),
        expect.stringContaining('src/features/b/b.css:1 not imported by any module of src/features/b/'),
        expect.stringContaining("src/features/c/other.css:1 a feature's stylesheet is named after the feature"),
        expect.stringContaining('src/ui/thing.tsx:1 imports src/styles/base.css: only src/app/main.tsx'),
        expect.stringContaining('src/loose.css:1 a stylesheet belongs in'),
        expect.stringContaining('src/app/main.tsx:1 imports ../styles/tokens.css, then ../styles/base.css'),
      ]),
    );
    expect(found).toHaveLength(7);
  });
});
