// Match patterns for action, resource, environment and label values. `*` matches any run of
// characters (dots and slashes included), `?` exactly one, `\` escapes the next character; every
// other character is literal. Patterns are compiled once at load into the cheapest test that does
// the job (set lookup, prefix test, one combined RegExp) because matching sits on the hot path.

export type StringMatcher = (value: string) => boolean;

/** True when the pattern contains an unescaped wildcard. */
export function hasWildcard(pattern: string): boolean {
  return /(^|[^\\])[*?]/.test(pattern);
}

function unescape(pattern: string): string {
  return pattern.replace(/\\(.)/g, "$1");
}

function globToRegExpSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\" && i + 1 < pattern.length) out += escapeRegExp(pattern[++i] as string);
    else if (c === "*") out += "[\\s\\S]*";
    else if (c === "?") out += "[\\s\\S]";
    else out += escapeRegExp(c);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Compiles a list of patterns into one predicate that is true when any pattern matches.
 *
 * @example compileGlobs(["db.*", "iam.grant"])("db.export") // true
 */
export function compileGlobs(patterns: readonly string[]): StringMatcher {
  if (patterns.some((p) => p === "*")) return () => true;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const complex: string[] = [];
  for (const p of patterns) {
    if (!hasWildcard(p)) exact.add(unescape(p));
    else if (p.endsWith("*") && !hasWildcard(p.slice(0, -1)) && !p.endsWith("\\*")) prefixes.push(unescape(p.slice(0, -1)));
    else complex.push(globToRegExpSource(p));
  }
  const regexp = complex.length > 0 ? new RegExp(`^(?:${complex.join("|")})$`) : null;
  if (prefixes.length === 0 && regexp === null) return exact.size === 1 ? exactOne([...exact][0] as string) : (v) => exact.has(v);
  return (v) => {
    if (exact.has(v)) return true;
    for (const prefix of prefixes) if (v.startsWith(prefix)) return true;
    return regexp !== null && regexp.test(v);
  };
}

function exactOne(expected: string): StringMatcher {
  return (v) => v === expected;
}
