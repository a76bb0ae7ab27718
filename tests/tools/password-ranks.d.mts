/** Types for password-ranks.mjs (plain JavaScript, loaded by vite.config.ts). */
import type { Plugin } from 'vite';
export function groupByRank(words: readonly string[]): string[];
export function regroupPasswordModule(code: string): string;
export function passwordRanksInGroups(): Plugin;
