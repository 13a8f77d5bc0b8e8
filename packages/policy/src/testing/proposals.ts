// Test helpers: a complete proposal with overrides, and a policy from inline YAML.
import { parsePolicy, type PolicySet } from "../policy-set.js";
import type { ProposalInput } from "../types.js";

export const NOW = new Date("2025-06-02T10:00:00Z");

/**
 * A proposal with sensible defaults; override any field.
 *
 * @example proposal({ action: "db.delete" })
 */
export function proposal(overrides: Partial<ProposalInput> = {}): ProposalInput {
  return {
    action: "db.query",
    resource: "postgres://prod/app/users",
    environment: "prod",
    params: {},
    agent: { id: "agt_1", name: "Reporting bot", labels: { team: "data" } },
    onBehalfOf: null,
    context: {},
    ...overrides,
  };
}

/**
 * Parses one inline YAML policy file named p.yaml.
 *
 * @example policyFrom("default: allow\n").evaluate(proposal(), NOW)
 */
export function policyFrom(text: string, file = "p.yaml"): PolicySet {
  return parsePolicy([{ file, text }]);
}
