import { getLexicon } from "../lexicon/lexicon.js";
import { PARTICLES } from "../names/name-cues.js";
import { bare, isCapitalised, type AddressToken } from "./address-tokens.js";
import { isAddressCued, isStreetWord, UNIT_WORDS } from "./address-vocabulary.js";

/**
 * The street line of an address: token range (inclusive), whether it has a house number, and
 * whether it is only weak evidence (a foreign name and a number) that what follows must confirm.
 */
export interface StreetCore {
  first: number;
  last: number;
  numbered: boolean;
  weak: boolean;
}

/** Check an address cue lazily, only if the street needs one: at this character index. */
export interface CueAt {
  at: number;
}

/** Context for the grammar: the tokens, the text, and whether a token's line has lost its capitals. */
export interface Scope {
  text: string;
  tokens: AddressToken[];
  lowerCase: (index: number) => boolean;
}

const HOUSE_NUMBER = /^\d{1,5}(?:[-/]\d{1,4})?[A-Za-z]?$/;
const MAX_BODY = 10;
const FUNCTION_WORDS = new Set(["a", "an", "the", "and", "or", "in", "on", "at", "to", "of", "for", "is", "it", "i", "you", "we", "my", "was", "are"]);

const isForeign = (t: AddressToken) => getLexicon().englishLevel(bare(t)) === undefined;

/**
 * A street-type word that counts at `index`: capitalised, an abbreviation, in lower-case text, or
 * (mid-street) right after the street's name ("Trenerys gate", "Gyula utca").
 */
export function isTypeWord(scope: Scope, index: number, opening: boolean): boolean {
  const t = scope.tokens[index];
  if (t?.kind !== "word" || !isStreetWord(t.text, opening)) return false;
  if (isCapitalised(t) || scope.lowerCase(index) || (t.text.endsWith(".") && t.text.length <= 4)) return true;
  const prev = scope.tokens[index - 1];
  // "26 rue des Lilas", "12 via Roma": an opening type in lower case right after the house number.
  if (prev?.kind === "number" && isStreetWord(t.text, true)) return true;
  return !opening && prev?.kind === "word" && (isCapitalised(prev) || isForeign(prev));
}

function isBodyToken(scope: Scope, index: number, first: number): boolean {
  const t = scope.tokens[index];
  if (!t) return false;
  if (t.kind === "number") return HOUSE_NUMBER.test(t.text);
  if (t.kind !== "word" || UNIT_WORDS.has(bare(t)) || scope.text[t.end] === ":") return false;
  if (isTypeWord(scope, index, index === first) || PARTICLES.has(bare(t)) || isCapitalised(t) || isForeign(t)) return true;
  // Lower-case text has lost its capitals: any word but a function word may name the street.
  return scope.lowerCase(index) && !FUNCTION_WORDS.has(bare(t));
}

/**
 * Reads a street line starting at token `first` ("1668 Glyn St", "Rua do Arenque 1634",
 * "20789 Allika 46"). Accepted with a street-type word and a number; with a house number, a
 * non-English name and a closing number; after an address cue, with a name and a number; or,
 * unnumbered, as capitalised name + street type ("Marina Fort Street"). A bare foreign name and
 * number ("Tungata 11") is weak: the units or postal code after it must confirm it.
 */
export function readStreetCore(scope: Scope, first: number, cued: boolean | CueAt): StreetCore | undefined {
  let last = first - 1;
  while (last + 1 - first < MAX_BODY && isBodyToken(scope, last + 1, first)) last++;
  while (last >= first && scope.tokens[last]?.kind === "word" && PARTICLES.has(bare(scope.tokens[last]!))) last--;
  if (last < first) return undefined;
  const body = scope.tokens.slice(first, last + 1);
  const words = body.filter((t) => t.kind === "word" && !PARTICLES.has(bare(t)));
  const numbers = body.filter((t) => t.kind === "number");
  if (words.length === 0) return undefined;
  let hasType = false;
  for (let i = first; i <= last; i++) if (isTypeWord(scope, i, i === first)) hasType = true;
  const foreign = words.some(isForeign);
  const startsWithNumber = body[0]?.kind === "number";
  const endsWithNumber = body[body.length - 1]?.kind === "number";
  const numbered = numbers.length > 0;
  if (hasType && numbered) return { first, last, numbered, weak: false };
  if (startsWithNumber && foreign && (endsWithNumber || numbers.length >= 2)) return { first, last, numbered, weak: false };
  const isCued = typeof cued === "boolean" ? cued : isAddressCued(scope.text, cued.at);
  if (numbered && (foreign || hasType) && isCued) return { first, last, numbered, weak: false };
  // Unnumbered, only a written-out type counts: "Marina Fort Street", but not "Call Dr. Kiss".
  const typeAfterName = body.some((t, i) => i > 0 && isCapitalised(t) && t.key.length > 3 && !t.text.endsWith(".") && isTypeWord(scope, first + i, false));
  if (typeAfterName && words.length >= 2 && isCapitalised(body[0]!)) return { first, last, numbered, weak: false };
  if (foreign && numbered && (startsWithNumber || isCapitalised(body[0]!))) return { first, last, numbered, weak: true };
  return undefined;
}

/**
 * Steps back from a street-type word over up to three words of its name ("Brucker
 * Bundesstrasse", "Árpád fejedelem útja"); the name must start with a capital.
 */
export function lookBackForName(scope: Scope, index: number): number {
  let first = index;
  while (first > 0 && index - first < 3) {
    const prev = scope.tokens[first - 1]!;
    const nameLike = prev.kind === "word" && (isCapitalised(prev) || isForeign(prev)) && !UNIT_WORDS.has(bare(prev));
    if (!nameLike || /\n/.test(scope.text.slice(prev.end, scope.tokens[first]!.start))) break;
    first--;
  }
  while (first < index && !isCapitalised(scope.tokens[first]!) && !scope.lowerCase(first)) first++;
  return first;
}
