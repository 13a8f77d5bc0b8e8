import { getLexicon, wordKey, type WordClass } from "../lexicon/lexicon.js";
import { wordShape, type Word, type WordShape } from "../text/words.js";
import { PARTICLES, SUFFIXES, TITLES } from "./name-cues.js";

/** A word that may belong to a person's name, with what the lexicon says about it. */
export interface NamePart {
  word: Word;
  role: "name" | "initial" | "particle";
  cls: WordClass;
  /** ALL-CAPS or lower-case unknown words join a name but never make one alone. */
  weak: boolean;
  capitalised: boolean;
}

// Names never touch code-like punctuation: "Reports/John", "user_Smith", "Smith2", "@Sara".
const GLUED_BEFORE = /[\p{N}_/\\@:=#$%&*+<|~^`.-]/u;
const GLUED_AFTER = /[\p{N}_/\\@=#$%&*+<>|~^`]/u;
const JOINER_AFTER = /[.:-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
// Contractions are English, never names: I'm, Don't, They're, We'll, I'd, You've.
const CONTRACTION = /['’](?:m|re|ll|ve|d|t)$/i;

const NAME_BEFORE = /\p{Lu}[\p{Ll}\p{M}'’-]+[^\S\n]$/u;
const NAME_AFTER = /^[^\S\n]\p{Lu}\p{Ll}/u;

/** A lone capital is an initial with a dot ("D."), or between two name words ("Sue D Hague"); "I" and "A" alone are words. */
function isInitial(text: string, word: Word): boolean {
  if (text[word.end] === ".") return true;
  return NAME_BEFORE.test(text.slice(Math.max(0, word.start - 20), word.start)) && NAME_AFTER.test(text.slice(word.end, word.end + 3));
}

function isGlued(text: string, word: Word): boolean {
  const before = text[word.start - 1];
  const after = text[word.end];
  if (before !== undefined && GLUED_BEFORE.test(before)) return true;
  if (after === undefined) return false;
  return GLUED_AFTER.test(after) || (JOINER_AFTER.test(after) && LETTER_OR_DIGIT.test(text[word.end + 1] ?? ""));
}

/** The text being read and, per character index, whether its line has lost its capitals. */
export interface NameContext {
  text: string;
  lowerCase: (index: number) => boolean;
}

/** What a word is on its own, independent of where it stands (memoised by spelling). */
interface WordFacts {
  key: string;
  shape: WordShape;
  cls: WordClass;
  /** A title, suffix or contraction: never part of a name. */
  excluded: boolean;
  particle: boolean;
}

const facts = new Map<string, WordFacts>();

function wordFacts(text: string): WordFacts {
  const hit = facts.get(text);
  if (hit) return hit;
  const key = wordKey(text);
  const shape = wordShape(text);
  const result: WordFacts = {
    key,
    shape,
    cls: shape === "initial" ? "unknown" : getLexicon().classify(text),
    excluded: TITLES.has(key) || SUFFIXES.has(key) || CONTRACTION.test(text),
    particle: shape === "lower" && PARTICLES.has(key),
  };
  if (facts.size > 100_000) facts.clear();
  facts.set(text, result);
  return result;
}

const part = (word: Word, role: NamePart["role"], cls: WordClass, weak: boolean, capitalised: boolean): NamePart => ({
  word,
  role,
  cls,
  weak,
  capitalised,
});

/**
 * Classifies a word as a possible name part, or undefined when it cannot be one (titles,
 * suffixes, contractions, lower-case words in normally cased text, code-like tokens).
 *
 * @example
 * const text = "Dr. Szabina Kiss";
 * toNamePart({ text, lowerCase: () => false }, { text: "Szabina", start: 4, end: 11 })?.cls; // "name"
 */
export function toNamePart(ctx: NameContext, word: Word): NamePart | undefined {
  const { text } = ctx;
  // Most words are lower case in normally cased text: only particles matter among them.
  if (LOWER_START.test(word.text) && !ctx.lowerCase(word.start)) {
    return PARTICLES.has(word.text) ? part(word, "particle", "english", false, false) : undefined;
  }
  const f = wordFacts(word.text);
  if (f.excluded || isGlued(text, word)) return undefined;
  if (f.shape === "initial") return isInitial(text, word) ? part(word, "initial", "unknown", false, true) : undefined;
  if (f.particle) return part(word, "particle", "english", false, false);
  if (f.shape === "capitalised") return part(word, "name", f.cls, false, true);
  // All-caps words of 2–3 letters are acronyms (TV, SSN, ASAP); longer ones may be a shouted name.
  if (f.shape === "upper" && word.text.length >= 4) return part(word, "name", f.cls, true, true);
  // Lower-case text has lost its capitals ("leone mazzi"): listed names count; unknown words and
  // names that are also English words ("john smith") only join one, or follow an announcer.
  if (f.shape === "lower" && ctx.lowerCase(word.start)) {
    if (word.text.length === 1) return part(word, "initial", "unknown", false, false);
    if (f.cls !== "english") return part(word, "name", f.cls, f.cls !== "name", false);
  }
  return undefined;
}
