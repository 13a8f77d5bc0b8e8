import { getLexicon } from "../lexicon/lexicon.js";
import { PARTICLES } from "../names/name-cues.js";
import { bare, isCapitalised } from "./address-tokens.js";
import { UNIT_WORDS } from "./address-vocabulary.js";
import { crossStreetAfter } from "./cross-street.js";
import type { Scope } from "./street-core.js";

/** How far an address reaches and whether units or a postal code confirmed it. */
export interface Reach {
  last: number;
  confirmed: boolean;
}

const LOCALITY_NUMBER = /^(?:\d{1,6}|\d{2,5}-\d{2,4})$/;
const POSTAL = /^(?:\d{3,6}|\d{2,5}-\d{2,4})$/;
const UNIT_VALUE = /^(?:\d{1,6}[A-Za-z]?|[A-Za-z]\d{0,4})$/;
const SENTENCE_END = /^[.?!;]$/;
// Quote and bullet markers that open lines ("> 12 Main St" in forwarded mail).
const LINE_PREFIX = /^[>|?*•·-]$/;
const MAX_SEGMENTS = 5;
const MAX_SEGMENT_TOKENS = 6;
const FUNCTION_WORDS = new Set(["a", "an", "the", "and", "or", "in", "on", "at", "to", "of", "for", "is", "am", "are", "i", "it", "its", "my", "we", "by", "if", "as", "be", "so", "was"]);

/** Reads a unit designator with its value ("Apt. 595", "Suite 501", "Box 8144", "# 12"); returns its last index. */
export function readUnit(scope: Scope, i: number): number | undefined {
  const t = scope.tokens[i];
  const isUnit = (t?.kind === "word" && UNIT_WORDS.has(bare(t))) || t?.kind === "hash";
  if (!t || !isUnit) return undefined;
  let j = i + 1;
  if (scope.tokens[j]?.kind === "hash") j++;
  const value = scope.tokens[j];
  if (!value || !UNIT_VALUE.test(value.text) || /\n/.test(scope.text.slice(t.end, value.start))) return undefined;
  return j;
}

function isLocalityToken(scope: Scope, i: number): boolean {
  const t = scope.tokens[i]!;
  if (t.kind === "number") return LOCALITY_NUMBER.test(t.text) || /^[A-Z]\d[A-Z]$/i.test(t.text);
  if (t.kind === "open" || t.kind === "close") return true;
  if (t.kind !== "word" || scope.text[t.end] === ":") return false;
  const key = bare(t);
  if (/^\p{Lu}{1,3}$/u.test(t.text)) return true; // region codes: CO, ON, NO, RS
  if (FUNCTION_WORDS.has(key)) return false;
  if (isCapitalised(t) || PARTICLES.has(key) || key.length <= 3 || scope.lowerCase(i)) return true;
  return getLexicon().englishLevel(key) === undefined;
}

interface Segment {
  last: number;
  /** The address ends with this segment (sentence end, or prose cut it short). */
  final: boolean;
  postal: boolean;
}

/** A segment that prose cut short keeps what it had up to its last sure token, and ends the address. */
function cutShort(lastSure: number | undefined, lastPostal: number | undefined): Segment | undefined {
  return lastSure === undefined ? undefined : { last: lastSure, final: true, postal: lastPostal !== undefined };
}

/**
 * Reads a locality segment (city, region, country, postal code) from `i` to the next comma or
 * newline. Prose cuts it short, keeping what came up to a postal code or an ALL-CAPS place name
 * ("nan 18237 after the concert", "POLSING OO after the concert").
 */
function readLocality(scope: Scope, i: number): Segment | undefined {
  let j = i;
  let lastPostal: number | undefined;
  let lastSure: number | undefined; // the last postal code or ALL-CAPS place name
  let numbers = 0;
  while (j < scope.tokens.length && j - i < MAX_SEGMENT_TOKENS) {
    const t = scope.tokens[j]!;
    if (t.kind === "comma" || t.kind === "newline") break;
    if (t.kind === "other" && SENTENCE_END.test(t.text)) {
      return j > i ? { last: j - 1, final: true, postal: lastPostal !== undefined } : undefined;
    }
    const unitEnd = readUnit(scope, j);
    if (unitEnd !== undefined) {
      j = unitEnd + 1;
      continue;
    }
    if (!isLocalityToken(scope, j)) return cutShort(lastSure, lastPostal);
    // Three or more number groups on a line are a phone number, not a locality.
    if (t.kind === "number" && ++numbers > 2) return undefined;
    if (t.kind === "number" && POSTAL.test(t.text)) lastPostal = lastSure = j;
    else if (t.kind === "word" && /^\p{Lu}[\p{Lu}\p{M}'’.-]*$/u.test(t.text)) lastSure = j;
    // "… OULU NO. I now live …": an abbreviation dot before a capital may end the sentence.
    if (t.kind === "word" && t.text.endsWith(".") && scope.tokens[j + 1]?.kind === "word" && isCapitalised(scope.tokens[j + 1]!)) {
      return { last: j, final: true, postal: lastPostal !== undefined };
    }
    j++;
  }
  const next = scope.tokens[j];
  if (next && next.kind !== "comma" && next.kind !== "newline") return cutShort(lastSure, lastPostal);
  return j > i ? { last: j - 1, final: false, postal: lastPostal !== undefined } : undefined;
}

/** True when only quote or bullet markers stand between the line start and token `j`. */
function atLineStart(scope: Scope, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && scope.tokens[k]?.kind === "other" && LINE_PREFIX.test(scope.tokens[k]!.text)) k--;
  return k < 0 || scope.tokens[k]?.kind === "newline";
}

/** Skips commas, up to two line breaks and quote markers at line starts; returns the next index. */
function skipSeparators(scope: Scope, i: number): { next: number; separated: boolean } {
  let j = i;
  let newlines = 0;
  for (;;) {
    const t = scope.tokens[j];
    if (t?.kind === "newline" && newlines < 2) newlines++;
    else if (t?.kind === "comma") {
      /* a comma between segments */
    } else if (t?.kind === "other" && LINE_PREFIX.test(t.text) && atLineStart(scope, j)) {
      /* a quote marker */
    } else break;
    j++;
  }
  return { next: j, separated: j > i };
}

/**
 * Extends a street line over what usually follows: a dot after the house number ("u. 97."),
 * a cross street ("… and Elm St"), unit designators, then up to five locality segments. Returns where it ends and whether a
 * unit or postal code confirmed it.
 */
export function continueAddress(scope: Scope, last: number): Reach {
  let end = last;
  let confirmed = false;
  const dot = scope.tokens[end + 1];
  const afterDot = scope.tokens[end + 2];
  if (dot?.text === "." && (!afterDot || afterDot.kind !== "word" || !isCapitalised(afterDot) || readUnit(scope, end + 2) !== undefined)) end++;
  end = crossStreetAfter(scope, end);
  for (let unit = readUnit(scope, end + 1); unit !== undefined; unit = readUnit(scope, end + 1)) {
    end = unit;
    confirmed = true;
  }
  for (let count = 0; count < MAX_SEGMENTS; count++) {
    const { next, separated } = skipSeparators(scope, end + 1);
    // A locality may follow a unit on the same line ("Apt. 892 GUÉRET LI"), otherwise it needs a separator.
    if (!separated && !confirmed) break;
    const segment = readLocality(scope, next);
    if (!segment) break;
    end = segment.last;
    confirmed ||= segment.postal || scope.tokens.slice(next, segment.last + 1).some((_, k) => readUnit(scope, next + k) !== undefined);
    if (segment.final) break;
  }
  return { last: end, confirmed };
}
