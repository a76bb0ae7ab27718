/**
 * The little of a TrueType font that the PDFs need, in place of fontkit (issue 17): the font's
 * metrics, one glyph per character through its cmap, each glyph's advance, and a subset of the
 * glyphs used, written as a new TrueType file for the PDF. pdf-lib takes it through
 * `registerFontkit` (it calls `create`, `layout`, `createSubset` and reads the metrics).
 *
 * Why not fontkit: it was 325 kB gzip of the PDF worker (OpenType shaping for every script, CFF,
 * WOFF2 with a brotli dictionary), and it shaped every line twice (measuring and drawing). The
 * app's fonts are Noto Sans cut to Latin and Vietnamese (font-charset.json): every character the
 * app lets through has its own glyph, and the documents turn ligatures off, so a character maps
 * to one glyph whatever surrounds it. A combining mark (rare: typed text is composed first) is
 * drawn with its own glyph, not moved onto its letter as shaping would.
 *
 * tests/unit/pdf/true-type.test.ts checks it against fontkit: the same glyphs, advances and
 * metrics for every character of the charset, a subset that fontkit reads back, and the same text
 * in the PDFs.
 */

/** What pdf-lib reads of a glyph. */
export interface TrueTypeGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

class Reader {
  private view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8 = (at: number) => this.view.getUint8(at);
  u16 = (at: number) => this.view.getUint16(at);
  i16 = (at: number) => this.view.getInt16(at);
  u32 = (at: number) => this.view.getUint32(at);
  i32 = (at: number) => this.view.getInt32(at);
}

interface Table {
  offset: number;
  length: number;
}

const tag = (r: Reader, at: number) => String.fromCharCode(r.u8(at), r.u8(at + 1), r.u8(at + 2), r.u8(at + 3));

function readTables(r: Reader): Map<string, Table> {
  if (r.u32(0) !== 0x00010000) throw new Error('Not a TrueType font (only TrueType outlines are supported)');
  const tables = new Map<string, Table>();
  const count = r.u16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(tag(r, at), { offset: r.u32(at + 8), length: r.u32(at + 12) });
  }
  for (const needed of ['head', 'hhea', 'hmtx', 'maxp', 'cmap', 'loca', 'glyf']) {
    if (!tables.has(needed)) throw new Error(`The font has no ${needed} table`);
  }
  return tables;
}

