// Turns loosely written JSON/YAML (a fixture case, a proposal.json for `explain`) into a complete
// ProposalInput: required fields checked, optional ones defaulted, emails lower-cased.
import type { ProposalInput } from "./types.js";

const KEYS = ["action", "resource", "environment", "params", "agent", "onBehalfOf", "context"];

export type ProposalResult = { ok: true; input: ProposalInput } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Reads a proposal; `params`, `context`, `onBehalfOf` and the agent are optional
 * (agent defaults to `{ id: "agent", name: "Agent", labels: {} }`).
 *
 * @example readProposal({ action: "db.query", resource: "postgres://prod/app", environment: "prod" })
 */
export function readProposal(value: unknown): ProposalResult {
  if (!isObject(value)) return { ok: false, problems: ["a proposal must be an object"] };
  const problems: string[] = [];
  for (const key of Object.keys(value)) if (!KEYS.includes(key)) problems.push(`unknown proposal field '${key}'`);
  const text = (key: string): string => {
    const v = value[key];
    if (typeof v === "string" && v !== "") return v;
    problems.push(`proposal.${key} must be a non-empty string`);
    return "";
  };
  const object = (key: string): Record<string, unknown> => {
    const v = value[key] ?? {};
    if (isObject(v)) return v;
    problems.push(`proposal.${key} must be an object`);
    return {};
  };
  const agent = object("agent");
  const labels = agent.labels ?? {};
  if (!isObject(labels) || !Object.values(labels).every((l) => typeof l === "string")) problems.push("proposal.agent.labels must map names to strings");
  const onBehalfOf = value.onBehalfOf ?? null;
  if (onBehalfOf !== null && typeof onBehalfOf !== "string") problems.push("proposal.onBehalfOf must be an email or null");
  const input: ProposalInput = {
    action: text("action"),
    resource: text("resource"),
    environment: text("environment"),
    params: object("params"),
    agent: {
      id: typeof agent.id === "string" ? agent.id : "agent",
      name: typeof agent.name === "string" ? agent.name : "Agent",
      labels: isObject(labels) ? (labels as Record<string, string>) : {},
    },
    onBehalfOf: typeof onBehalfOf === "string" ? onBehalfOf.toLowerCase() : null,
    context: object("context"),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}
