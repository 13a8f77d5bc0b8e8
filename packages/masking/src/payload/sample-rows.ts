import { classifyField } from "./field-names.js";

/** One cell of a delimited sample: where its content lies and the type its column implies. */
export interface Cell {
  start: number;
  end: number;
  columnType?: string;
}

const DELIMITERS = [",", "\t", "|", ";"] as const;
const HEADER_CELL = /^[A-Za-z_][\w .#/-]{0,63}$/;

/** Cell ranges of one line, honouring double quotes ("Smith, John"). */
function splitLine(text: string, lineStart: number, lineEnd: number, delimiter: string): [number, number][] {
  const cells: [number, number][] = [];
  let start = lineStart;
  let quoted = false;
  for (let i = lineStart; i <= lineEnd; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (i === lineEnd || (!quoted && ch === delimiter)) {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s] ?? "")) s++;
      while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
      if (text[s] === '"' && text[e - 1] === '"' && e - s >= 2) {
        s++;
        e--;
      }
      cells.push([s, e]);
      start = i + 1;
    }
  }
  return cells;
}

/**
 * Reads CSV/TSV-like sample rows: two or more lines with the same number of cells for one
 * delimiter. When the first line is a header, each column gets the type its name implies.
 * Returns undefined for text that is not tabular.
 *
 * @example
 * sampleCells("name,ssn\nJohn,123-45-6789")?.filter((c) => c.columnType === "US_SSN").length; // 1
 */
export function sampleCells(text: string): Cell[] | undefined {
  const lines: [number, number][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length - (line.endsWith("\r") ? 1 : 0);
    if (line.trim()) lines.push([start, end]);
    start += line.length + 1;
  }
  if (lines.length < 2) return undefined;
  for (const delimiter of DELIMITERS) {
    const rows = lines.map(([s, e]) => splitLine(text, s, e, delimiter));
    const width = rows[0]?.length ?? 0;
    if (width < 2 || !rows.every((r) => r.length === width)) continue;
    const header = rows[0]!.map(([s, e]) => text.slice(s, e));
    const isHeader = header.every((h) => HEADER_CELL.test(h)) && new Set(header).size === header.length;
    const types = isHeader ? header.map((h) => classifyField(h)) : [];
    return rows.slice(isHeader ? 1 : 0).flatMap((row) => row.map(([s, e], i) => ({ start: s, end: e, columnType: types[i] })));
  }
  return undefined;
}
