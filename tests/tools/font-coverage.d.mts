/** Types for font-coverage.mjs (plain JavaScript, so that it runs with node on Node 20). */
import type fontkit from '@pdf-lib/fontkit';

export const FONT_DIR: string;
export const PDF_FONTS: string[];
export const TABLE_FILE: string;
export function openFont(file: string): ReturnType<typeof fontkit.create>;
export function coverageRanges(files?: string[]): [number, number][];
export function tableModule(ranges: [number, number][]): string;
