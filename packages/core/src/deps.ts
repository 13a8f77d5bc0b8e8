import type { Db } from "@countersign/db";
import type { MaskHints, PolicyDecision, ProposalInput } from "@countersign/policy";

/** The policy in force now; reloads swap what `current()` returns. */
export interface PolicySource {
  current(): { hash: string; evaluate(input: ProposalInput, now: Date): PolicyDecision };
}

/** Masks what a proposal carries before anything is stored or sent; returns no raw value. */
export interface Masker {
  /** A params object, per the matched rule's hints. */
  params(params: Record<string, unknown>, hints: MaskHints): { masked: Record<string, unknown>; findings: { path: string; type: string }[] };
  /** Free text built from the proposal (a rendered reason, trace details). */
  text(text: string): string;
}

export interface CoreDeps {
  db: Db;
  policy: PolicySource;
  mask: Masker;
  /** Injected so expiry and tokens are testable. */
  now: () => Date;
  /** Ed25519 private key (PKCS#8 PEM) that signs decision tokens. */
  signingKey: string;
  /** How long a decision token stays valid after approval. */
  tokenTtlSeconds: number;
}
