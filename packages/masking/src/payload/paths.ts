/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** Dot notation used in findings and hints: `patient.contacts.0.phone`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map(String).join(".");
}

/**
 * Compiles path hints (`patient.*.ssn`; `*` is any key or index) into a matcher over paths.
 *
 * @example
 * const matches = pathMatcher(["notes", "patient.*.ssn"]);
 * matches(["patient", 0, "ssn"]); // true
 * matches(["patient", "ssn"]);    // false
 */
export function pathMatcher(patterns: readonly string[] | undefined): (path: readonly PathSegment[]) => boolean {
  const compiled = (patterns ?? []).map((p) => p.split(".").filter((s) => s.length > 0));
  return (path) =>
    compiled.some((pattern) => pattern.length === path.length && pattern.every((seg, i) => seg === "*" || seg === String(path[i])));
}

/** The first style whose path pattern matches, for per-path style overrides. */
export function styleMatcher<S>(styles: Record<string, S> | undefined): (path: readonly PathSegment[]) => S | undefined {
  const entries = Object.entries(styles ?? {}).map(([pattern, style]) => ({ matches: pathMatcher([pattern]), style }));
  return (path) => entries.find((e) => e.matches(path))?.style;
}
