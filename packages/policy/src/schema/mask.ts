// Masking hints: which params paths the masker must always hide (whole value), which it must never
// touch (an approver needs to see the table name), and whether the raw params are kept aside.
// Paths are relative to params, dot-separated, `*` for any key or list index: `patients.*.dob`.
import type { MaskHints, MaskStyle } from "../types.js";
import type { YamlNode } from "../yaml/node.js";

const PATH = /^(?:[A-Za-z0-9_-]+|\*)(?:\.(?:[A-Za-z0-9_-]+|\*))*$/;
const STYLES: readonly MaskStyle[] = ["tag", "partial", "pseudonym"];

export const NO_MASK_HINTS: MaskHints = { always: [], never: [], keepRaw: false };

function readPaths(node: YamlNode, what: string): string[] {
  const paths = node.stringList(what) ?? [];
  for (const p of paths) {
    if (p.startsWith("params.")) node.error(`${what}: paths are relative to params; write '${p.slice(7)}', not '${p}'`);
    else if (!PATH.test(p)) node.error(`${what}: '${p}' is not a params path (dot-separated keys, * for any key or index)`);
  }
  return paths;
}

/**
 * Reads a `mask:` block.
 *
 * @example mask: { always: [ssn, "patients.*.dob"], never: [table], keep_raw: false, styles: { email: partial } }
 */
export function readMask(node: YamlNode): MaskHints {
  const entries = node.map("mask", ["always", "never", "keep_raw", "styles"]);
  if (!entries) return NO_MASK_HINTS;
  const always = entries.has("always") ? readPaths(entries.get("always") as YamlNode, "mask.always") : [];
  const never = entries.has("never") ? readPaths(entries.get("never") as YamlNode, "mask.never") : [];
  const keepRaw = entries.get("keep_raw")?.boolean("mask.keep_raw") ?? false;
  for (const p of always) if (never.includes(p)) (entries.get("never") as YamlNode).error(`'${p}' is both always and never masked`);
  const hints: MaskHints = { always, never, keepRaw };
  const stylesNode = entries.get("styles");
  if (stylesNode) {
    const styles: Record<string, MaskStyle> = {};
    for (const [path, value] of stylesNode.map("mask.styles", "any") ?? []) {
      const style = value.string(`mask style for '${path}'`);
      if (!PATH.test(path)) value.error(`mask.styles: '${path}' is not a params path`);
      else if (style !== undefined && !STYLES.includes(style as MaskStyle)) value.error(`mask style must be one of ${STYLES.join(", ")}`);
      else if (style !== undefined) styles[path] = style as MaskStyle;
    }
    hints.styles = styles;
  }
  return hints;
}

/**
 * True when a params path shown in a reason could reveal a value under an always-masked pattern:
 * the path is the pattern, inside it, or contains it.
 *
 * @example overlapsMasked(["patients"], "patients.*.dob") // true: the whole list would be shown
 */
export function overlapsMasked(path: readonly string[], pattern: string): boolean {
  const segments = pattern.split(".");
  const n = Math.min(path.length, segments.length);
  for (let i = 0; i < n; i++) if (segments[i] !== "*" && segments[i] !== path[i]) return false;
  return true;
}
