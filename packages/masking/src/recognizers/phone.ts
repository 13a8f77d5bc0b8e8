import { hasCueAfter, hasCueBefore, wordCue } from "../text/context.js";
import { scan, type Recognizer } from "./recognizer.js";

// Optional +country code, an optional (area) group, then digit groups joined by one separator and
// an optional extension. Every repetition needs a separator or a parenthesis, so matching stays linear.
const PHONE =
  /(?<![\w+./-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,12}(?:[ .-]?\(\d{1,4}\)[ .-]?\d{1,12}|[ .-]\d{1,12}){0,6}(?:[ ]?(?:x|ext\.?)[ ]?\d{1,6})?(?![\w]|[.-]\d|:\d)/g;

const PHONE_CUE = wordCue([
  "phone", "telephone", "tel", "ph", "mobile", "mob", "cell", "cellphone", "fax", "landline", "pager",
  "call", "calling", "called", "text", "sms", "whatsapp", "contact", "desk", "office", "ring", "reach",
  "dial", "answering", "answer", "message", "messages", "voicemail", "hotline",
]);
const LABEL_AFTER = wordCue(["office", "fax", "mobile", "cell", "home", "work", "desk", "phone"]);
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
const DATE_SHAPE = /^(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2})$/;
const IPV4_SHAPE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// Digit groups that continue an IBAN-shaped string ("GB82 WEST 1234 …") belong to it, valid or not.
const IBAN_PREFIX = /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4})* $/i;

/**
 * Telephone and fax numbers in national and international formats. Clearly structured numbers
 * (3+ groups, a +country code or an (area) group) stand alone; one- or two-group numbers need a cue
 * such as "phone", "call me on" or a trailing "office"/"fax" label.
 */
export const phoneRecognizer: Recognizer = {
  name: "phone",
  needsDigit: true,
  find: (text) =>
    scan(text, PHONE, (m) => {
      const value = m[0];
      const main = value.replace(/\s?(?:x|ext\.?)\s?\d+$/, "");
      const digits = main.replace(/\D/g, "").length;
      if (digits < 7 || digits > 15) return undefined;
      if (SSN_SHAPE.test(value) || DATE_SHAPE.test(value) || IPV4_SHAPE.test(value)) return undefined;
      if (IBAN_PREFIX.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
      const groups = main.split(/[ .-]+|(?<=\))|(?=\()/).filter((g) => /\d/.test(g)).length;
      const structured = main.startsWith("+") || main.includes("(") || (groups >= 3 && digits >= 8);
      const cue = hasCueBefore(text, m.index, PHONE_CUE, 30) || hasCueAfter(text, m.index + value.length, LABEL_AFTER, 12);
      if (cue) return { type: "PHONE_NUMBER", score: 0.8 };
      if (structured && groups <= 6) return { type: "PHONE_NUMBER", score: 0.5 };
      return undefined;
    }),
};
