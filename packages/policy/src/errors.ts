// Validation errors carry their place in the source so an author can jump straight to it; the
// message lists every problem at once, because fixing one error per run is slow and frustrating.

/** One problem in a policy source, 1-based line and column. */
export interface PolicyIssue {
  file: string;
  line: number;
  column: number;
  /** The rule the problem belongs to, when it belongs to one. */
  ruleId?: string;
  message: string;
}

/**
 * Formats an issue as `file:line:column: [rule id] message` (the bracket only when a rule is known).
 *
 * @example formatIssue({ file: "p.yaml", line: 3, column: 5, ruleId: "r1", message: "unknown key 'foo'" })
 * // "p.yaml:3:5: [r1] unknown key 'foo'"
 */
export function formatIssue(issue: PolicyIssue): string {
  const rule = issue.ruleId ? `[${issue.ruleId}] ` : "";
  return `${issue.file}:${issue.line}:${issue.column}: ${rule}${issue.message}`;
}

/** Sorts issues by file, then position, so output is stable and reads top to bottom. */
export function sortIssues(issues: readonly PolicyIssue[]): PolicyIssue[] {
  return [...issues].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/**
 * Thrown when a policy set does not validate. `errors` holds every problem found; the message has
 * one line per problem, formatted by {@link formatIssue}.
 *
 * @example
 * try { parsePolicy([{ file: "p.yaml", text: "rules: 3" }]) }
 * catch (e) { if (e instanceof PolicyValidationError) console.error(e.message) }
 */
export class PolicyValidationError extends Error {
  readonly errors: PolicyIssue[];

  constructor(errors: readonly PolicyIssue[]) {
    const sorted = sortIssues(errors);
    const count = sorted.length === 1 ? "1 error" : `${sorted.length} errors`;
    super(`invalid policy (${count}):\n${sorted.map(formatIssue).join("\n")}`);
    this.name = "PolicyValidationError";
    this.errors = sorted;
  }
}
