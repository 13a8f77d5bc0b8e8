import type { Span } from "./types.js";

const LEADING = /^[\s,;:()[\]{}"'-]+/;
const TRAILING = /[\s,;:()[\]{}"'-]+$/;
const ALNUM = /[\p{L}\p{N}]/u;

function trimPiece(text: string, start: number, end: number): [number, number] {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.replace(LEADING, "").length;
  const trail = piece.length - piece.replace(TRAILING, "").length;
  return [start + lead, Math.max(start + lead, end - trail)];
}

/** Index of the first interval in `kept` (sorted, disjoint) that ends after `position`. */
function firstEndingAfter(kept: Span[], position: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.end <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Resolves one cluster of overlapping spans; `kept` stays sorted and disjoint, so each step is a binary search. */
function resolveCluster(text: string, cluster: Span[], out: Span[]): void {
  const ranked = [...cluster].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of ranked) {
    // The parts of this span not yet covered by a better one.
    const pieces: [number, number][] = [];
    let cursor = span.start;
    let i = firstEndingAfter(kept, span.start);
    for (; i < kept.length && kept[i]!.start < span.end; i++) {
      if (kept[i]!.start > cursor) pieces.push([cursor, kept[i]!.start]);
      cursor = Math.max(cursor, kept[i]!.end);
    }
    if (cursor < span.end) pieces.push([cursor, span.end]);
    for (const [s, e] of pieces) {
      const [ts, te] = trimPiece(text, s, e);
      if (te > ts && ALNUM.test(text.slice(ts, te))) kept.splice(firstEndingAfter(kept, ts), 0, { ...span, start: ts, end: te });
    }
  }
  out.push(...kept);
}

/**
 * Resolves overlapping detections: higher score wins, then the longer span. A lower-ranked span
 * that only partly overlaps keeps its uncovered remainder, so nothing a recognizer found is
 * left visible. Returns non-overlapping spans sorted by start. Runs in O(n log n): only clusters
 * of overlapping spans are ranked.
 *
 * @example
 * resolveOverlaps("Call 555-0100", [
 *   { start: 5, end: 13, type: "PHONE_NUMBER", score: 0.8 },
 *   { start: 5, end: 8, type: "ZIP_CODE", score: 0.4 },
 * ]); // [{ start: 5, end: 13, type: "PHONE_NUMBER", score: 0.8 }]
 */
export function resolveOverlaps(text: string, spans: Span[]): Span[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let cluster: Span[] = [];
  let clusterEnd = -1;
  for (const span of byStart) {
    if (cluster.length > 0 && span.start >= clusterEnd) {
      if (cluster.length === 1) out.push(cluster[0]!);
      else resolveCluster(text, cluster, out);
      cluster = [];
    }
    cluster.push(span);
    clusterEnd = cluster.length === 1 ? span.end : Math.max(clusterEnd, span.end);
  }
  if (cluster.length === 1) out.push(cluster[0]!);
  else if (cluster.length > 1) resolveCluster(text, cluster, out);
  return out.sort((a, b) => a.start - b.start);
}
