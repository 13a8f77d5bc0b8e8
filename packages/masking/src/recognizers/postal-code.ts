import { getLexicon } from "../lexicon/lexicon.js";
import { US_STATES } from "../address/address-vocabulary.js";
import type { Span } from "../types.js";
import { scan, type Recognizer } from "./recognizer.js";

const POSTAL_VALUE = "[A-Z0-9]{2,6}(?:[ -][A-Z0-9]{2,4})?";
// "ZIP: 3520", "my zip code is 35350", "Postcode SW1A 1AA".
const LABELLED = new RegExp(
  `\\b(?:zip[\\s_-]?code|zipcode|zip|postal[\\s_-]?code|postcode|post[\\s_-]?code|plz|cep)[^\\S\\n]{0,3}(?:is(?=\\s)|:|#|=)?[^\\S\\n]{0,3}(${POSTAL_VALUE})(?![\\p{L}\\p{N}])`,
  "giud",
);
// "Springfield, IL 62704": a US state code before a ZIP or ZIP+4.
const STATE_ZIP = /\b([A-Z]{2})[^\S\n]{1,3}(\d{5}(?:-\d{4})?)(?![\w-])/dg;
// Canadian postal codes have a distinctive letter-digit pattern (no D, F, I, O, Q, U).
const CANADIAN = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][^\S\n]?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
// "… in Bjert 6091 …": a place name, then a postal code, after a locative preposition. The place is
// capitalised (particles aside), or anything in text that has lost its capitals.
const PLACE_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|de|da|do|del|di|la|le|am|an|im|sur|upon)";
const CODE = "(\\d{3,5}(?:[- ]\\d{2,3})?)(?![\\p{L}\\p{N}]|[.,-]\\d)";
const PLACE_CODE = new RegExp(`\\b(?:in|at|near|from|to)[^\\S\\n]+((?:${PLACE_WORD}[^\\S\\n]+){1,4})${CODE}`, "dgu");
const PLACE_CODE_LOWER = new RegExp(`\\b(?:in|at|near|from|to)[^\\S\\n]+((?:\\p{Ll}[\\p{Ll}\\p{M}'’-]*[^\\S\\n]+){1,4})${CODE}`, "dgu");
const YEAR = /^(?:19|20)\d{2}$/;

function placeCode(m: RegExpExecArray): { type: string; score: number } | undefined {
  return !YEAR.test(m[2] ?? "") && placeLooksReal(m[1] ?? "") ? { type: "ZIP_CODE", score: 0.45 } : undefined;
}

/** The place must name somewhere: a word that is not common English, or one in ALL CAPS. */
function placeLooksReal(place: string): boolean {
  const lexicon = getLexicon();
  return place
    .trim()
    .split(/\s+/)
    .some((p) => lexicon.englishLevel(p) === undefined || (p.length > 2 && p === p.toUpperCase()));
}

function lineIsLowerCase(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index) + 1;
  const nl = text.indexOf("\n", index);
  return !/\p{Lu}/u.test(text.slice(start, nl < 0 ? text.length : nl));
}

/** Postal codes: labelled ("ZIP: 3520"), after a US state, Canadian format, or after a place name in prose. */
export const postalCodeRecognizer: Recognizer = {
  name: "postal-code",
  needsDigit: true,
  find(text) {
    const labelled = scan(text, LABELLED, (m) => (/\d/.test(m[1] ?? "") ? { type: "ZIP_CODE", score: 0.8 } : undefined), 1);
    const stateZip = scan(text, STATE_ZIP, (m) => (US_STATES.has(m[1] ?? "") ? { type: "ZIP_CODE", score: 0.6 } : undefined), 2);
    const canadian = scan(text, CANADIAN, () => ({ type: "ZIP_CODE", score: 0.6 }));
    const inPlace: Span[] = scan(text, PLACE_CODE, placeCode, 2);
    const inLowerPlace = scan(text, PLACE_CODE_LOWER, (m) => (lineIsLowerCase(text, m.index) ? placeCode(m) : undefined), 2);
    return [...labelled, ...stateZip, ...canadian, ...inPlace, ...inLowerPlace];
  },
};
