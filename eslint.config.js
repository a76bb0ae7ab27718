// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const DOMAIN_DIR = path.join(ROOT, 'src', 'domain');

/** Browser globals the domain core must never touch (it runs in Node under vitest, too). */
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'location',
  'self',
  'alert',
];

/**
 * Ways to turn a string into HTML, forbidden in src/ (no-restricted-syntax): the app renders what
 * people type (names, their story, a pasted address) only as text, through React, which escapes
 * it. Covers `el.innerHTML = …` / `+=` / `el['outerHTML'] = …`, `insertAdjacentHTML(…)`,
 * `document.write(…)` and the JSX prop `dangerouslySetInnerHTML`.
 */
const HTML_SINK_MESSAGE =
  'No HTML injection: render text through React (it escapes it), never as HTML. Text typed by the person must stay text.';
const HTML_SINKS = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: `dangerouslySetInnerHTML is not allowed. ${HTML_SINK_MESSAGE}`,
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: `Assigning innerHTML/outerHTML is not allowed. ${HTML_SINK_MESSAGE}`,
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]",
    message: `Assigning innerHTML/outerHTML is not allowed. ${HTML_SINK_MESSAGE}`,
  },
  {
    selector: "CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']",
    message: `insertAdjacentHTML is not allowed. ${HTML_SINK_MESSAGE}`,
  },
  {
    selector: "CallExpression > MemberExpression.callee[computed=true][property.value='insertAdjacentHTML']",
    message: `insertAdjacentHTML is not allowed. ${HTML_SINK_MESSAGE}`,
  },
  {
    selector: "CallExpression > MemberExpression.callee[object.name='document'][property.name=/^(write|writeln)$/]",
    message: `document.write is not allowed. ${HTML_SINK_MESSAGE}`,
  },
];

function isInside(dir, file) {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * pd/domain-imports: a file under src/domain may import only "zod" (and "zod/..." subpaths) or a
 * relative path that resolves inside src/domain. Covers import, export-from, import(), require()
 * and `import('x').T` types. See docs/adr/0001-stack-and-layout.md.
 */
const domainImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/domain pure: only zod and other src/domain files may be imported.' },
    schema: [],
    messages: {
      outside:
        "src/domain may import only 'zod' and files inside src/domain, but this imports '{{source}}'. " +
        'Keep the domain free of React, i18n, the store, the DOM and Node: pass the data in from the caller instead.',
      computed: 'src/domain may not import a computed path; use a string literal that names zod or a file inside src/domain.',
    },
  },
  create(context) {
    const filename = context.physicalFilename ?? context.filename;
    if (!isInside(DOMAIN_DIR, path.resolve(filename))) return {};
    const fromDir = path.dirname(path.resolve(filename));

    function allowed(source) {
      if (source === 'zod' || source.startsWith('zod/')) return true;
      if (source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../')) {
        return isInside(DOMAIN_DIR, path.resolve(fromDir, source.split('?')[0] ?? source));
      }
      return false;
    }

    function check(node, sourceNode) {
      if (!sourceNode) return;
      if (sourceNode.type === 'Literal' && typeof sourceNode.value === 'string') {
        if (!allowed(sourceNode.value)) {
          context.report({ node: sourceNode, messageId: 'outside', data: { source: sourceNode.value } });
        }
        return;
      }
      if (sourceNode.type === 'TemplateLiteral' && sourceNode.expressions.length === 0) {
        const value = sourceNode.quasis[0]?.value.cooked ?? '';
        if (!allowed(value)) context.report({ node: sourceNode, messageId: 'outside', data: { source: value } });
        return;
      }
      context.report({ node, messageId: 'computed' });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node, node.source);
      },
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node, node.moduleReference.expression);
      },
      TSImportType: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

const SRC_DIR = path.join(ROOT, 'src');

