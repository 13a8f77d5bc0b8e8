// Parses one policy file with the `yaml` package, keeping a LineCounter so every node's offset can
// be turned into the line and column an author sees in their editor.
import { LineCounter, parseDocument, type Document } from "yaml";
import type { PolicyIssue } from "../errors.js";

/** A parsed file plus what is needed to report positions in it. */
export interface SourceFile {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

/** A place in a source file, 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Collects issues across files; readers add to it instead of throwing so all errors surface. */
export class IssueList {
  readonly items: PolicyIssue[] = [];

  add(at: Position, message: string, ruleId?: string): void {
    this.items.push(ruleId === undefined ? { ...at, message } : { ...at, ruleId, message });
  }
}

/**
 * Line and column (1-based) of a character offset in a file.
 *
 * @example positionOf(source, 0) // { file: "p.yaml", line: 1, column: 1 }
 */
export function positionOf(source: SourceFile, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { file: source.file, line, column: col };
}

/**
 * Parses YAML text; syntax errors (including duplicate keys) go to `issues` with their position.
 *
 * @example const src = parseSource("p.yaml", "rules: []", issues)
 */
export function parseSource(file: string, text: string, issues: IssueList): SourceFile {
  const lines = new LineCounter();
  // uniqueKeys: a key given twice would silently keep the last value, a classic policy mistake.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const source = { file, text, doc, lines };
  for (const error of [...doc.errors, ...doc.warnings]) {
    const message = error.code === "DUPLICATE_KEY" ? "duplicate key" : `YAML: ${error.message}`;
    issues.add(positionOf(source, error.pos[0]), message);
  }
  return source;
}
