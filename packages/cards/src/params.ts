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
  // Never build more text than can be shown: a nested megabyte payload must stay cheap to render.
  const budget = max * 2;
  const text = typeof value === "string" ? value.slice(0, budget) : boundedJson(value, budget);
  const fullLength = typeof value === "string" ? value.length : null;
  const oneLine = text.replace(/\s+/g, " ");
  if (oneLine.length <= max && (fullLength === null || fullLength <= budget)) return oneLine;
  return `${truncate(oneLine, max)}${fullLength !== null ? ` (${fullLength} chars)` : ""}`;
}

/** JSON.stringify that stops once `budget` characters are written (cycles and BigInts tolerated). */
export function boundedJson(value: unknown, budget: number): string {
  let out = "";
  const seen = new Set<object>();
  const write = (v: unknown): void => {
    if (out.length > budget) return;
    if (typeof v === "string") out += JSON.stringify(v.length > budget ? v.slice(0, budget) : v);
    else if (typeof v === "bigint") out += v.toString();
    else if (typeof v !== "object" || v === null) out += JSON.stringify(v) ?? typeof v;
    else if (seen.has(v)) out += '"[cycle]"';
    else {
      seen.add(v);
      const isArray = Array.isArray(v);
      out += isArray ? "[" : "{";
      let first = true;
      for (const [k, child] of Object.entries(v)) {
        if (out.length > budget) break;
        out += first ? "" : ",";
        first = false;
        if (!isArray) out += `${JSON.stringify(k)}:`;
        write(child);
      }
      out += isArray ? "]" : "}";
      seen.delete(v);
    }
  };
  write(value);
  return out;
}
