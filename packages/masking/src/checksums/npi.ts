import { isLuhnValid } from "./luhn.js";

/**
 * Validates a US National Provider Identifier: ten digits starting with 1 or 2 whose Luhn
 * check passes once the card-issuer prefix 80840 is put in front.
 *
 * @example
 * isNpiValid("1234567893"); // true
 * isNpiValid("1234567890"); // false
 */
export function isNpiValid(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && isLuhnValid(`80840${digits}`);
}
