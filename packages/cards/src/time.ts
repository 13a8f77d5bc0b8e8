// Clock-dependent wording. The clock is a parameter so renders are deterministic in tests.

/**
 * "45 min", "2 h 5 min", "3 d 4 h", "less than a minute".
 *
 * @example formatDuration(45 * 60_000) // "45 min"
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/**
 * "expires in 45 min" / "expired", or null when the proposal has no deadline.
 *
 * @example expiryText(new Date(now.getTime() + 45 * 60_000), now) // "expires in 45 min"
 */
export function expiryText(expiresAt: Date | null, now: Date): string | null {
  if (!expiresAt) return null;
  const left = expiresAt.getTime() - now.getTime();
  return left <= 0 ? "expired" : `expires in ${formatDuration(left)}`;
}

/** "2026-05-01 14:03 UTC": stable, unambiguous, no locale data needed. */
export function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
