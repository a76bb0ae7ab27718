/**
 * A-number (Alien Registration Number): the letter A and 8 or 9 digits. Old 8-digit numbers are
 * padded with a leading zero to 9 digits, as EOIR systems expect (reference.md §5.1).
 */

export function normalizeANumber(input: string): string | null {
  const digits = input.trim().replace(/^a/i, '').replace(/[\s\-.]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return null;
  return digits.padStart(9, '0');
}

export function isValidANumber(input: string): boolean {
  return normalizeANumber(input) !== null;
}

/** "A-012-345-678" */
export function formatANumber(input: string): string | null {
  const n = normalizeANumber(input);
  if (n === null) return null;
  return `A-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
}
