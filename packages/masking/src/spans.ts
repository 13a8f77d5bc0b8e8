import type { Span } from "./types.js";


function trimPiece(text: string, start: number, end: number): [number, number] {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.replace(/^[\s,;:()[\]{}"'-]+/, "").length;
  const trail = piece.length - piece.replace(/[\s,;:()[\]{}"'-]+$/, "").length;
  return [start + lead, Math.max(start + lead, end - trail)];
}

/**
 * Resolves overlapping detections: higher score wins, then the longer span. A lower-ranked span
 * that only partly overlaps keeps its uncovered remainder, so nothing a recognizer found is
 * left visible. Returns non-overlapping spans sorted by start.
 *
 * @example
 * resolveOverlaps("Call 555-0100", [
 *   { start: 5, end: 13, type: "PHONE_NUMBER", score: 0.8 },
 *   { start: 5, end: 8, type: "ZIP_CODE", score: 0.4 },
 * ]); // [{ start: 5, end: 13, type: "PHONE_NUMBER", score: 0.8 }]
 */
export function resolveOverlaps(text: string, spans: Span[]): Span[] {
  const ranked = [...spans].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of ranked) {
    if (!kept.some((k) => k.start < span.end && k.end > span.start)) {
      kept.push(span);
      continue;
    }
    let pieces: [number, number][] = [[span.start, span.end]];
    for (const k of kept) {
      if (k.end <= span.start || k.start >= span.end) continue;
      pieces = pieces.flatMap(([s, e]): [number, number][] => {
        if (k.end <= s || k.start >= e) return [[s, e]];
        const out: [number, number][] = [];
        if (k.start > s) out.push([s, k.start]);
        if (k.end < e) out.push([k.end, e]);
        return out;
      });
    }
    for (const [s, e] of pieces) {
      const [ts, te] = trimPiece(text, s, e);
      if (te - ts >= 1 && /[\p{L}\p{N}]/u.test(text.slice(ts, te))) kept.push({ ...span, start: ts, end: te });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

