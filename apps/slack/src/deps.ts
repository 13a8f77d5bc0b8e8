import type { CoreDeps } from "@countersign/core";
import type { SlackConfig } from "./env.js";
import type { RetryPolicy, Sleep } from "./web/retry.js";

/** Structured logger; the API's createLogger() fits. Fields carry ids and codes, never params. */
export interface SlackLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface SlackAppDeps {
  config: SlackConfig;
  /** Domain operations (decide, listDecidable) and the database they share. */
  core: CoreDeps;
  logger?: SlackLogger;
  /** Defaults to core.now. */
  now?: () => Date;
  /** Injected so retry waits are testable. */
  sleep?: Sleep;
  retry?: Partial<RetryPolicy>;
  /** Whether Deny needs a reason. The policy carries no flag yet; default true. */
  requireDenyReason?: boolean;
  /** How long a Slack user → email mapping is trusted before users.info is asked again. */
  identityTtlMs?: number;
  /** Per Web API call timeout. */
  requestTimeoutMs?: number;
}
