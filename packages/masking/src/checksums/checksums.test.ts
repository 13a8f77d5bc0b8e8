import { describe, expect, it } from "vitest";
import { isAbaRoutingValid } from "./aba-routing.js";
import { isDeaValid } from "./dea.js";
import { isIbanValid } from "./iban.js";
import { isLuhnValid } from "./luhn.js";
import { isMbiValid } from "./mbi.js";
import { isNpiValid } from "./npi.js";
import { isSsnPlausible } from "./ssn.js";
import { isVinValid } from "./vin.js";

const cases: [name: string, check: (v: string) => boolean, valid: string[], invalid: string[]][] = [
  ["Luhn", isLuhnValid, ["4111111111111111", "378282246310005", "5500000000000004"], ["4111111111111112", "378282246310006", "12ab"]],
  ["IBAN mod-97", isIbanValid, ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "gb82west12345698765432"], ["GB82WEST12345698765433", "GB82WEST123456987654", "XX82WEST12345698765432"]],
  ["ABA routing", isAbaRoutingValid, ["021000021", "011000015"], ["021000022", "991000015", "12345678"]],
  ["NPI", isNpiValid, ["1245319599", "1234567893"], ["1234567890", "3234567893", "123456789"]],
  ["DEA", isDeaValid, ["BJ6125341", "AB1234563"], ["BJ6125342", "IB1234563", "AB123456"]],
  ["VIN check digit", isVinValid, ["1HGCM82633A004352", "1M8GDM9AXKP042788"], ["1HGCM82633A004353", "1M8GDM9A1KP042788", "1HGCM82633A00435I"]],
  ["SSN structure", isSsnPlausible, ["123456789", "078051121"], ["000123456", "666123456", "900123456", "123004567", "123450000", "111111111"]],
  ["Medicare MBI", isMbiValid, ["1EG4-TE5-MK73", "1EG4TE5MK73"], ["1EG4-TE5-MK7S", "0EG4-TE5-MK73", "1EG4-TE5-MK7"]],
];

describe.each(cases)("%s", (_name, check, valid, invalid) => {
  it.each(valid)("accepts %s", (value) => expect(check(value)).toBe(true));
  it.each(invalid)("rejects %s", (value) => expect(check(value)).toBe(false));
});