/** Unicode → glyph id, from the Windows Unicode cmap (format 12 if there is one, else format 4). */
function readCmap(r: Reader, cmap: Table): Map<number, number> {
  const map = new Map<number, number>();
  const count = r.u16(cmap.offset + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + i * 8;
    const platform = r.u16(at);
    const encoding = r.u16(at + 2);
    const sub = cmap.offset + r.u32(at + 4);
    const format = r.u16(sub);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = sub;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = r.u32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const [start, end, glyph] = [r.u32(at), r.u32(at + 4), r.u32(at + 8)];
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  if (format4 < 0) throw new Error('The font has no Unicode cmap');
  const segments = r.u16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = r.u16(starts + s * 2);
    const end = r.u16(ends + s * 2);
    const delta = r.i16(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const rangeOffset = r.u16(rangeAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = r.u16(rangeAt + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** The PostScript name (name id 6), for the PDF's font name. */
function readPostscriptName(r: Reader, name: Table | undefined): string | null {
  if (!name) return null;
  const count = r.u16(name.offset + 2);
  const strings = name.offset + r.u16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const at = name.offset + 6 + i * 12;
    if (r.u16(at + 6) !== 6) continue;
    const [platform, length, offset] = [r.u16(at), r.u16(at + 8), r.u16(at + 10)];
    let text = '';
    if (platform === 3 || platform === 0) for (let k = 0; k < length; k += 2) text += String.fromCharCode(r.u16(strings + offset + k));
    else for (let k = 0; k < length; k++) text += String.fromCharCode(r.u8(strings + offset + k));
    if (text) return text;
  }
  return null;
}

// Composite glyph flags (the TrueType 'glyf' table).
const ARG_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
  readonly italicAngle: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly postscriptName: string | null;
  readonly head: { macStyle: { italic: boolean } };
  readonly post: { isFixedPitch: boolean };
  readonly 'OS/2': { sFamilyClass: number } | undefined;
  /** TrueType outlines: pdf-lib embeds them as CIDFontType2. */
  readonly cff = false;
  readonly numGlyphs: number;

  private readonly r: Reader;
  private readonly tables: Map<string, Table>;
  private readonly cmap: Map<number, number>;
  private readonly longLoca: boolean;
  private readonly metricsCount: number;
  private readonly glyphs = new Map<number, TrueTypeGlyph>();

  constructor(bytes: Uint8Array) {
    const r = (this.r = new Reader(bytes));
    const t = (this.tables = readTables(r));
    const head = t.get('head')!.offset;
    const hhea = t.get('hhea')!.offset;
    const os2 = t.get('OS/2');
    const post = t.get('post');
    this.unitsPerEm = r.u16(head + 18);
    this.bbox = { minX: r.i16(head + 36), minY: r.i16(head + 38), maxX: r.i16(head + 40), maxY: r.i16(head + 42) };
    this.head = { macStyle: { italic: (r.u16(head + 44) & 2) !== 0 } };
    this.longLoca = r.i16(head + 50) === 1;
    this.ascent = r.i16(hhea + 4);
    this.descent = r.i16(hhea + 6);
    this.metricsCount = r.u16(hhea + 34);
    this.numGlyphs = r.u16(t.get('maxp')!.offset + 4);
    this.italicAngle = post ? r.i32(post.offset + 4) / 65536 : 0;
    this.post = { isFixedPitch: post ? r.u32(post.offset + 12) !== 0 : false };
    const os2Version = os2 ? r.u16(os2.offset) : -1;
    this['OS/2'] = os2 ? { sFamilyClass: r.i16(os2.offset + 30) } : undefined;
    this.xHeight = os2 && os2Version >= 2 ? r.i16(os2.offset + 86) : 0;
    this.capHeight = os2 && os2Version >= 2 ? r.i16(os2.offset + 88) : this.ascent;
    this.postscriptName = readPostscriptName(r, t.get('name'));
    this.cmap = readCmap(r, t.get('cmap')!);
  }

  hasGlyphForCodePoint(codePoint: number): boolean {
    return this.cmap.has(codePoint);
  }

  /** The glyph for a character (.notdef, glyph 0, when the font has none). */
  glyphForCodePoint(codePoint: number): TrueTypeGlyph {
    const id = this.cmap.get(codePoint) ?? 0;
    const key = id === 0 ? -1 - codePoint : id;
    let glyph = this.glyphs.get(key);
    if (!glyph) {
      glyph = { id, advanceWidth: this.advanceOf(id), codePoints: [codePoint] };
      this.glyphs.set(key, glyph);
    }
    return glyph;
  }

  /** One glyph per character, in order (no shaping: see the file's comment). */
  layout(text: string): { glyphs: TrueTypeGlyph[] } {
    const glyphs: TrueTypeGlyph[] = [];
    for (const ch of text) glyphs.push(this.glyphForCodePoint(ch.codePointAt(0)!));
    return { glyphs };
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this);
  }

  advanceOf(id: number): number {
    const hmtx = this.tables.get('hmtx')!.offset;
    return this.r.u16(hmtx + Math.min(id, this.metricsCount - 1) * 4);
  }

  leftBearingOf(id: number): number {
    const hmtx = this.tables.get('hmtx')!.offset;
    return id < this.metricsCount ? this.r.i16(hmtx + id * 4 + 2) : this.r.i16(hmtx + this.metricsCount * 4 + (id - this.metricsCount) * 2);
  }

  /** A copy of a glyph's outline bytes. */
  glyphBytes(id: number): Uint8Array {
    const loca = this.tables.get('loca')!.offset;
    const glyf = this.tables.get('glyf')!.offset;
    const at = (i: number) => (this.longLoca ? this.r.u32(loca + i * 4) : this.r.u16(loca + i * 2) * 2);
    const start = at(id);
    const end = at(id + 1);
    return this.r.bytes.slice(glyf + start, glyf + end);
  }

  /** A table's bytes as they are (a copy), or null when the font has no such table. */
  tableBytes(name: string): Uint8Array | null {
    const t = this.tables.get(name);
    return t ? this.r.bytes.slice(t.offset, t.offset + t.length) : null;
  }
}

/** The glyphs a document uses, renumbered from 1 (0 is always .notdef), written as a new font. */
export class TrueTypeSubset {
  readonly cff = false;
  private readonly ids: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly font: TrueTypeFont) {
    this.includeGlyph(0);
  }

  /** The glyph's id in the subset (added if new). */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let own = this.mapping.get(id);
    if (own === undefined) {
      own = this.ids.length;
      this.ids.push(id);
      this.mapping.set(id, own);
    }
    return own;
  }

  /** The subset as a TrueType file: the tables a PDF needs (head, hhea, hmtx, maxp, loca, glyf; hinting ones if any). */
  encode(): Uint8Array {
    const outlines: Uint8Array[] = [];
    // A glyph made of other glyphs brings them along (the list grows while it is read).
    for (let i = 0; i < this.ids.length; i++) outlines.push(this.withComponents(this.font.glyphBytes(this.ids[i]!)));
    const count = outlines.length;
    const loca = new DataView(new ArrayBuffer((count + 1) * 4));
    let offset = 0;
    outlines.forEach((bytes, i) => {
      loca.setUint32(i * 4, offset);
      offset += bytes.length;
    });
    loca.setUint32(count * 4, offset);
    const glyf = concat(outlines);
    const hmtx = new DataView(new ArrayBuffer(count * 4));
    this.ids.forEach((id, i) => {
      hmtx.setUint16(i * 4, this.font.advanceOf(id));
      hmtx.setInt16(i * 4 + 2, this.font.leftBearingOf(id));
    });
    const head = this.font.tableBytes('head')!;
    new DataView(head.buffer, head.byteOffset, head.byteLength).setInt16(50, 1); // long loca offsets
    const hhea = this.font.tableBytes('hhea')!;
    new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength).setUint16(34, count);
    const maxp = this.font.tableBytes('maxp')!;
    new DataView(maxp.buffer, maxp.byteOffset, maxp.byteLength).setUint16(4, count);
    const tables: [string, Uint8Array][] = [
      ['glyf', glyf], ['head', head], ['hhea', hhea], ['hmtx', new Uint8Array(hmtx.buffer)],
      ['loca', new Uint8Array(loca.buffer)], ['maxp', maxp],
    ];
    for (const hinting of ['cvt ', 'fpgm', 'prep']) {
      const bytes = this.font.tableBytes(hinting);
      if (bytes) tables.push([hinting, bytes]);
    }
    return writeFont(tables);
  }

  /** pdf-lib reads the file as a stream of chunks (fontkit's interface): one chunk here. */
  encodeStream(): { on(event: string, listener: (value?: unknown) => void): ReturnType<TrueTypeSubset['encodeStream']> } {
    const listeners = new Map<string, (value?: unknown) => void>();
    const stream = {
      on(event: string, listener: (value?: unknown) => void) {
        listeners.set(event, listener);
        return stream;
      },
    };
    queueMicrotask(() => {
      try {
        const bytes = this.encode();
        listeners.get('data')?.(bytes);
        listeners.get('end')?.();
      } catch (error) {
        listeners.get('error')?.(error);
      }
    });
    return stream;
  }

  /** A composite glyph's bytes with its components' ids changed to their ids in the subset. */
  private withComponents(bytes: Uint8Array): Uint8Array {
    if (bytes.length < 10) return bytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getInt16(0) >= 0) return bytes;
    let at = 10;
    for (;;) {
      const flags = view.getUint16(at);
      view.setUint16(at + 2, this.includeGlyph(view.getUint16(at + 2)));
      at += 4 + (flags & ARG_WORDS ? 4 : 2);
      if (flags & HAS_SCALE) at += 2;
      else if (flags & HAS_XY_SCALE) at += 4;
      else if (flags & HAS_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) return bytes;
    }
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A TrueType file from its tables (sorted by tag, each on a 4-byte boundary, with checksums; also used by woff.ts). */
export function writeFont(input: [string, Uint8Array][]): Uint8Array {
  // The head table's checkSumAdjustment is 0 while checksums are made, then set for the whole file.
  const tables = input.map(([name, bytes]): [string, Uint8Array] => {
    if (name !== 'head') return [name, bytes];
    const head = bytes.slice();
    new DataView(head.buffer).setUint32(8, 0);
    return [name, head];
  });
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const count = tables.length;
  const headerLength = 12 + count * 16;
  let length = headerLength;
  for (const [, bytes] of tables) length += Math.ceil(bytes.length / 4) * 4;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  let headAt = -1;
  tables.forEach(([name, bytes], i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) view.setUint8(at + k, name.charCodeAt(k));
    view.setUint32(at + 4, checksum(bytes));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, bytes.length);
    out.set(bytes, offset);
    if (name === 'head') headAt = offset;
    offset += Math.ceil(bytes.length / 4) * 4;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

const parsed = new WeakMap<Uint8Array, TrueTypeFont>();

/** The font in these bytes, read once per byte array. */
export function readTrueType(bytes: Uint8Array): TrueTypeFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = new TrueTypeFont(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * What pdf-lib's `registerFontkit` takes. A new reader for each document, as fontkit gave: a
 * glyph drawn for two characters (a space and a no-break space) is copied as the first one the
 * document drew, whatever the line wrapping measured before.
 */
export const trueTypeKit = { create: (bytes: Uint8Array) => new TrueTypeFont(bytes) };
