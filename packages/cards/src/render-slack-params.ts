import { flattenParams } from "./params.js";
import { escapeWithin } from "./text.js";

/**
 * The "Parameters" section text: one bullet per flattened (masked) param, within `max` characters
 * however large the payload is.
 *
 * @example renderSlackParams({ table: "patients" }, 3000) // "*Parameters*\n• `table`: patients"
 */
export function renderSlackParams(params: unknown, max: number): string {
  const { lines, hidden } = flattenParams(params);
  if (lines.length === 0) return "*Parameters*\n_none_";
  let text = "*Parameters*";
  // Reserve room for the "… and N more" line so the cap always holds.
  const reserve = 40;
  let shown = 0;
  for (const line of lines) {
    const bullet = `\n• \`${escapeWithin(line.path.replace(/`/g, "ˋ"), 80)}\`: ${escapeWithin(line.value, 400)}`;
    if (text.length + bullet.length > max - reserve) break;
    text += bullet;
    shown += 1;
  }
  const more = hidden + (lines.length - shown);
  if (more > 0) text += `\n_… and ${more} more_`;
  return text;
}
