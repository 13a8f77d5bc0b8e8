import { detect } from "../detect.js";
import { replacementFor } from "../mask/mask.js";
import type { MaskStyle, Span } from "../types.js";
import { sampleCells } from "./sample-rows.js";
import { looksLikeSql, sqlValues } from "./sql-literals.js";

/** A string with its masks applied and the types that were masked (one per masked span). */
export interface MaskedString {
  text: string;
  types: string[];
}

/** Spans to mask inside a region: the whole region for a typed column, else what detection finds there. */
function regionSpans(text: string, start: number, end: number, columnType: string | undefined, minScore: number): Span[] {
  if (start >= end) return [];
  if (columnType) return [{ start, end, type: columnType, score: 1 }];
  return detect(text.slice(start, end), { minScore }).map((s) => ({ ...s, start: s.start + start, end: s.end + start }));
}

/**
 * Masks a string leaf of a payload: SQL statements have only their literals masked (identifiers
 * such as table names stay), CSV/TSV samples are masked cell by cell using their header, and any
 * other string is scanned as free text.
 *
 * @example
 * maskString("SELECT * FROM patients WHERE ssn = '123-45-6789'", "tag", undefined, 0).text;
 * // "SELECT * FROM patients WHERE ssn = '[SSN]'"
 */
export function maskString(text: string, style: MaskStyle, secret: string | undefined, minScore: number): MaskedString {
  let spans: Span[];
  if (looksLikeSql(text)) {
    spans = sqlValues(text).flatMap((v) => regionSpans(text, v.start, v.end, v.columnType, minScore));
  } else {
    const cells = text.includes("\n") ? sampleCells(text) : undefined;
    spans = cells ? cells.flatMap((c) => regionSpans(text, c.start, c.end, c.columnType, minScore)) : detect(text, { minScore });
  }
  let out = "";
  let cursor = 0;
  const types: string[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + replacementFor(span.type, text.slice(span.start, span.end), style, secret);
    types.push(span.type);
    cursor = span.end;
  }
  return { text: out + text.slice(cursor), types };
}
