import { wordKey } from "../lexicon/lexicon.js";
import type { Span } from "../types.js";
import type { Word } from "../text/words.js";
import type { NameContext, NamePart } from "./name-parts.js";

const CONJUNCTION_BEFORE = /^[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+|&[^\S\n]*)?|[^\S\n]+(?:and|or|&)[^\S\n]+)$/;
const SPEAKER_BEFORE = /(?:^|\n)[^\S\n>|*-]*[>|*-]*[^\S\n]*$/;
const SENTENCE_BOUNDARY = /[.!?:;"“«(\n][^\S\n]*$/;

function covers(spans: Span[], word: Word): boolean {
  return spans.some((s) => s.start <= word.start && s.end >= word.end);
}

const single = (word: Word, score: number): Span => ({ start: word.start, end: word.end, type: "PERSON", score });

/** Another mention of a name already found ("… directed by Brad L Key and starring Key"). */
function repeatedMentions(words: Word[], parts: (NamePart | undefined)[], spans: Span[]): Span[] {
  const known = new Set<string>();
  words.forEach((w, i) => {
    const p = parts[i];
    if (p?.role === "name" && p.cls !== "english" && w.text.length >= 3 && covers(spans, w)) known.add(wordKey(w.text));
  });
  const found: Span[] = [];
  words.forEach((w, i) => {
    const p = parts[i];
    if (p?.role === "name" && known.has(wordKey(w.text)) && !covers(spans, w)) found.push(single(w, 0.6));
  });
  return found;
}

/** Names listed with a found name: "Monjeau, Graves and Reed", "Usamov and Bowers". */
function coordinated(text: string, words: Word[], parts: (NamePart | undefined)[], spans: Span[]): Span[] {
  const found: Span[] = [];
  for (let round = 0; round < 6; round++) {
    const all = [...spans, ...found];
    let added = false;
    words.forEach((w, i) => {
      const p = parts[i];
      if (p?.role !== "name" || p.cls === "english" || covers(all, w)) return;
      const left = all.some((s) => s.end <= w.start && CONJUNCTION_BEFORE.test(text.slice(s.end, w.start)));
      const right = all.some((s) => s.start >= w.end && CONJUNCTION_BEFORE.test(text.slice(w.end, s.start)));
      if (left || right) {
        found.push(single(w, 0.55));
        all.push(found[found.length - 1]!);
        added = true;
      }
    });
    if (!added) break;
  }
  return found;
}

/** "Wisdom and Discipline": listed with a capitalised common noun, the word is a concept, not a name. */
function coordinatedWithNoun(text: string, words: Word[], parts: (NamePart | undefined)[], i: number): boolean {
  const isNoun = (k: number) => parts[k]?.capitalised === true && parts[k]?.cls === "english";
  const conj = (a: Word | undefined, b: Word | undefined) => a !== undefined && b !== undefined && CONJUNCTION_BEFORE.test(text.slice(a.end, b.start));
  const after = words[i + 2] !== undefined && /^(?:and|or)$/.test(words[i + 1]?.text ?? "") && isNoun(i + 2);
  const before = words[i - 2] !== undefined && /^(?:and|or)$/.test(words[i - 1]?.text ?? "") && isNoun(i - 2);
  return after || before || (conj(words[i], words[i + 1]) && isNoun(i + 1));
}

/**
 * Names that are also English words, recognised by position: a dialogue speaker ("Maria: …"), or
 * a capitalised word inside a lower-case sentence ("Scott had given Belle his address",
 * "Remember me, Maria?") where English would not capitalise it.
 */
function capitalisedInContext(ctx: NameContext, words: Word[], parts: (NamePart | undefined)[], spans: Span[]): Span[] {
  const { text } = ctx;
  const found: Span[] = [];
  words.forEach((w, i) => {
    const p = parts[i];
    if (p?.role !== "name" || !p.capitalised || p.weak || covers(spans, w)) return;
    const before = text.slice(Math.max(0, w.start - 30), w.start);
    if (SPEAKER_BEFORE.test(before) && /^[^\S\n]*:/.test(text.slice(w.end, w.end + 3)) && p.cls !== "english") {
      found.push(single(w, 0.6));
      return;
    }
    if (p.cls !== "ambiguous" || SENTENCE_BOUNDARY.test(before) || ctx.lowerCase(w.start)) return;
    const prev = words[i - 1];
    const next = words[i + 1];
    const prevLower = prev !== undefined && /^\p{Ll}/u.test(prev.text) && !/\n/.test(text.slice(prev.end, w.start));
    const nextCapital = next !== undefined && /^\p{Lu}/u.test(next.text) && /^[^\S\n]+$/.test(text.slice(w.end, next.start));
    if ((prevLower || /,[^\S\n]*$/.test(before)) && !nextCapital && !coordinatedWithNoun(text, words, parts, i)) found.push(single(w, 0.5));
  });
  return found;
}

/**
 * Second pass over the words once the first names are known: repeated mentions, coordinated
 * names, speaker labels and names capitalised inside lower-case sentences.
 */
export function propagateNames(ctx: NameContext, words: Word[], parts: (NamePart | undefined)[], spans: Span[]): Span[] {
  const mentions = repeatedMentions(words, parts, spans);
  const positional = capitalisedInContext(ctx, words, parts, [...spans, ...mentions]);
  const base = [...spans, ...mentions, ...positional];
  return [...base, ...coordinated(ctx.text, words, parts, base)];
}
