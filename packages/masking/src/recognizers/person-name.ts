import { getLexicon, wordKey, type WordClass } from "../lexicon/lexicon.js";
import type { Span } from "../types.js";
import { wordShape, words, type Word } from "../text/words.js";
import { isAnnounced, PARTICLES, SUFFIXES, TITLES } from "./person-name-cues.js";
import type { Recognizer } from "./recognizer.js";

/** A word that may belong to a name, with what we know about it. */
interface Part {
  word: Word;
  role: "name" | "initial" | "particle";
  cls: WordClass;
  /** Shouted (ALL CAPS) or lower-case unknown words join a name but never make one alone. */
  weak: boolean;
}

// Names never touch code-like punctuation: "Reports/John", "user_Smith", "Smith2", "@Sara".
const GLUED_BEFORE = /[\p{N}_/\\@:=#$%&*+<>|~^`.-]$/u;
const GLUED_AFTER = /^(?:[\p{N}_/\\@=#$%&*+<>|~^`]|[.:-][\p{L}\p{N}])/u;
const SPACE_ONLY = /^[^\S\n]{1,2}$/;
const AFTER_INITIAL = /^\.?[^\S\n]{0,2}$/;

function isGlued(text: string, word: Word): boolean {
  return GLUED_BEFORE.test(text.slice(Math.max(0, word.start - 1), word.start)) || GLUED_AFTER.test(text.slice(word.end, word.end + 2));
}

function lineHasUpper(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index) + 1;
  const nl = text.indexOf("\n", index);
  return /\p{Lu}/u.test(text.slice(start, nl < 0 ? text.length : nl));
}

/** Classifies one word as a possible name part, or undefined when it cannot be one. */
function toPart(text: string, word: Word): Part | undefined {
  const key = wordKey(word.text);
  if (TITLES.has(key) || SUFFIXES.has(key) || isGlued(text, word)) return undefined;
  const shape = wordShape(word.text);
  if (shape === "initial") return { word, role: "initial", cls: "unknown", weak: false };
  if (shape === "lower" && PARTICLES.has(key)) return { word, role: "particle", cls: "english", weak: false };
  const lexicon = getLexicon();
  if (shape === "capitalised") return { word, role: "name", cls: lexicon.classify(word.text), weak: false };
  // All-caps words of 2–3 letters are acronyms (TV, SSN, ASAP); longer ones may be a shouted name.
  if (shape === "upper" && word.text.length >= 4) return { word, role: "name", cls: lexicon.classify(word.text), weak: true };
  // Lower-case text has lost its capitals ("leone mazzi"): only listed names count, plus initials.
  if (shape === "lower" && !lineHasUpper(text, word.start)) {
    if (word.text.length === 1 && text[word.end] === ".") return { word, role: "initial", cls: "unknown", weak: false };
    const cls = lexicon.classify(word.text);
    return cls === "name" || cls === "unknown" ? { word, role: "name", cls, weak: cls === "unknown" } : undefined;
  }
  return undefined;
}

function isTitled(text: string, word: Word): boolean {
  const before = /(\p{L}+)\.?[^\S\n]{1,2}$/u.exec(text.slice(Math.max(0, word.start - 14), word.start));
  return before?.[1] !== undefined && TITLES.has(before[1].toLowerCase());
}

/** Decides whether a run of adjacent parts is a person's name; returns its score or undefined. */
function scoreSegment(text: string, parts: Part[]): number | undefined {
  const first = parts[0];
  if (!first) return undefined;
  const names = parts.filter((p) => p.role === "name");
  if (names.length === 0) return undefined;
  if (isTitled(text, first.word) || isAnnounced(text, first.word.start)) return 0.85;
  const listed = names.filter((p) => p.cls === "name").length;
  const unknown = names.filter((p) => p.cls === "unknown" && !p.weak).length;
  const ambiguous = names.filter((p) => p.cls === "ambiguous").length;
  const initials = parts.length - names.length;
  if (listed > 0) return 0.7;
  if (unknown > 0) return 0.5;
  if (ambiguous >= 2 || (ambiguous === 1 && initials > 0)) return 0.6;
  return undefined;
}

/** Splits the word stream into runs of adjacent possible name parts. */
function runs(text: string, all: Word[]): Part[][] {
  const out: Part[][] = [];
  let current: Part[] = [];
  for (const word of all) {
    const part = toPart(text, word);
    const previous = current[current.length - 1];
    const gap = previous ? text.slice(previous.word.end, word.start) : "";
    const adjacent = previous && (SPACE_ONLY.test(gap) || (previous.role === "initial" && AFTER_INITIAL.test(gap)));
    if (!part || !adjacent) {
      if (current.length) out.push(current);
      current = [];
    }
    if (part) current.push(part);
  }
  if (current.length) out.push(current);
  return out;
}

/** Cuts a run at plain English words (unless a title or announcer makes the next word a name). */
function segments(text: string, run: Part[]): Part[][] {
  const out: Part[][] = [];
  let current: Part[] = [];
  for (const part of run) {
    const forced = current.length === 0 && part.role === "name" && (isTitled(text, part.word) || isAnnounced(text, part.word.start));
    if (part.cls === "english" && part.role === "name" && !forced) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    current.push(part);
  }
  if (current.length) out.push(current);
  // Particles and initials cannot start or end a name on their own ("de", a trailing "A.").
  return out.map((seg) => {
    let s = 0;
    let e = seg.length;
    while (s < e && seg[s]?.role === "particle") s++;
    while (e > s && seg[e - 1]?.role === "particle") e--;
    return seg.slice(s, e);
  });
}

/**
 * Person names: runs of capitalised words that are listed first/last names or are not common
 * English words, names after titles (Mr, Dr) and announcers ("my name is", "patient:"), with
 * initials and particles inside. Capitalised English words split runs, so "Entertainment Weekly"
 * stays while "Sue D. Hague" is found.
 */
export const personNameRecognizer: Recognizer = {
  name: "person-name",
  find(text) {
    const spans: Span[] = [];
    for (const run of runs(text, words(text))) {
      for (const seg of segments(text, run)) {
        const score = scoreSegment(text, seg);
        const first = seg[0];
        const last = seg[seg.length - 1];
        if (score === undefined || !first || !last) continue;
        const end = last.role === "initial" && text[last.word.end] === "." ? last.word.end + 1 : last.word.end;
        spans.push({ start: first.word.start, end, type: "PERSON", score });
      }
    }
    return spans;
  },
};
