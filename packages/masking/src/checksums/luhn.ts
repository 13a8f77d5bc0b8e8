/**
 * Luhn (mod 10) check over a string of digits, as used by payment cards, IMEI and NPI.
 *
 * @example
 * isLuhnValid("4111111111111111"); // true
 * isLuhnValid("4111111111111112"); // false
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
