/**
 * The app ships its two fonts as WOFF 1.0 (src/pdf/fonts/*.woff, made by
 * tests/tools/subset-fonts.mjs): each TrueType table compressed with zlib, so a host that does not
 * compress .ttf files still sends about half the bytes (issue 17). The letter preview's
 * @font-face reads them as they are; the PDF worker unpacks them here into the TrueType file that
 * true-type.ts reads and pdf-lib embeds, with the browser's own DecompressionStream.
 */
import { writeFont } from './true-type';

const WOFF = 0x774f4646; // "wOFF"

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 44 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The TrueType file inside a WOFF file (bytes that are not WOFF are returned as they are). */
export async function woffToTrueType(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isWoff(bytes)) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(4) !== 0x00010000) throw new Error('The font is not TrueType inside its WOFF wrapper');
  const count = view.getUint16(12);
  const tables: [string, Uint8Array][] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const [offset, compressed, length] = [view.getUint32(at + 4), view.getUint32(at + 8), view.getUint32(at + 12)];
    const data = bytes.subarray(offset, offset + compressed);
    const table = compressed < length ? await inflate(data) : data.slice();
    if (table.length !== length) throw new Error(`The font's ${tag} table is damaged`);
    tables.push([tag, table]);
  }
  return writeFont(tables);
}
