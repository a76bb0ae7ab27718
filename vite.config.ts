import { fileURLToPath } from 'node:url';
import { build, createServer, defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { passwordRanksInGroups } from './tests/tools/password-ranks.mjs';
import type * as Languages from './src/domain/languages';
import type * as StartMarkup from './src/app/start-markup';

/**
 * Content-Security-Policy for the built app: the browser itself refuses any request to another
 * origin. Build only, because the dev server injects inline scripts (React Refresh).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'pd-helper:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
        const withCsp = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
        if (withCsp === html) throw new Error('pd-helper:csp: <meta charset> not found in index.html');
        return withCsp;
      },
    },
  };
}

/**
 * The start page's words (English, the default language: the common strings and the first
 * section's questions) are fetched with the first request wave, beside the app's code, instead of
 * after it has run (issue 17). A Spanish visitor loads these 4.5 kB for nothing.
 */
function preloadStartStrings(): Plugin {
  return {
    name: 'pd-helper:preload-start-strings',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => /^assets\/en-(common|questions)-[\w-]{8}\.js$/.test(f)).sort();
        if (files.length !== 2) throw new Error(`pd-helper:preload-start-strings: expected en-common and en-questions, found ${files.join(', ') || 'neither'}`);
        const links = files.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`).join('\n    ');
        return html.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}

/** react-router's production build (see `resolve.alias` below). */
const REACT_ROUTER_PRODUCTION = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** src/app/first-paint.ts as one small classic script, with what it imports inside it. */
async function firstPaintScript(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      lib: { entry: 'src/app/first-paint.ts', formats: ['iife'], name: 'pdHelperFirstPaint', fileName: 'first-paint' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('pd-helper:first-paint: the script was not built');
  return chunk.code;
}

/** The start page as a first visit sees it, per language, rendered by the app's own components. */
async function startPageTemplates(): Promise<string[]> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    plugins: [react()],
    resolve: { alias: [{ find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION }] },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { LANGUAGES } = (await server.ssrLoadModule('/src/domain/languages.ts')) as typeof Languages;
    const { renderStartMarkup } = (await server.ssrLoadModule('/src/app/start-markup.tsx')) as typeof StartMarkup;
    const templates: string[] = [];
    for (const { code } of LANGUAGES) {
      const page = await renderStartMarkup(code);
      const data = [
        `data-title="${escapeAttribute(page.title)}" data-dir="${page.dir}" data-start="${escapeAttribute(page.startHref)}"`,
        `data-failed="${escapeAttribute(page.failed.message)}" data-offline="${escapeAttribute(page.failed.offline)}" data-reload="${escapeAttribute(page.failed.reload)}"`,
      ].join(' ');
      templates.push(`<template id="first-paint-${code}" ${data}>${page.html}</template>`);
    }
    return templates;
  } finally {
    await server.close();
  }
}

/**
 * The start page of a first visit, rendered at build time by the app's own components
 * (src/app/start-markup.tsx), goes into index.html as one <template> per language, followed by
 * a small classic script (src/app/first-paint.ts) that shows the right one and then starts the
 * app (issue 17). The app's module script and its preloads move into that script's data: when
 * the start page is painted from the HTML, the app's code is requested after that paint, not
 * beside the stylesheet it would slow down on a slow connection.
 */
function firstPaintMarkup(): Plugin {
  let scriptRef = '';
  return {
    name: 'pd-helper:first-paint',
    apply: 'build',
    async buildStart() {
      scriptRef = this.emitFile({ type: 'asset', name: 'first-paint.js', source: await firstPaintScript() });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const script = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.names.includes('first-paint.js'));
        if (!scriptRef || !script) throw new Error('pd-helper:first-paint: the script is not in the bundle');
        const app = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!app) throw new Error('pd-helper:first-paint: the app\'s module script was not found in index.html');
        const preloads = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
        let rest = html.replace(app[0], '');
        for (const p of preloads) rest = rest.replace(p[0], '');
        const templates = await startPageTemplates();
        const starter = `<script src="./${script.fileName}" data-app="${escapeAttribute(app[1]!)}" data-preload="${escapeAttribute(preloads.map((p) => p[1]).join(' '))}"></script>`;
        const markup = `<div id="root"></div>\n    ${templates.join('\n    ')}\n    ${starter}`;
        const withMarkup = rest.replace('<div id="root"></div>', markup);
        if (withMarkup === rest) throw new Error('pd-helper:first-paint: <div id="root"></div> not found in index.html');
        return withMarkup;
      },
    },
  };
}

/**
 * react-router ships one big module in which each component is `var X = React.forwardRef(...)`
 * followed by `X.displayName = "X"`. Both count as side effects to the bundler, so every part of
 * the package stayed in the first download whether the app used it or not (NavLink, Form,
 * fetchers, prefetch links...). Marking those React calls pure and leaving out the displayName
 * lines (names for React's developer tools only) lets the unused parts go: about 2 kB gzip, and
 * more for each part the app stops using (docs/adr/0004-bundle-budget.md, issue 17).
 * Build only. If react-router's files stop looking like this, the build fails rather than
 * quietly growing again.
 */
function treeShakeReactRouter(): Plugin {
  const file = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/][\w.-]+\.mjs$/;
  let marked = 0;
  return {
    name: 'pd-helper:tree-shake-react-router',
    apply: 'build',
    buildStart() {
      marked = 0;
    },
    transform: {
      filter: { id: file },
      handler(code) {
        let changed = code.replace(/(?<![\w$.])(React\d*\.(?:forwardRef|createContext|memo)\()/g, (call) => {
          marked++;
          return `/* @__PURE__ */ ${call}`;
        });
        changed = changed.replace(/^[A-Za-z_$][\w$]*\.displayName = (?:"[^"\n]*"|`[^`\n]*`);$/gm, '');
        return changed === code ? null : { code: changed, map: null };
      },
    },
    buildEnd(error) {
      if (!error && marked === 0) this.error('pd-helper:tree-shake-react-router: no React.forwardRef/createContext/memo call found in react-router');
    },
  };
}

