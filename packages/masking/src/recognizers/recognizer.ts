import type { Span } from "../types.js";

/** One detector for one family of identifiers; `find` must be pure and side-effect free. */
export interface Recognizer {
  readonly name: string;
  /** Everything it finds contains a digit, so text without one is skipped (a cheap pre-check). */
  readonly needsDigit?: boolean;
  find(text: string): Span[];
}

/**
 * Runs a global regex over `text` and turns each accepted match into a span. `accept` sees the
 * match and returns the span's type and score, or undefined to reject it (a checksum failed, no
 * context). Captures can narrow the span: pass `group` to use that capture's indices (needs /d).
 *
 * @example
 * const spans = scan("a@b.co", /\S+@\S+/g, () => ({ type: "EMAIL_ADDRESS", score: 0.9 }));
 */
export function scan(
  text: string,
  regex: RegExp,
  accept: (match: RegExpExecArray) => { type: string; score: number } | undefined,
  group = 0,
): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const verdict = accept(m);
    if (!verdict) continue;
    const range: readonly [number, number] | undefined = group === 0 ? [m.index, m.index + m[0].length] : m.indices?.[group];
    if (!range) continue;
    spans.push({ start: range[0], end: range[1], type: verdict.type, score: verdict.score });
  }
  return spans;
}
