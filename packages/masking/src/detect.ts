import { ageRecognizer } from "./recognizers/age.js";
import { bankNumberRecognizer } from "./recognizers/bank-numbers.js";
import { dateRecognizer } from "./recognizers/dates.js";
import { emailRecognizer } from "./recognizers/email.js";
import { ibanRecognizer } from "./recognizers/iban.js";
import { ipAddressRecognizer } from "./recognizers/ip-address.js";
import { keyedIdentifierRecognizer } from "./recognizers/keyed-identifiers.js";
import { macAddressRecognizer } from "./recognizers/mac-address.js";
import { paymentCardRecognizer } from "./recognizers/payment-card.js";
import { personNameRecognizer } from "./recognizers/person-name.js";
import { phoneRecognizer } from "./recognizers/phone.js";
import { providerIdRecognizer } from "./recognizers/provider-ids.js";
import type { Recognizer } from "./recognizers/recognizer.js";
import { secretRecognizer } from "./recognizers/secrets.js";
import { streetAddressRecognizer } from "./recognizers/street-address.js";
import { postalCodeRecognizer } from "./recognizers/postal-code.js";
import { ssnRecognizer } from "./recognizers/ssn.js";
import { urlRecognizer } from "./recognizers/url.js";
import { vehicleAndMedicareRecognizer } from "./recognizers/vehicle-and-medicare.js";
import { resolveOverlaps } from "./spans.js";
import type { Span } from "./types.js";

/** Every recognizer, validated patterns first; order does not affect results (scores do). */
export const RECOGNIZERS: readonly Recognizer[] = [
  secretRecognizer,
  emailRecognizer,
  urlRecognizer,
  ipAddressRecognizer,
  ssnRecognizer,
  paymentCardRecognizer,
  ibanRecognizer,
  bankNumberRecognizer,
  providerIdRecognizer,
  vehicleAndMedicareRecognizer,
  macAddressRecognizer,
  keyedIdentifierRecognizer,
  phoneRecognizer,
  dateRecognizer,
  ageRecognizer,
  personNameRecognizer,
  streetAddressRecognizer,
  postalCodeRecognizer,
];

export interface DetectOptions {
  /** Drop spans scoring below this (0–1); default 0 keeps everything found. */
  minScore?: number;
}

/**
 * Finds PHI/PII in free text. Spans use JavaScript string indices (end exclusive), never overlap
 * and are sorted by start.
 *
 * @example
 * detect("SSN 123-45-6789, call 415-555-0134");
 * // [{ start: 4, end: 15, type: "US_SSN", score: 0.95 }, { start: 22, end: 34, type: "PHONE_NUMBER", score: 0.8 }]
 */
export function detect(text: string, options: DetectOptions = {}): Span[] {
  if (text.length === 0) return [];
  const minScore = options.minScore ?? 0;
  const hasDigit = /\d/.test(text);
  const found: Span[] = [];
  for (const recognizer of RECOGNIZERS) {
    if (recognizer.needsDigit && !hasDigit) continue;
    for (const span of recognizer.find(text)) if (span.score >= minScore) found.push(span);
  }
  return resolveOverlaps(text, found);
}