/** The zone of a path under src/: 'app', 'ui', 'state', 'pdf', 'domain', or 'features/<name>'. */
function zoneOf(file) {
  const rel = path.relative(SRC_DIR, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [first, second] = rel.split(path.sep);
  if (first === 'features') return second && second.includes('.') ? 'features' : `features/${second ?? ''}`;
  // 'src/pdf' itself (an index import) is the pdf zone; a file directly in src/ would be 'root';
  // src/styles/ (tokens.css, base.css) is the 'styles' zone (tests/lint/css-tokens.test.ts checks who imports it).
  return rel.includes(path.sep) || !rel.includes('.') ? first : 'root';
}

/**
 * The layers of the app (DEVELOPERS.md "Layout"): imports flow down, app → features →
 * ui/state/pdf → domain. For each zone: the zones it may not import, and packages it may not use.
 * A feature never imports another feature; nothing but the shell imports the shell; a feature
 * reaches the PDF code only by `import()` (or for types).
 */
/**
 * Modules of src/pdf that do not use pdf-lib, which a feature may import statically:
 * the letter page checks the text against the PDF's plan as the person types.
 * tests/lint/zone-boundaries.test.ts checks that none of them reaches pdf-lib (or fontkit, for tests only).
 */
const PURE_PDF_MODULES = ['plan.ts', 'text.ts', 'font-coverage.ts', 'unsupported-words.ts'].map((f) => path.join(SRC_DIR, 'pdf', f));

const ZONE_RULES = {
  features: { zones: ['app'], otherFeatures: true, staticOnly: ['pdf'] },
  ui: { zones: ['state', 'app', 'features'] },
  state: { zones: ['features', 'ui', 'app'] },
  pdf: { zones: ['state', 'ui', 'features', 'app'], packages: ['react', 'react-dom', 'i18next', 'react-i18next', 'zustand'] },
};

const zoneImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers apart: imports flow down, no feature imports another, only the shell imports the shell.' },
    schema: [],
    messages: {
      zone: "{{from}} may not import from src/{{to}} ('{{source}}'): imports flow down (app → features → ui/state/pdf → domain).",
      feature: "{{from}} may not import another feature ('{{source}}'): move what both need to src/ui, src/state or src/domain, or let the shell pass it in.",
      staticPdf: "{{from}} may reach src/pdf only with import() or `import type`, or its pure modules (PURE_PDF_MODULES) ('{{source}}'): pdf-lib must stay out of the first download.",
      package: "{{from}} may not use '{{source}}': the PDF code gets its words and data from the caller.",
    },
  },
  create(context) {
    const filename = path.resolve(context.physicalFilename ?? context.filename);
    const from = zoneOf(filename);
    if (!from) return {};
    const rules = ZONE_RULES[from.startsWith('features/') ? 'features' : from];
    const fromDir = path.dirname(filename);

    function check(node, sourceNode, { dynamic = false, typeOnly = false } = {}) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const source = sourceNode.value;
      if (!source.startsWith('.')) {
        const pkg = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
        if (rules?.packages?.includes(pkg)) context.report({ node: sourceNode, messageId: 'package', data: { from: `src/${from}`, source } });
        return;
      }
      const target = path.resolve(fromDir, source.split('?')[0] ?? source);
      const to = zoneOf(target);
      if (!to || to === from || to === 'root') return;
      const toTop = to.startsWith('features/') ? 'features' : to;
      const data = { from: `src/${from}`, to, source };
      // Only the shell imports the shell (main.tsx is part of it).
      if (toTop === 'app' && !from.startsWith('app')) {
        context.report({ node: sourceNode, messageId: 'zone', data });
        return;
      }
      if (!rules) return;
      if (rules.otherFeatures && toTop === 'features') context.report({ node: sourceNode, messageId: 'feature', data });
      else if (rules.zones.includes(toTop)) context.report({ node: sourceNode, messageId: 'zone', data });
      else if (rules.staticOnly?.includes(toTop) && !dynamic && !typeOnly && !PURE_PDF_MODULES.some((m) => m === target || m === `${target}.ts`)) context.report({ node: sourceNode, messageId: 'staticPdf', data });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source, { typeOnly: node.importKind === 'type' }),
      ExportAllDeclaration: (node) => check(node, node.source, { typeOnly: node.exportKind === 'type' }),
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node, node.source, { typeOnly: node.exportKind === 'type' });
      },
      ImportExpression: (node) => check(node, node.source, { dynamic: true }),
      TSImportType: (node) => check(node, node.source, { typeOnly: true }),
    };
  },
};

const local = { meta: { name: 'pd-helper-local' }, rules: { 'domain-imports': domainImports, 'zone-imports': zoneImports } };

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'node_modules/', 'tests/artifacts/', 'dev-dist/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The app runs in the browser only: no Node globals in src/.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
      // No HTML injection: what people type is only ever rendered as text (React escapes it).
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { pd: local },
    rules: { 'pd/zone-imports': 'error' },
  },
  {
    files: ['src/domain/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'pd/domain-imports': 'error',
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require'].map((name) => ({
          name,
          message: `src/domain must run anywhere: do not use the Node global '${name}'.`,
        })),
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: `src/domain must not use the browser global '${name}': it runs in Node too. Pass the value in from the UI.`,
        })),
      ],
    },
  },
  {
    files: ['*.{js,mjs,ts}', 'tests/**/*.{js,mjs,ts,tsx}'],
    ignores: ['tests/component/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