export default defineConfig({
  base: './',
  resolve: {
    alias: [
      // react-router's package exports point every bundler at its development build (warnings,
      // long invariant messages); its production build is the same API without them (−0.5 kB
      // gzip on the first load, docs/adr/0004-bundle-budget.md). Tests use vitest.config.ts.
      { find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION },
      // The metrics of pdf-lib's 14 standard fonts (~95 kB gzip of the PDF worker): the PDFs
      // embed Noto Sans and never use them (src/pdf/standard-fonts-stub.ts, issue 17).
      { find: /^@pdf-lib\/standard-fonts$/, replacement: fileURLToPath(new URL('./src/pdf/standard-fonts-stub.ts', import.meta.url)) },
      // Their PNG decoder too: the PDFs hold no pictures (src/pdf/png-stub.ts).
      { find: /^@pdf-lib\/upng$/, replacement: fileURLToPath(new URL('./src/pdf/png-stub.ts', import.meta.url)) },
      // React's own hook, not the shim for React before 18 (src/app/use-sync-external-store-shim.ts).
      { find: /^use-sync-external-store\/shim$/, replacement: fileURLToPath(new URL('./src/app/use-sync-external-store-shim.ts', import.meta.url)) },
    ],
  },
  // The PDF worker (src/pdf/pdf-worker.ts) is one classic script (iife): every browser with workers runs it.
  worker: { format: 'iife' },
  plugins: [
    react(),
    treeShakeReactRouter(),
    contentSecurityPolicy(),
    preloadStartStrings(),
    firstPaintMarkup(),
    // The passphrase check's common-password list, regrouped to compress better (−77 kB gzip, issue 17).
    passwordRanksInGroups(),
    VitePWA({
      // A new version waits until the person chooses to reload (src/app/update-prompt.tsx);
      // registration is in the app's own bundle (src/app/main.tsx), so no extra or inline script.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: './',
        name: 'PD Helper',
        short_name: 'PD Helper',
        description: 'Prepare a request to ICE for prosecutorial discretion. Nothing leaves this device.',
        lang: 'en',
        dir: 'ltr',
        // Relative, so an install from a sub-path (https://example.org/tools/pd-helper/) stays there.
        start_url: './',
        scope: './',
        display: 'standalone',
        // The tokens --bg and --accent-dark (site header) in src/styles/tokens.css
        // (tests/lint/css-tokens.test.ts checks that they match).
        background_color: '#ffffff',
        theme_color: '#143a6b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // The icons are matched by globPatterns below (listing them twice would precache them twice).
      includeManifestIcons: false,
      workbox: {
        // Precache the whole app by pattern (never by file name): index.html, every JS chunk
        // (lazy routes, locale chunks, the PDF chunk, workbox-window), CSS, the fonts the PDF
        // embeds, icons and licence texts. The plugin adds manifest.webmanifest itself.
        // tests/e2e/offline.e2e.ts fails if a file in dist/ is missing from the precache.
        globPatterns: ['**/*.{html,js,mjs,css,json,ttf,otf,woff,woff2,svg,png,ico,webp,txt}'],
        // The PDF chunk (~1.1 MB) and each font (~0.5 MB) must fit; workbox's default is 2 MiB.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Hash routing: every navigation is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so it already works offline (PDF included).
        // Updates still wait for the person (no skipWaiting).
        clientsClaim: true,
        // Nothing is cached at run time, from this origin or any other.
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Locale chunks named by language and namespace (assets/en-questions-<hash>.js), so the
        // bench and tests/e2e/budget.e2e.ts can tell which strings a page loaded.
        chunkFileNames: (chunk) => {
          const locale = /[\\/]locales[\\/]([\w-]+)[\\/]([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `assets/${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // What the first pages load is one chunk, with the packages it uses ('$initial': reached
        // by static imports from the entry). Left alone, each small module that a lazy page also
        // uses became a first-load request of its own; one file also compresses better. zod, the
        // case schema and the page checks are not in it: they load with saved answers or at a
        // page's first check (docs/adr/0004-bundle-budget.md).
        codeSplitting: {
          groups: [{ name: 'first-load', tags: ['$initial'], test: /[\\/]src[\\/]/ }],
        },
      },
      treeshake: {
        // src/domain is pure (docs/adr/0001-stack-and-layout.md): importing a module has no
        // effect besides its exports. Saying so lets the bundler leave out what the first pages
        // do not use (office list, letter model, sources...), which then loads with the later
        // pages instead (docs/adr/0004-bundle-budget.md).
        moduleSideEffects: [{ test: /[\\/]src[\\/]domain[\\/][^\\/]+\.ts$/, sideEffects: false }],
      },
    },
  },
});
