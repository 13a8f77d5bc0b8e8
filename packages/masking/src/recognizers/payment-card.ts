import { isLuhnValid } from "../checksums/luhn.js";
import { scan, type Recognizer } from "./recognizer.js";

const CANDIDATE = /\b(?<!-)\d(?:[ -]?\d){11,18}(?![\w-]|\.\d)/g;
// Issuer prefixes in use: Visa, Mastercard (51–55, 22–27), Amex, Diners, JCB, Discover, Maestro,
// UnionPay; numbers starting elsewhere (0, 7–9, most 1s) are order ids or timestamps.
const ISSUER = /^(?:4|5[0-9]|2[2-7]|2131|1800|3[0-9]|6)/;
// Printed layouts: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or unseparated.
const LAYOUT = /^(?:\d+|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|\d{4}[ -]\d{6}[ -]\d{4,5})$/;

/** Payment card numbers: 12–19 digits, a known issuer prefix, a printed layout and a valid Luhn. */
export const paymentCardRecognizer: Recognizer = {
  name: "payment-card",
  needsDigit: true,
  find: (text) =>
    scan(text, CANDIDATE, (m) => {
      const digits = m[0].replace(/\D/g, "");
      if (!LAYOUT.test(m[0]) || !ISSUER.test(digits) || !isLuhnValid(digits)) return undefined;
      if (/^(\d)\1+$/.test(digits)) return undefined;
      return { type: "CREDIT_CARD", score: 0.9 };
    }),
};
