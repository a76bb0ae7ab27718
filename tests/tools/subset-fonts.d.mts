/** Types for subset-fonts.mjs (plain JavaScript, so that it runs with node on Node 20). */
export const SOURCE_DIR: string;
export const SUBSET_DIR: string;
export const FACES: string[];
export const LAYOUT_FEATURES: string[];
export function charsetCodePoints(): number[];
export function subsetFace(file: string): Promise<Buffer>;
export function toWoff(ttf: Uint8Array): Uint8Array;
