import { wordKey } from "../lexicon/lexicon.js";
import type { Span } from "../types.js";
import type { Word } from "../text/words.js";
import type { NameContext, NamePart } from "./name-parts.js";

type Parts = (NamePart | undefined)[];

const single = (word: Word, score: number): Span => ({ start: word.start, end: word.end, type: "PERSON", score });

/** Which words lie inside a span, via a per-character mask (linear in text and spans). */
function coveredWords(text: string, words: Word[], spans: Span[]): boolean[] {
  const mask = new Uint8Array(text.length + 1);
  for (const s of spans) mask.fill(1, s.start, s.end);
  return words.map((w) => mask[w.start] === 1 && mask[w.end - 1] === 1);
}

const isSpaces = (text: string, from: number, to: number) => to > from && /^[^\S\n]+$/.test(text.slice(from, to));
const isCommaGap = (text: string, from: number, to: number) => /^[^\S\n]*[,&][^\S\n]*$/.test(text.slice(from, to));
const CONJUNCTIONS = new Set(["and", "or"]);

/** True when words `a` and `b` (a before b) are joined as list items: "A, B", "A and B", "A, and B", "A & B". */
function listed(text: string, words: Word[], a: number, b: number): boolean {
  const wa = words[a];
  const wb = words[b];
  if (!wa || !wb) return false;
  if (b === a + 1) return isCommaGap(text, wa.end, wb.start);
  const conj = words[a + 1];
  if (b !== a + 2 || !conj || !CONJUNCTIONS.has(conj.text)) return false;
  return (isSpaces(text, wa.end, conj.start) || isCommaGap(text, wa.end, conj.start)) && isSpaces(text, conj.end, wb.start);
}

/** Another mention of a name already found ("… directed by Brad L Key and starring Key"). */
function repeatedMentions(words: Word[], parts: Parts, covered: boolean[]): Span[] {
  const known = new Set<string>();
  words.forEach((w, i) => {
    const p = parts[i];
    if (covered[i] && p?.role === "name" && p.cls !== "english" && w.text.length >= 3) known.add(wordKey(w.text));
  });
  if (known.size === 0) return [];
  const found: Span[] = [];
  words.forEach((w, i) => {
    if (!covered[i] && parts[i]?.role === "name" && known.has(wordKey(w.text))) {
      found.push(single(w, 0.6));
      covered[i] = true;
    }
  });
  return found;
}

/** Names listed with a found name: "Monjeau, Graves and Reed", "Usamov and Bowers". */
function coordinated(text: string, words: Word[], parts: Parts, covered: boolean[]): Span[] {
  const found: Span[] = [];
  for (let round = 0, added = true; added && round < 6; round++) {
    added = false;
    words.forEach((w, i) => {
      const p = parts[i];
      if (covered[i] || p?.role !== "name" || p.cls === "english") return;
      const left = [i - 1, i - 2].some((a) => covered[a] && listed(text, words, a, i));
      const right = [i + 1, i + 2].some((b) => covered[b] && listed(text, words, i, b));
      if (left || right) {
        found.push(single(w, 0.55));
        covered[i] = added = true;
      }
    });
  }
  return found;
}

/** Skips spaces (and quote markers when `markers`) backwards from `index`; returns the new index. */
function skipBack(text: string, index: number, markers: boolean): number {
  let i = index;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t" || (markers && /[>|*-]/.test(text[i - 1] ?? "")))) i--;
  return i;
}

/** "Wisdom and Discipline": listed with a capitalised common noun, the word is a concept, not a name. */
function isCapitalisedNoun(parts: Parts, k: number): boolean {
  return parts[k]?.capitalised === true && parts[k]?.cls === "english";
}

function coordinatedWithNoun(text: string, words: Word[], parts: Parts, i: number): boolean {
  return [i - 2, i - 1, i + 1, i + 2].some((k) => isCapitalisedNoun(parts, k) && (k < i ? listed(text, words, k, i) : listed(text, words, i, k)));
}

/**
 * Names that are also English words, recognised by position: a dialogue speaker ("Maria: …"), or
 * a capitalised word inside a lower-case sentence ("Scott had given Belle his address",
 * "Remember me, Maria?") where English would not capitalise it.
 */
function capitalisedInContext(ctx: NameContext, words: Word[], parts: Parts, covered: boolean[]): Span[] {
  const { text } = ctx;
  const found: Span[] = [];
  words.forEach((w, i) => {
    const p = parts[i];
    if (covered[i] || p?.role !== "name" || !p.capitalised || p.weak) return;
    const lineStart = skipBack(text, w.start, true);
    if (p.cls !== "english" && (lineStart === 0 || text[lineStart - 1] === "\n") && /^[^\S\n]*:/.test(text.slice(w.end, w.end + 3))) {
      found.push(single(w, 0.6));
      return;
    }
    if (p.cls !== "ambiguous" || ctx.lowerCase(w.start)) return;
    const before = skipBack(text, w.start, false);
    const boundary = before === 0 || /[.!?:;"“«(\n]/.test(text[before - 1] ?? "");
    if (boundary) return;
    const prev = words[i - 1];
    const next = words[i + 1];
    const prevLower = prev !== undefined && /^\p{Ll}/u.test(prev.text) && isSpaces(text, prev.end, w.start);
    const nextCapital = next !== undefined && /^\p{Lu}/u.test(next.text) && isSpaces(text, w.end, next.start);
    if ((prevLower || text[before - 1] === ",") && !nextCapital && !coordinatedWithNoun(text, words, parts, i)) found.push(single(w, 0.5));
  });
  return found;
}

/**
 * Second pass over the words once the first names are known: repeated mentions, speaker labels,
 * names capitalised inside lower-case sentences, then names coordinated with any of those.
 */
export function propagateNames(ctx: NameContext, words: Word[], parts: Parts, spans: Span[]): Span[] {
  if (words.length === 0) return spans;
  const covered = coveredWords(ctx.text, words, spans);
  const mentions = repeatedMentions(words, parts, covered);
  const positional = capitalisedInContext(ctx, words, parts, covered);
  const marked = coveredWords(ctx.text, words, positional);
  marked.forEach((m, i) => (covered[i] ||= m));
  return [...spans, ...mentions, ...positional, ...coordinated(ctx.text, words, parts, covered)];
}
