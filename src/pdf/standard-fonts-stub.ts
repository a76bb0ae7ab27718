/**
 * Stands in for @pdf-lib/standard-fonts in the built app (vite.config.ts `resolve.alias`). That
 * package holds the metrics of the 14 standard PDF fonts (Helvetica, Times…), about 95 kB gzip of
 * the PDF worker (issue 17). The app's PDFs embed Noto Sans and never use a standard font, so
 * only the names are kept: pdf-lib's `embedFont` compares its argument against them. Anything
 * that would draw with a standard font fails at once, with this message.
 * tests/unit/pdf/pdf-lib-stubs.test.ts checks the names against the package's.
 */
export enum FontNames {
  Courier = 'Courier',
  CourierBold = 'Courier-Bold',
  CourierOblique = 'Courier-Oblique',
  CourierBoldOblique = 'Courier-BoldOblique',
  Helvetica = 'Helvetica',
  HelveticaBold = 'Helvetica-Bold',
  HelveticaOblique = 'Helvetica-Oblique',
  HelveticaBoldOblique = 'Helvetica-BoldOblique',
  TimesRoman = 'Times-Roman',
  TimesRomanBold = 'Times-Bold',
  TimesRomanItalic = 'Times-Italic',
  TimesRomanBoldItalic = 'Times-BoldItalic',
  Symbol = 'Symbol',
  ZapfDingbats = 'ZapfDingbats',
}

const NOT_BUNDLED = 'The PDFs embed their own font (Noto Sans); the 14 standard PDF fonts are not part of the app.';

export const Font = {
  load(): never {
    throw new Error(NOT_BUNDLED);
  },
};

/** Read only by pdf-lib's standard-font embedder, which Font.load stops first. */
export const Encodings = {};
