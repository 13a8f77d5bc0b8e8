// First letter: registrant type (practitioners, mid-level practitioners, distributors…).
const REGISTRANT_TYPES = new Set("ABCDEFGHJKLMPRSTUX");

/**
 * Validates a DEA registration number: registrant-type letter, a letter (or 9), seven digits
 * where (d1+d3+d5) + 2·(d2+d4+d6) ends in d7.
 *
 * @example
 * isDeaValid("AB1234563"); // true
 * isDeaValid("AB1234564"); // false
 */
export function isDeaValid(raw: string): boolean {
  const dea = raw.toUpperCase();
  if (!/^[A-Z][A-Z9]\d{7}$/.test(dea) || !REGISTRANT_TYPES.has(dea[0] ?? "")) return false;
  const d = [...dea.slice(2)].map(Number);
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0] = d;
  return (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) % 10 === d7;
}
