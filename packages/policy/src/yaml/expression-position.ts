// Maps an offset inside an expression (a CEL error position) back to the line and column in the
// YAML file. Exact for plain and quoted single-line scalars without escapes and for `|` blocks;
// otherwise it points at the start of the value, which is still the right line for short values.
import { isScalar, Scalar } from "yaml";
import type { YamlNode } from "./node.js";
import { positionOf, type Position } from "./source.js";

/**
 * Where, in the file, character `offset` of the scalar's value is.
 *
 * @example expressionPosition(whenNode, 12) // { file: "p.yaml", line: 7, column: 23 }
 */
export function expressionPosition(value: YamlNode, offset: number): Position {
  const node = value.content;
  if (!isScalar(node) || typeof node.value !== "string" || !node.range) return value.position;
  const start = node.range[0];
  const raw = value.source.text.slice(node.range[0], node.range[1]);
  if (node.type === Scalar.PLAIN && raw === node.value) return positionOf(value.source, start + offset);
  if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && raw.slice(1, -1) === node.value) {
    return positionOf(value.source, start + 1 + offset);
  }
  if (node.type === Scalar.BLOCK_LITERAL) return blockPosition(value, start, raw, node.value, offset) ?? value.position;
  return value.position;
}

function blockPosition(value: YamlNode, start: number, raw: string, text: string, offset: number): Position | undefined {
  const before = text.slice(0, offset).split("\n");
  const lineIndex = before.length - 1;
  const columnInLine = (before[lineIndex] as string).length;
  // The block starts with its header line (`|`, `|-` …); content lines follow, indented.
  const rawLines = raw.split("\n");
  const contentLines = rawLines.slice(1);
  const indent = /^ */.exec(contentLines.find((l) => l.trim() !== "") ?? "")?.[0].length ?? 0;
  if (lineIndex >= contentLines.length) return undefined;
  const header = positionOf(value.source, start);
  return { file: header.file, line: header.line + 1 + lineIndex, column: indent + columnInLine + 1 };
}
