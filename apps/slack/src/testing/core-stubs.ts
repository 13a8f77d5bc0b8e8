// A fixed policy decision, so Slack tests do not depend on policy files; masking is the real one.
import { generateSigningKey, type CoreDeps } from "@countersign/core";
import { createProposalMasker } from "@countersign/masking";
import type { Db } from "@countersign/db";
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

export function createTestCore(db: Db, decide: () => PolicyDecision): CoreDeps {
  return {
    db,
    policy: { current: () => ({ hash: "test-policy-hash", evaluate: () => decide() }) },
    mask: createProposalMasker({ style: "tag", secret: "slack-test-secret-slack-test-secret" }),
    now: () => new Date(),
    signingKey: generateSigningKey().privateKey,
    tokenTtlSeconds: 900,
  };
}
