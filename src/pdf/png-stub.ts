/**
 * Stands in for @pdf-lib/upng (a PNG decoder, with pako's inflate: about 13 kB gzip of the PDF
 * worker) in the built app (vite.config.ts `resolve.alias`, issue 17). The app's PDFs hold text
 * only: no picture is ever embedded, so decoding one fails at once, with this message.
 */
const NOT_BUNDLED = 'The PDFs hold text only: pictures cannot be added to them.';

export default {
  decode(): never {
    throw new Error(NOT_BUNDLED);
  },
  toRGBA8(): never {
    throw new Error(NOT_BUNDLED);
  },
};
