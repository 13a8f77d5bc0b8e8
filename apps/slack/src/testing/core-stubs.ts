// Core for Slack tests: a fixed policy decision (no policy files), real masking, real database.
import { generateSigningKey, type CoreDeps } from "@countersign/core";
import { createProposalMasker } from "@countersign/masking";
import type { Db } from "@countersign/db";
import type { PolicyDecision } from "@countersign/policy";
import { pendingDecision } from "@countersign/core/testing";

export { pendingDecision };

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
