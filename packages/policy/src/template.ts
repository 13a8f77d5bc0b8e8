// Reason templates: the sentence a human approver reads, e.g. "{{agent.name}} wants to export
// {{resource}}". Only `{{ path }}` substitution exists — no expressions, filters or code — so a
// policy author (or a hostile params value) can never make rendering execute anything.

/** Roots a template may refer to, and whether they take a sub-path. */
const ROOTS: Record<string, "leaf" | "agent" | "tree" | "rule"> = {
  action: "leaf",
  resource: "leaf",
  environment: "leaf",
  onBehalfOf: "leaf",
  agent: "agent",
  params: "tree",
  context: "tree",
  rule: "rule",
};

export interface TemplateScope {
  action: string;
  resource: string;
  environment: string;
  onBehalfOf: string | null;
  agent: { id: string; name: string; labels: Record<string, string> };
  params: Record<string, unknown>;
  context: Record<string, unknown>;
  rule: { id: string | null; description: string };
}

export type Template = (scope: TemplateScope) => string;

export type TemplateResult =
  | {
      ok: true;
      render: Template;
      /** How many `{{ }}` the text has; 0 means rendering returns the text unchanged. */
      placeholders: number;
      /** Every `params.…` path used, for the masking check. */
      paramsPaths: string[][];
    }
  | { ok: false; offset: number; message: string };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** Values longer than this are cut: a reason is one line on a card, not a data dump. */
const MAX_VALUE_LENGTH = 120;

function checkPath(path: string[]): string | null {
  const [root, ...rest] = path;
  // hasOwn: "constructor" or "__proto__" must not resolve through Object.prototype.
  const kind = root !== undefined && Object.hasOwn(ROOTS, root) ? ROOTS[root] : undefined;
  if (!kind) return `unknown template variable '${path.join(".")}'; use one of ${Object.keys(ROOTS).join(", ")}`;
  if (!path.every((s) => SEGMENT.test(s))) return `'${path.join(".")}' is not a valid path`;
  if (kind === "leaf" && rest.length > 0) return `'${root}' has no fields`;
  if (kind === "agent" && !(["id", "name"].includes(rest[0] ?? "") && rest.length === 1) && !(rest[0] === "labels" && rest.length === 2)) {
    return "use agent.id, agent.name or agent.labels.<key>";
  }
  if (kind === "rule" && !(rest.length === 1 && ["id", "description"].includes(rest[0] ?? ""))) return "use rule.id or rule.description";
  if (kind === "tree" && rest.length === 0) return `name a field of ${root}, e.g. ${root}.table`;
  return null;
}

/**
 * Compiles a template once; rendering is then string concatenation.
 *
 * @example compileTemplate("{{agent.name}} wants to export {{resource}}")
 */
export function compileTemplate(text: string): TemplateResult {
  const literals: string[] = [];
  const paths: string[][] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const path = (m[1] ?? "").split(".");
    const problem = checkPath(path);
    if (problem) return { ok: false, offset: m.index, message: `reason template: ${problem}` };
    literals.push(text.slice(last, m.index));
    paths.push(path);
    last = m.index + m[0].length;
  }
  const tail = text.slice(last);
  const stray = tail.indexOf("{{") >= 0 ? last + tail.indexOf("{{") : -1;
  if (stray >= 0) return { ok: false, offset: stray, message: "reason template: '{{' without a matching '}}'" };
  literals.push(tail);
  const paramsPaths = paths.filter((p) => p[0] === "params").map((p) => p.slice(1));
  if (paths.length === 0) return { ok: true, render: () => text, placeholders: 0, paramsPaths };
  return {
    ok: true,
    placeholders: paths.length,
    paramsPaths,
    render: (scope) => {
      let out = literals[0] as string;
      for (let i = 0; i < paths.length; i++) out += show(lookup(scope, paths[i] as string[])) + (literals[i + 1] as string);
      return out;
    },
  };
}

function lookup(scope: TemplateScope, path: string[]): unknown {
  let value: unknown = scope;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return "(none)";
  const text = typeof value === "string" ? value : typeof value === "object" ? json(value) : scalar(value);
  // One line, no control characters: the value comes from the agent and lands on a human's card.
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH)}…` : flat;
}

function scalar(value: unknown): string {
  return typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? value.toString() : "(unprintable)";
}

function json(value: object): string {
  try {
    return JSON.stringify(value);
  } catch {
    return "(unprintable)";
  }
}
