import type { CoreDeps } from "@countersign/core";
import type { ChangeFeed } from "@countersign/db";
import type { PolicyDecision, ProposalInput } from "@countersign/policy";
import type { Logger } from "./logger.js";

/** What the HTTP layer needs; built once in main.ts (or by a test). */
export interface ApiContext {
  core: CoreDeps;
  changeFeed: ChangeFeed;
  logger: Logger;
  /** Ed25519 public key (SPKI PEM) that verifies decision tokens. */
  publicKey: string;
  /** Same policy as core.policy, for dry runs. */
  simulate(input: ProposalInput, now: Date): PolicyDecision;
}
