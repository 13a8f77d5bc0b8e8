// A fixed pending decision for tests that need a proposal without a policy file.
import type { PolicyDecision } from "@countersign/policy";

export function pendingDecision(overrides: Partial<PolicyDecision> = {}): PolicyDecision {
  return {
    outcome: "pending",
    ruleId: "phi-export-needs-approval",
    reason: "Exports of PHI tables need a human approver",
    approvers: { groups: { dba: ["alice@example.com", "bob@example.com"] }, identities: [] },
    quorum: { count: 1, distinctGroups: false },
    ttlSeconds: 3600,
    channels: [{ kind: "slack", channel: "C0APPROVALS" }],
    mask: { always: [], never: [], keepRaw: false },
    remind: null,
    escalate: null,
    breakGlass: null,
    policyHash: "test-policy-hash",
    trace: [],
    ...overrides,
  };
}
