// Match patterns for action, resource, environment, agent ids and label values. `*` matches any
// run of characters (dots and slashes included), `?` exactly one, `\` escapes the next character;
// everything else is literal. Patterns are compiled once at load into the cheapest test that does
// the job: a set lookup, a prefix test, or a wildcard matcher. The wildcard matcher is the classic
// iterative algorithm, linear in practice and O(text × pattern) at worst — never the exponential
// backtracking a RegExp like /a.*a.*a.*b/ can hit on a long, agent-supplied resource string.

export type StringMatcher = (value: string) => boolean;

const STAR = -1;
const ANY_ONE = -2;

/**
 * True when the pattern contains an unescaped wildcard.
 *
 * @example hasWildcard("db.*") // true
 */
export function hasWildcard(pattern: string): boolean {
  return tokenize(pattern).some((c) => c < 0);
}

/** Character codes, with STAR and ANY_ONE for the wildcards. */
function tokenize(pattern: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < pattern.length) out.push(pattern.charCodeAt(++i));
    else out.push(c === 42 /* * */ ? STAR : c === 63 /* ? */ ? ANY_ONE : c);
  }
  return out;
}

function literal(tokens: readonly number[]): string {
  return String.fromCharCode(...tokens);
}

function wildcardMatcher(tokens: readonly number[]): StringMatcher {
  const n = tokens.length;
  return (text) => {
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
      const token = tokens[p];
      if (p < n && (token === ANY_ONE || token === text.charCodeAt(t))) {
        p++;
        t++;
      } else if (p < n && token === STAR) {
        star = p++;
        mark = t;
      } else if (star !== -1) {
        p = star + 1;
        t = ++mark;
      } else return false;
    }
    while (p < n && tokens[p] === STAR) p++;
    return p === n;
  };
}

/**
 * Compiles a list of patterns into one predicate that is true when any pattern matches.
 *
 * @example compileGlobs(["db.*", "iam.grant"])("db.export") // true
 */
export function compileGlobs(patterns: readonly string[]): StringMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const wild: StringMatcher[] = [];
  for (const pattern of patterns) {
    const tokens = tokenize(pattern);
    const last = tokens.length - 1;
    if (tokens.length === 1 && tokens[0] === STAR) return () => true;
    if (tokens.every((c) => c >= 0)) exact.add(literal(tokens));
    else if (tokens[last] === STAR && tokens.slice(0, last).every((c) => c >= 0)) prefixes.push(literal(tokens.slice(0, last)));
    else wild.push(wildcardMatcher(tokens));
  }
  if (prefixes.length === 0 && wild.length === 0) {
    const [only] = exact;
    return exact.size === 1 && only !== undefined ? (v) => v === only : (v) => exact.has(v);
  }
  return (v) => {
    if (exact.has(v)) return true;
    for (const prefix of prefixes) if (v.startsWith(prefix)) return true;
    for (const match of wild) if (match(v)) return true;
    return false;
  };
}
