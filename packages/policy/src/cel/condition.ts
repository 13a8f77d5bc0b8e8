// `when` conditions are CEL, compiled and type-checked once at load with @marcbachmann/cel-js
// (see packages/policy/CEL.md for why this library). The environment declares every variable a
// condition may use, so a typo such as `agnet.id` or `agent.nmae` is a load error, not a silent
// runtime deny, and a condition whose type is not bool is refused before it can ever run.
import { Environment, ParseError, TypeError as CelTypeError } from "@marcbachmann/cel-js";
import type { ProposalInput } from "../types.js";

/** What a condition sees: the proposal, plus the evaluation time. */
export type ConditionInput = ProposalInput & { now: Date };

/** A compiled condition: true or false, or throws when the input does not fit (missing key…). */
export type Condition = (input: ConditionInput) => boolean;

export type CompileResult =
  | { ok: true; condition: Condition }
  | { ok: false; /** Offset of the problem in the expression text. */ offset: number; message: string };

// Created once: building an Environment is the expensive part of the library.
const environment = new Environment({ limits: { maxAstNodes: 2_000, maxDepth: 64 } })
  .registerVariable("action", "string")
  .registerVariable("resource", "string")
  .registerVariable("environment", "string")
  .registerVariable("params", "map<string, dyn>")
  .registerVariable({ name: "agent", schema: { id: "string", name: "string", labels: "map<string, string>" } })
  .registerVariable("onBehalfOf", "dyn")
  .registerVariable("context", "map<string, dyn>")
  .registerVariable("now", "google.protobuf.Timestamp");

/** The variables a condition may use, for messages and docs. */
export const CONDITION_VARIABLES = ["action", "resource", "environment", "params", "agent", "onBehalfOf", "context", "now"] as const;

/**
 * Parses and type-checks a condition. The result type must be exactly bool: `params.flag` (dyn) is
 * refused so that a non-boolean value can never reach the decision; write `params.flag == true`.
 *
 * @example compileCondition('params.rows > 1000') // { ok: true, condition: [Function] }
 * @example compileCondition('action + "x"') // { ok: false, offset: 0, message: "condition must be bool, …" }
 */
export function compileCondition(expression: string): CompileResult {
  let parsed;
  try {
    parsed = environment.parse(expression);
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, offset: error.range?.start ?? 0, message: `CEL syntax error: ${error.summary}` };
    throw error;
  }
  const checked = parsed.check();
  if (!checked.valid) {
    const error = checked.error;
    const kind = error instanceof CelTypeError ? "CEL type error" : "CEL error";
    return { ok: false, offset: error?.range?.start ?? 0, message: `${kind}: ${error?.summary ?? "invalid expression"}` };
  }
  if (checked.type !== "bool") {
    return { ok: false, offset: 0, message: `condition must be bool, but this expression is ${checked.type ?? "unknown"} (compare explicitly, e.g. \`… == true\`)` };
  }
  const run = parsed as unknown as (input: ConditionInput) => unknown;
  return { ok: true, condition: (input) => run(input) === true };
}

/**
 * A one-line description of an error thrown while a condition ran.
 *
 * @example describeConditionError(error) // "No such key: rows"
 */
export function describeConditionError(error: unknown): string {
  if (error && typeof error === "object" && "summary" in error && typeof error.summary === "string") return error.summary;
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
}
