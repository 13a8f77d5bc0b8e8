// Durations in policy files are short strings such as `30m`, `1h`, `1h30m` or `2d`: readable in
// review and impossible to confuse units with (a bare number would be).

const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/**
 * Parses a duration into whole seconds, or returns null when the text is not a duration.
 * Units: d, h, m, s, largest first, each at most once. Zero is not a duration.
 *
 * @example parseDuration("1h30m") // 5400
 * @example parseDuration("90") // null (a unit is required)
 */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === "") return null;
  const [, d, h, min, s] = m;
  const seconds = Number(d ?? 0) * 86_400 + Number(h ?? 0) * 3_600 + Number(min ?? 0) * 60 + Number(s ?? 0);
  return seconds > 0 ? seconds : null;
}

/**
 * Formats seconds back into the shortest duration string (for messages and `explain`).
 *
 * @example formatDuration(5400) // "1h30m"
 */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join("") || "0s";
}
