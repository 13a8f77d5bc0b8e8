import { toNamePart, type NameContext } from "../names/name-parts.js";
import { lowerCaseLines } from "../text/line-casing.js";
import { propagateNames } from "../names/name-propagation.js";
import { nameRuns, nameSegments, scoreSegment, segmentSpan } from "../names/name-segments.js";
import type { Span } from "../types.js";
import { words as splitWords } from "../text/words.js";
import type { Recognizer } from "./recognizer.js";

/**
 * Person names. First pass: runs of capitalised words that are listed first/last names or are
 * not common English words, names after titles (Mr, Dr) and announcers ("my name is"), with
 * initials, particles and suffixes; capitalised English words split runs, so "Entertainment
 * Weekly" stays while "Sue D. Hague" is found. Second pass: repeated mentions, coordinated names,
 * speaker labels and names capitalised mid-sentence.
 */
export const personNameRecognizer: Recognizer = {
  name: "person-name",
  find(text) {
    const ctx: NameContext = { text, lowerCase: lowerCaseLines(text) };
    const words = splitWords(text);
    const parts = words.map((w) => toNamePart(ctx, w));
    const spans: Span[] = [];
    for (const run of nameRuns(text, words, parts)) {
      for (const seg of nameSegments(text, run)) {
        const score = scoreSegment(text, seg);
        if (score !== undefined) spans.push(segmentSpan(text, seg, score));
      }
    }
    return propagateNames(ctx, words, parts, spans);
  },
};
