import { loadEnglishWords, loadPersonNames } from "./load-word-lists.js";

/** How a capitalised word reads: a known name, an English word that is also a name, plain English, or unknown. */
export type WordClass = "name" | "ambiguous" | "english" | "unknown";

export interface Lexicon {
  /** SCOWL level of a common English word (10 = most common), undefined when not common English. */
  englishLevel(word: string): number | undefined;
  isPersonName(word: string): boolean;
  classify(word: string): WordClass;
}

let cached: Lexicon | undefined;

/** Strips a possessive and folds case: "Smith's" → "smith". */
export function wordKey(word: string): string {
  return word.replace(/['’]s$/i, "").toLowerCase();
}

/**
 * The shared word lexicon, built lazily on first use (about 100k words; a few tens of ms).
 *
 * @example
 * getLexicon().classify("Szöllösy"); // "unknown"
 * getLexicon().classify("Rose");     // "ambiguous"
 */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const english = loadEnglishWords();
  const names = loadPersonNames();
  const englishLevel = (word: string) => {
    const key = wordKey(word);
    const direct = english.get(key);
    if (direct !== undefined) return direct;
    // Hyphenated words are English when every part is ("Well-Known"), not names like "Mayo-Walters".
    if (!key.includes("-")) return undefined;
    const levels = key.split("-").map((part) => english.get(part));
    return levels.every((l) => l !== undefined) ? Math.max(...(levels as number[])) : undefined;
  };
  const isPersonName = (word: string) => {
    const key = wordKey(word);
    return names.has(key) || (key.includes("-") && key.split("-").every((part) => names.has(part)));
  };
  cached = {
    englishLevel,
    isPersonName,
    classify(word) {
      const isEnglish = englishLevel(word) !== undefined;
      const isName = isPersonName(word);
      if (isName) return isEnglish ? "ambiguous" : "name";
      return isEnglish ? "english" : "unknown";
    },
  };
  return cached;
}
