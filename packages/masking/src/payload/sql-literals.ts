import { classifyField } from "./field-names.js";

/** A value inside a SQL statement: where it is, and the column it is compared with or inserted into. */
export interface SqlValue {
  start: number;
  end: number;
  /** Type implied by the column name, if any (`ssn = '…'` → US_SSN). */
  columnType?: string;
  /** A string literal (its quotes excluded from start/end) rather than a bare number. */
  quoted: boolean;
}

const STATEMENT = /^\s*(?:select|insert|update|delete|with|merge|upsert|replace|copy|call|exec(?:ute)?)\b/i;
const LITERAL = /'(?:[^']|'')*'|\b\d[\d.-]*\b/g;
const COMPARED_COLUMN = /([A-Za-z_][\w]*)["`\]]?\s*(?:=|<>|!=|\bi?like\b|\bin\s*\(|\bbetween\b)\s*(?:'(?:[^']|'')*'\s*,\s*)*$/i;
const INSERT = /\binsert\s+into\s+[\w."`[\]]+\s*\(([^)]*)\)\s*values\s*/gi;

/**
 * True when the string reads as a SQL statement.
 *
 * @example
 * looksLikeSql("SELECT * FROM patients WHERE ssn = '123-45-6789'"); // true
 */
export function looksLikeSql(text: string): boolean {
  return STATEMENT.test(text) && /\b(?:from|into|set|values|where|table)\b/i.test(text);
}

/** The VALUES lists of `INSERT INTO t (a, b) VALUES (…)` statements, with their column names. */
function insertCursors(sql: string): TupleCursor[] {
  const out: TupleCursor[] = [];
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(sql); m !== null; m = INSERT.exec(sql)) {
    const columns = (m[1] ?? "").split(",").map((c) => c.trim().replace(/["`[\]]/g, ""));
    out.push(new TupleCursor(sql, m.index + m[0].length, columns));
  }
  return out;
}

/** Walks a VALUES list forward, tracking which tuple position the cursor is in (top-level commas). */
class TupleCursor {
  private index: number;
  private depth = 0;
  private position = 0;
  private inString = false;

  constructor(
    private readonly sql: string,
    readonly tupleStart: number,
    readonly columns: string[],
  ) {
    this.index = tupleStart;
  }

  /** Position of the value at `offset` (offsets must not decrease), or undefined outside a tuple. */
  positionAt(offset: number): number | undefined {
    for (; this.index < offset; this.index++) {
      const ch = this.sql[this.index];
      if (ch === "'") this.inString = !this.inString;
      if (this.inString) continue;
      if (ch === "(") this.depth++;
      else if (ch === ")" && --this.depth === 0) this.position = 0;
      else if (ch === "," && this.depth === 1) this.position++;
    }
    return this.depth >= 1 ? this.position : undefined;
  }
}

/**
 * String and numeric literals of a SQL statement with the column each belongs to. Identifiers
 * (tables, columns) are never returned, so `FROM patients` stays readable.
 *
 * @example
 * sqlValues("SELECT * FROM patients WHERE ssn = '123-45-6789'");
 * // [{ start: 36, end: 47, columnType: "US_SSN", quoted: true }]
 */
export function sqlValues(sql: string): SqlValue[] {
  const inserts = insertCursors(sql);
  const values: SqlValue[] = [];
  LITERAL.lastIndex = 0;
  for (let m = LITERAL.exec(sql); m !== null; m = LITERAL.exec(sql)) {
    const quoted = m[0].startsWith("'");
    const column = COMPARED_COLUMN.exec(sql.slice(Math.max(0, m.index - 200), m.index))?.[1];
    let columnType = column ? classifyField(column) : undefined;
    const insert = inserts.findLast((i) => i.tupleStart <= m.index);
    if (!columnType && insert) {
      const position = insert.positionAt(m.index);
      const name = position === undefined ? undefined : insert.columns[position];
      columnType = name ? classifyField(name) : undefined;
    }
    // Bare numbers matter only when their column is sensitive (LIMIT 10 and ports stay).
    if (!quoted && !columnType) continue;
    const start = quoted ? m.index + 1 : m.index;
    const end = quoted ? m.index + m[0].length - 1 : m.index + m[0].length;
    values.push({ start, end, columnType, quoted });
  }
  return values;
}
