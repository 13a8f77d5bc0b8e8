// Medicare Beneficiary Identifier alphabet: letters minus S, L, O, I, B, Z.
const A = "[AC-HJKMNP-RT-Y]";
const AN = "[AC-HJKMNP-RT-Y0-9]";
const MBI = new RegExp(`^[1-9]${A}${AN}\\d${A}${AN}\\d${A}${A}\\d\\d$`);

/**
 * Structural check of a Medicare Beneficiary Identifier (11 characters, dashes optional).
 *
 * @example
 * isMbiValid("1EG4-TE5-MK73"); // true
 * isMbiValid("1EG4-TE5-MK7S"); // false
 */
export function isMbiValid(raw: string): boolean {
  return MBI.test(raw.replace(/-/g, "").toUpperCase());
}
