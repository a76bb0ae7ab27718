/**
 * A PDF page as a PNG, in Node, with no system tool: pdf.js (pdfjs-dist legacy build) draws the
 * page on an @napi-rs/canvas canvas (a prebuilt binary from npm), which encodes the PNG. This
 * replaces poppler (a system package) in the tests.
 */
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PageImage {
  /** The encoded PNG file. */
  png: Buffer;
  width: number;
  height: number;
  /** The pixels, 4 bytes (RGBA) each, row by row. */
  rgba: Uint8ClampedArray;
}

/** The 8-byte PNG file signature. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Renders page `pageNumber` (1-based) of `pdf` at `dpi` (72 dpi = one pixel per PDF point) on a
 * white background. Glyphs are drawn from the fonts
 * embedded in the PDF (never system fonts).
 */
export async function renderPageImage(pdf: Uint8Array, pageNumber = 1, dpi = 60): Promise<PageImage> {
  // pdf.js may take ownership of (detach) the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    const rgba = context.getImageData(0, 0, width, height).data;
    return { png: canvas.toBuffer('image/png'), width, height, rgba };
  } finally {
    await doc.destroy();
  }
}

/**
 * Share (0–1) of the pixels in a box of the image (default: all of it) that are clearly darker than
 * the white page, i.e. ink: text and rules. Anti-aliased glyph edges count only where they are dark
 * (luma below 160 of 255).
 */
export function inkShare(
  image: PageImage,
  box: { x: number; y: number; width: number; height: number } = { x: 0, y: 0, width: image.width, height: image.height },
): number {
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * image.width + x) * 4;
      if (0.299 * image.rgba[i]! + 0.587 * image.rgba[i + 1]! + 0.114 * image.rgba[i + 2]! < 160) ink += 1;
    }
  }
  return ink / (box.width * box.height);
}
