/**
 * Structural check of a US Social Security number (digits only): the SSA never issues area
 * 000, 666 or 900–999, group 00 or serial 0000; all-same digits are placeholders.
 *
 * @example
 * isSsnPlausible("123456789"); // true
 * isSsnPlausible("666123456"); // false
 */
export function isSsnPlausible(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === "000" || area === "666" || area[0] === "9") return false;
  if (digits.slice(3, 5) === "00" || digits.slice(5) === "0000") return false;
  return !/^(\d)\1{8}$/.test(digits);
}
