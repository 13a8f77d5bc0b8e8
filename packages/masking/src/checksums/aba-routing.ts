/**
 * Validates an ABA routing transit number: nine digits, a Federal Reserve prefix
 * (00–12, 21–32, 61–72, 80) and the 3-7-1 weighted checksum.
 *
 * @example
 * isAbaRoutingValid("011000015"); // true
 * isAbaRoutingValid("011000016"); // false
 */
export function isAbaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  const prefixOk = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!prefixOk) return false;
  const d = [...digits].map(Number);
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = d.reduce((acc, digit, i) => acc + digit * (weights[i] ?? 0), 0);
  return sum % 10 === 0;
}
