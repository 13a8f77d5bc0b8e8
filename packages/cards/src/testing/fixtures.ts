// A pending view with sensible defaults, for tests of this package and its consumers.
import type { ApprovalView } from "../types.js";

export const NOW = new Date("2026-05-01T12:00:00.000Z");

export function pendingView(overrides: Partial<ApprovalView> = {}): ApprovalView {
  return {
    proposalId: "prop_01",
    status: "pending",
    action: "db.export",
    risk: "high",
    agent: { id: "agent_1", name: "etl-bot" },
    onBehalfOf: "dana@example.com",
    resource: "postgres://prod/patients",
    environment: "production",
    ruleId: "phi-export-needs-two",
    reason: "Exports of PHI tables need two approvers",
    params: { table: "patients", destination: "s3://bucket/exports", filter: { name: "[PERSON]" } },
    quorum: { needed: 2, approvals: 0 },
    escalatedTo: [],
    votes: [],
    createdAt: new Date(NOW.getTime() - 15 * 60_000),
    expiresAt: new Date(NOW.getTime() + 45 * 60_000),
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    executedAt: null,
    ...overrides,
  };
}
