import type { WebClient } from "@slack/web-api";
import type { CoreDeps } from "@countersign/core";
import type { Db } from "@countersign/db";
import type { SlackLogger } from "./deps.js";
import { withRetry, type RetryPolicy, type Sleep } from "./web/retry.js";

/** Everything listeners and the sync task share; built once by createSlackApp. */
export interface SlackContext {
  core: CoreDeps;
  db: Db;
  client: WebClient;
  logger: SlackLogger;
  now: () => Date;
  sleep: Sleep;
  retry: RetryPolicy;
  requireDenyReason: boolean;
  identityTtlMs: number;
  /** Runs one Web API call under the retry policy, logging each retry. */
  call<T>(method: string, fn: () => Promise<T>, policy?: Partial<RetryPolicy>): Promise<T>;
}

export function createContext(parts: Omit<SlackContext, "call">): SlackContext {
  return {
    ...parts,
    call: (method, fn, policy) =>
      withRetry(method, fn, { ...parts.retry, ...policy }, {
        sleep: parts.sleep,
        onRetry: (info) => parts.logger.warn("slack call retry", info),
      }),
  };
}
