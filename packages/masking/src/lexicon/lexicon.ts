import { loadEnglishWords, loadPersonNames, loadTechTerms, RARE_LEVELS } from "./load-word-lists.js";

/** How a word reads: a known name, an English word that is also a name, plain English, or unknown. */
export type WordClass = "name" | "ambiguous" | "english" | "unknown";

export interface Lexicon {
  /** SCOWL level of a common English word (10 = most common), undefined when not common English. */
  englishLevel(word: string): number | undefined;
  isPersonName(word: string): boolean;
  classify(word: string): WordClass;
  /** In SCOWL's rarer levels (55–70): real English, though too rare to rule out a name elsewhere. */
  isRareEnglish(word: string): boolean;
}

// Company designators read as words, not as people: "Acme Corp", "Globex Ltd".
const COMPANY_SUFFIXES = new Set(["inc", "corp", "ltd", "llc", "llp", "gmbh", "plc", "co", "bv", "nv", "oy", "ag", "sa", "srl", "pty"]);

/** Strips a possessive and folds case: "Smith's" → "smith". */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith("'s") || lower.endsWith("’s") ? lower.slice(0, -2) : lower;
}

const CONTRACTION = /(?:n['’]t|['’](?:m|re|ll|ve|d|t))$/;

// Words repeat across texts; memoising by surface form keeps detection fast. Bounded so a stream
// of unique tokens cannot grow it without limit.
const MEMO_LIMIT = 100_000;

function memo<T>(compute: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    if (cache.size >= MEMO_LIMIT) cache.clear();
    const value = compute(word);
    cache.set(word, value);
    return value;
  };
}

function build(): Lexicon {
  const english = loadEnglishWords();
  const names = loadPersonNames();
  const tech = loadTechTerms();
  const englishLevel = memo((word: string) => {
    // Contractions are English when their stem is: "shouldn't" → "should", "you're" → "you".
    const key = wordKey(word).replace(CONTRACTION, "");
    const direct = english.get(key);
    if (direct !== undefined || !key.includes("-")) return direct;
    // Hyphenated words are English when every part is ("Well-Known"), not names like "Mayo-Walters".
    const levels = key.split("-").map((part) => english.get(part));
    return levels.every((l) => l !== undefined) ? Math.max(...levels) : undefined;
  });
  const isPersonName = memo((word: string) => {
    const key = wordKey(word);
    return names.has(key) || (key.includes("-") && key.split("-").every((part) => names.has(part)));
  });
  const classify = memo((word: string): WordClass => {
    // Tool names ("Kubernetes") read like ordinary words, so operational text stays readable.
    const key = wordKey(word);
    const isEnglish = englishLevel(word) !== undefined || tech.has(key) || COMPANY_SUFFIXES.has(key);
    if (isPersonName(word)) return isEnglish ? "ambiguous" : "name";
    return isEnglish ? "english" : "unknown";
  });
  let rare: Map<string, number> | undefined;
  const isRareEnglish = (word: string) => {
    rare ??= loadEnglishWords(RARE_LEVELS);
    return rare.has(wordKey(word));
  };
  return { englishLevel, isPersonName, classify, isRareEnglish };
}

let cached: Lexicon | undefined;

/**
 * The shared word lexicon, built lazily on first use (about 100k words; tens of milliseconds).
 *
 * @example
 * getLexicon().classify("Szöllösy"); // "unknown"
 * getLexicon().classify("Rose");     // "ambiguous"
 */
export function getLexicon(): Lexicon {
  cached ??= build();
  return cached;
}
