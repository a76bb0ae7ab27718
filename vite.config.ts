import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { passwordRanksInGroups } from './tests/tools/password-ranks.mjs';

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

export default defineConfig({
  base: './',
  resolve: {
    alias: [
      // react-router's package exports point every bundler at its development build (warnings,
      // long invariant messages); its production build is the same API without them (−0.5 kB
      // gzip on the first load, docs/adr/0004-bundle-budget.md). Tests use vitest.config.ts.
      { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
      // The metrics of pdf-lib's 14 standard fonts (~95 kB gzip of the PDF worker): the PDFs
      // embed Noto Sans and never use them (src/pdf/standard-fonts-stub.ts, issue 17).
      { find: /^@pdf-lib\/standard-fonts$/, replacement: fileURLToPath(new URL('./src/pdf/standard-fonts-stub.ts', import.meta.url)) },
      // Their PNG decoder too: the PDFs hold no pictures (src/pdf/png-stub.ts).
      { find: /^@pdf-lib\/upng$/, replacement: fileURLToPath(new URL('./src/pdf/png-stub.ts', import.meta.url)) },
    ],
  },
  // The PDF worker (src/pdf/pdf-worker.ts) is one classic script (iife): every browser with workers runs it.
  worker: { format: 'iife' },
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadStartStrings(),
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
        advancedChunks: {
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
