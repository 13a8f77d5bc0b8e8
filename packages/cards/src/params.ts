// Flattens masked params into a bounded list of "path: value" lines. Long values are collapsed
// and the list is capped, so a huge payload can never push a card over a platform limit.
import type { ParamLine } from "./types.js";
import { truncate } from "./text.js";

export interface ParamLimits {
  /** Most lines shown; the rest are summarised in one "… N more" line. */
  maxLines: number;
  /** Longest value shown, in characters. */
  maxValue: number;
  /** Longest path shown, in characters. */
  maxPath: number;
  /** Deepest nesting flattened; deeper values are shown as compact JSON. */
  maxDepth: number;
}

export const DEFAULT_PARAM_LIMITS: ParamLimits = { maxLines: 12, maxValue: 160, maxPath: 60, maxDepth: 4 };

/**
 * @example
 * flattenParams({ table: "patients", filter: { since: "2024" } })
 * // { lines: [{ path: "table", value: "patients" }, { path: "filter.since", value: "2024" }], hidden: 0 }
 */
export function flattenParams(params: unknown, limits: ParamLimits = DEFAULT_PARAM_LIMITS): { lines: ParamLine[]; hidden: number } {
  const lines: ParamLine[] = [];
  let total = 0;
  const visit = (value: unknown, path: string, depth: number): void => {
    const isContainer = typeof value === "object" && value !== null;
    const entries = isContainer ? Object.entries(value) : [];
    if (isContainer && entries.length > 0 && depth < limits.maxDepth) {
      for (const [key, child] of entries) {
        visit(child, path ? `${path}.${key}` : key, depth + 1);
        // Stop walking huge payloads early: only the count matters past the cap.
        if (total > limits.maxLines + 10_000) return;
      }
      return;
    }
    total += 1;
    if (lines.length < limits.maxLines) {
      lines.push({ path: truncate(path || "(value)", limits.maxPath), value: collapse(value, limits.maxValue) });
    }
  };
  visit(params, "", 0);
  return { lines, hidden: total - lines.length };
}

function collapse(value: unknown, max: number): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "bigint") text = value.toString();
  else {
    try {
      // undefined, functions and symbols stringify to undefined; cycles and the like throw.
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = `[unprintable ${typeof value}]`;
    }
  }
  const oneLine = text.replace(/\s+/g, " ");
  if (oneLine.length <= max) return oneLine;
  return `${truncate(oneLine, max)} (${oneLine.length} chars)`;
}
