import { getLexicon } from "../lexicon/lexicon.js";
import { wordBefore } from "../text/preceding-words.js";
import type { Span } from "../types.js";
import type { Word } from "../text/words.js";
import { isAnnounced, TITLES } from "./name-cues.js";
import type { NamePart } from "./name-parts.js";

const SPACE_ONLY = /^[^\S\n]{1,2}$/;
const AFTER_INITIAL = /^\.?[^\S\n]{0,2}$/;

/** True when an honorific (Mr, Dr, Prof …) stands right before the word. */
export function isTitled(text: string, word: Word): boolean {
  const before = wordBefore(text, word.start);
  return before !== undefined && TITLES.has(before.word.toLowerCase());
}

const SENTENCE_START = /(?:^|[.!?:;"“\n][^\S\n]*)$/;

function opensSentenceAsWord(text: string, part: NamePart): boolean {
  if (part.cls !== "ambiguous" || !part.capitalised) return false;
  const level = getLexicon().englishLevel(part.word.text);
  return level !== undefined && level <= 10 && SENTENCE_START.test(text.slice(Math.max(0, part.word.start - 3), part.word.start));
}

/** Splits the words into runs of adjacent possible name parts (by word index). */
export function nameRuns(text: string, words: Word[], parts: (NamePart | undefined)[]): NamePart[][] {
  const out: NamePart[][] = [];
  let current: NamePart[] = [];
  words.forEach((_, i) => {
    const part = parts[i];
    const previous = current[current.length - 1];
    const gap = previous && part ? text.slice(previous.word.end, part.word.start) : "";
    const adjacent = previous && (SPACE_ONLY.test(gap) || (previous.role === "initial" && AFTER_INITIAL.test(gap)));
    if (!part || !adjacent) {
      if (current.length) out.push(current);
      current = [];
    }
    if (part) current.push(part);
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * Cuts a run at capitalised English words, except where the context says the word is part of a
 * name: first after a title or announcer ("Mr. Young"), after an initial or particle
 * ("Jildau S Bouts", "Willemine ten Pas"), or after a listed first name ("Rebecca Hides").
 */
export function nameSegments(text: string, run: NamePart[]): NamePart[][] {
  const out: NamePart[][] = [];
  let current: NamePart[] = [];
  for (const part of run) {
    const prev = current[current.length - 1];
    const continues = prev && part.capitalised && (prev.role !== "name" || (prev.cls === "name" && current.length === 1));
    // (Inline rather than a named closure: tsx's keepNames would wrap a closure on every word.)
    if (part.role === "name" && part.cls === "english" && !continues && (prev || !(isTitled(text, part.word) || isAnnounced(text, part.word.start)))) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    current.push(part);
  }
  if (current.length) out.push(current);
  // Particles cannot start or end a name ("de", "van"); a very common English word that opens a
  // sentence is a verb or adverb, not a first name ("Call Rose Miller", "Will you …").
  return out
    .map((seg) => {
      let s = 0;
      if (seg.length > 1 && opensSentenceAsWord(text, seg[0]!)) s = 1;
      let e = seg.length;
      while (s < e && seg[s]?.role === "particle") s++;
      while (e > s && seg[e - 1]?.role === "particle") e--;
      return seg.slice(s, e);
    })
    .filter((seg) => seg.length > 0);
}

/** Whether a segment is a person's name: its score, or undefined. */
export function scoreSegment(text: string, seg: NamePart[]): number | undefined {
  const first = seg[0];
  const names = seg.filter((p) => p.role === "name");
  if (!first || names.length === 0) return undefined;
  if (isTitled(text, first.word) || isAnnounced(text, first.word.start)) return 0.85;
  const listed = names.filter((p) => p.cls === "name").length;
  const unknown = names.filter((p) => p.cls === "unknown" && !p.weak).length;
  const ambiguous = names.filter((p) => p.cls === "ambiguous" && !p.weak).length;
  const initials = seg.length - names.length;
  if (listed > 0) return 0.7;
  // A lone unknown word opening a sentence is more often a rare verb ("Reboot the host") than a surname.
  if (seg.length === 1 && SENTENCE_START.test(text.slice(Math.max(0, first.word.start - 3), first.word.start)) && getLexicon().isRareEnglish(first.word.text)) {
    return undefined;
  }
  if (unknown > 0) return 0.5;
  if (ambiguous >= 2 || (ambiguous === 1 && initials > 0)) return 0.6;
  return undefined;
}

/** Span of a segment, widened over a title before it and a suffix after it ("Mrs. … DDS"). */
export function segmentSpan(text: string, seg: NamePart[], score: number): Span {
  const first = seg[0]!;
  const last = seg[seg.length - 1]!;
  let start = first.word.start;
  const title = wordBefore(text, start);
  if (title && TITLES.has(title.word.toLowerCase())) start = title.start;
  let end = last.role === "initial" && text[last.word.end] === "." ? last.word.end + 1 : last.word.end;
  const suffix = /^,?[^\S\n]{1,2}(?:Jr|Sr|II|III|IV|PhD|MD|RN|DDS|DVM|Esq)\b\.?/.exec(text.slice(end, end + 8));
  if (suffix) end += suffix[0].length;
  return { start, end, type: "PERSON", score };
}
