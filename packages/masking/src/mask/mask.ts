import { detect } from "../detect.js";
import type { MaskOptions, MaskStyle, Span } from "../types.js";
import { labelFor } from "./labels.js";
import { partialFor } from "./partial.js";
import { pseudonymFor } from "./pseudonym.js";

/**
 * The replacement for one value in the given style.
 *
 * @example
 * replacementFor("US_SSN", "123-45-6789", "tag"); // "[SSN]"
 */
export function replacementFor(type: string, value: string, style: MaskStyle, secret?: string): string {
  if (style === "partial") return partialFor(type, value);
  if (style === "pseudonym") return pseudonymFor(type, value, secret);
  return `[${labelFor(type)}]`;
}

/**
 * Replaces the spans of `text` (as returned by `detect`) with masks in the requested style.
 * Overlapping or out-of-range spans are skipped, never partially applied.
 *
 * @example
 * mask("SSN 123-45-6789", [{ start: 4, end: 15, type: "US_SSN", score: 1 }], { style: "partial" });
 * // "SSN ***-**-6789"
 */
export function mask(text: string, spans: readonly Span[], options: MaskOptions): string {
  const ordered = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + replacementFor(span.type, text.slice(span.start, span.end), options.style, options.secret);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/**
 * Detects and masks PHI/PII in free text in one call.
 *
 * @example
 * maskText("Call Dr. Szabina Kiss at 415-555-0134", { style: "tag" });
 * // "Call [PERSON] at [PHONE]"
 */
export function maskText(text: string, options: MaskOptions): string {
  return mask(text, detect(text, { minScore: options.minScore }), options);
}
