const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

/**
 * Validates a 17-character vehicle identification number (no I, O or Q) by its check digit at
 * position 9 (ISO 3779 / 49 CFR 565 weights; remainder 10 is written X).
 *
 * @example
 * isVinValid("1M8GDM9AXKP042788"); // true
 * isVinValid("1M8GDM9A1KP042788"); // false
 */
export function isVinValid(raw: string): boolean {
  const vin = raw.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i] ?? "";
    const value = ch >= "0" && ch <= "9" ? Number(ch) : (LETTER_VALUES[ch] ?? 0);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? "X" : String(check));
}
