/**
 * Builds a whole-word, case-insensitive matcher for context cues. Whole words matter: a
 * substring search would find `ip` inside "recipient" or `dob` inside "adobe".
 *
 * @example
 * const cue = wordCue(["phone", "fax", "call me"]);
 * cue.test("Please call me at"); // true
 * cue.test("telephoned");         // false
 */
export function wordCue(words: readonly string[]): RegExp {
  const alternatives = words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s_-]+"))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

/**
 * True when `cue` occurs in the `window` characters before `index` (the cue must end there).
 *
 * @example
 * hasCueBefore("SSN: 123456789", 5, wordCue(["ssn"])); // true
 */
export function hasCueBefore(text: string, index: number, cue: RegExp, window = 40): boolean {
  return cue.test(text.slice(Math.max(0, index - window), index));
}

/**
 * True when `cue` occurs in the `window` characters after `index`.
 *
 * @example
 * hasCueAfter("555 0134 (mobile)", 8, wordCue(["mobile"])); // true
 */
export function hasCueAfter(text: string, index: number, cue: RegExp, window = 20): boolean {
  return cue.test(text.slice(index, index + window));
}
