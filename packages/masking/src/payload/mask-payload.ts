import { MaskingError } from "../errors.js";
import { replacementFor } from "../mask/mask.js";
import type { MaskStyle, PayloadMaskOptions, PayloadMaskResult } from "../types.js";
import { classifyField } from "./field-names.js";
import { maskString } from "./mask-string.js";
import { formatPath, pathMatcher, styleMatcher, type PathSegment } from "./paths.js";

interface Walk {
  always: (path: readonly PathSegment[]) => boolean;
  never: (path: readonly PathSegment[]) => boolean;
  styleAt: (path: readonly PathSegment[]) => MaskStyle | undefined;
  options: PayloadMaskOptions;
  findings: Map<string, { path: string; type: string }>;
}

function record(walk: Walk, path: readonly PathSegment[], type: string): void {
  const entry = { path: formatPath(path), type };
  walk.findings.set(`${entry.path}\u0000${type}`, entry);
}

/** Whole-value masking of a primitive under a sensitive field name; ages of 89 or less stay (Safe Harbor). */
function maskLeaf(walk: Walk, value: string | number | bigint | boolean, type: string, path: readonly PathSegment[], style: MaskStyle): unknown {
  if (type === "AGE" && Number(value) <= 89) return value;
  const text = String(value);
  if (text.trim() === "") return value;
  record(walk, path, type);
  return replacementFor(type, text, style, walk.options.secret);
}

function visit(walk: Walk, value: unknown, path: PathSegment[], inherited: string | undefined): unknown {
  if (walk.never(path)) return value;
  const style = walk.styleAt(path) ?? walk.options.style;
  if (path.length > 0 && walk.always(path)) {
    if (value === null || value === undefined) return value;
    record(walk, path, "REDACTED");
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return style === "pseudonym" ? replacementFor("REDACTED", text, style, walk.options.secret) : "[REDACTED]";
  }
  if (Array.isArray(value)) return value.map((item, i) => visit(walk, item, [...path, i], inherited));
  if (value !== null && typeof value === "object") {
    const parent = path.findLast((s): s is string => typeof s === "string");
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = visit(walk, child, [...path, key], classifyField(key, parent) ?? inherited);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    if (inherited) return maskLeaf(walk, value, inherited, path, style);
    if (typeof value !== "string") return value; // row counts, ports and flags stay readable
    const masked = maskString(value, style, walk.options.secret, walk.options.minScore ?? 0);
    for (const type of masked.types) record(walk, path, type);
    return masked.text;
  }
  return value;
}

/**
 * Masks a JSON payload before it is stored or shown. Fields are classified by name (`ssn`,
 * `dob`, `patient_name`, `email`, … — whole words, so `recipient` is not an IP) and masked whole,
 * numbers included; other strings are scanned as text, SQL (literals only) or CSV samples (by
 * column). Policy hints: `always` paths are masked whole, `never` paths are left as they are
 * (`*` matches any key or index), `styles` override the style per path. The input is not modified.
 *
 * @example
 * maskPayload({ patient: { ssn: 123456789, note: "Call 415-555-0134" } }, { style: "tag" });
 * // { masked: { patient: { ssn: "[SSN]", note: "Call [PHONE]" } },
 * //   findings: [{ path: "patient.ssn", type: "US_SSN" }, { path: "patient.note", type: "PHONE_NUMBER" }] }
 */
export function maskPayload(value: unknown, options: PayloadMaskOptions): PayloadMaskResult {
  const usesPseudonyms = options.style === "pseudonym" || Object.values(options.styles ?? {}).includes("pseudonym");
  if (usesPseudonyms && !options.secret) throw new MaskingError("MASKING_SECRET_REQUIRED", "the pseudonym style needs the server secret");
  const walk: Walk = {
    always: pathMatcher(options.always),
    never: pathMatcher(options.never),
    styleAt: styleMatcher(options.styles),
    options,
    findings: new Map(),
  };
  const masked = visit(walk, value, [], undefined);
  return { masked, findings: [...walk.findings.values()] };
}
