import type { Db } from "@countersign/db";
import type { MaskHints, PolicyDecision, ProposalInput } from "@countersign/policy";

/** The policy in force now; reloads swap what `current()` returns. */
export interface PolicySource {
  current(): { hash: string; evaluate(input: ProposalInput, now: Date): PolicyDecision };
}

/** Masks a params object per the matched rule's hints; returns no raw value. */
export type ParamsMasker = (
  params: Record<string, unknown>,
  hints: MaskHints,
) => { masked: Record<string, unknown>; findings: { path: string; type: string }[] };

export interface CoreDeps {
  db: Db;
  policy: PolicySource;
  mask: ParamsMasker;
  /** Injected so expiry and tokens are testable. */
  now: () => Date;
  /** Ed25519 private key (PKCS#8 PEM) that signs decision tokens. */
  signingKey: string;
  /** How long a decision token stays valid after approval. */
  tokenTtlSeconds: number;
}
