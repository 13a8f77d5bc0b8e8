import { isIbanValid } from "../checksums/iban.js";
import type { Span } from "../types.js";
import type { Recognizer } from "./recognizer.js";

const CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;

/** IBANs: country code, registered length and mod-97 check (spaced or not, any case). */
export const ibanRecognizer: Recognizer = {
  name: "iban",
  needsDigit: true,
  find(text) {
    const spans: Span[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
      // The last short group may belong to the next word ("…7654 32 is"): try with and without it.
      const whole = m[0];
      const trimmed = whole.replace(/ [A-Z0-9]{1,3}$/i, "");
      const value = isIbanValid(whole) ? whole : isIbanValid(trimmed) ? trimmed : undefined;
      if (value) spans.push({ start: m.index, end: m.index + value.length, type: "IBAN_CODE", score: 0.95 });
    }
    return spans;
  },
};
