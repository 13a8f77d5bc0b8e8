// Our own retry policy for Web API calls. The WebClient is built with `retries: 0` and
// `rejectRateLimitedCalls: true`, so every failure surfaces here, where it is visible, bounded
// and testable: 429 waits out Retry-After (inline when short, else the job is rescheduled), 5xx
// and network failures back off exponentially, platform errors (ok:false) are final.
import { ErrorCode, type WebAPICallError } from "@slack/web-api";

export interface RetryPolicy {
  /** Attempts per call for 5xx and network failures, the first included. */
  attempts: number;
  /** First backoff delay; doubles each attempt, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After waited inside the task; longer ones reschedule the job. */
  maxInlineWaitMs: number;
  /** Rate-limit waits per call before giving up to the job queue. */
  maxRateLimitWaits: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  maxInlineWaitMs: 10_000,
  maxRateLimitWaits: 3,
};

/** Thrown when Slack asks us to wait longer than we wait inline; the task re-queues itself. */
export class RescheduleError extends Error {
  override readonly name = "RescheduleError";
  constructor(
    readonly delayMs: number,
    readonly method: string,
  ) {
    super(`Slack rate-limited ${method}; retry in ${Math.ceil(delayMs / 1000)} s`);
  }
}

export type Sleep = (ms: number) => Promise<void>;

export interface RetryHooks {
  sleep: Sleep;
  /** Called before each wait: the place for a log line or a metric. */
  onRetry?: (info: { method: string; attempt: number; delayMs: number; reason: string }) => void;
  random?: () => number;
}

/**
 * Runs one Web API call under the policy.
 *
 * @example await withRetry("chat.update", () => client.chat.update(args), policy, { sleep });
 */
export async function withRetry<T>(method: string, call: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  let failures = 0;
  let rateLimitWaits = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const kind = classify(error);
      if (kind.type === "rate_limited") {
        rateLimitWaits += 1;
        if (kind.delayMs > policy.maxInlineWaitMs || rateLimitWaits > policy.maxRateLimitWaits) {
          throw new RescheduleError(kind.delayMs, method);
        }
        hooks.onRetry?.({ method, attempt: rateLimitWaits, delayMs: kind.delayMs, reason: "429" });
        await hooks.sleep(kind.delayMs);
        continue;
      }
      failures += 1;
      if (kind.type === "final" || failures >= policy.attempts) throw error;
      const jitter = 0.5 + (hooks.random ?? Math.random)() / 2;
      const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1)) * jitter;
      hooks.onRetry?.({ method, attempt: failures, delayMs, reason: kind.reason });
      await hooks.sleep(delayMs);
    }
  }
}

type Classified = { type: "rate_limited"; delayMs: number } | { type: "transient"; reason: string } | { type: "final" };

function classify(error: unknown): Classified {
  const e = error as Partial<WebAPICallError> & { retryAfter?: number; statusCode?: number };
  switch (e?.code) {
    case ErrorCode.RateLimitedError:
      return { type: "rate_limited", delayMs: Math.max(0, e.retryAfter ?? 1) * 1000 };
    case ErrorCode.HTTPError:
      return (e.statusCode ?? 0) >= 500 ? { type: "transient", reason: String(e.statusCode) } : { type: "final" };
    case ErrorCode.RequestError:
      return { type: "transient", reason: "network" };
    default:
      // A 429 without a usable Retry-After arrives as a plain Error; back off like a 5xx.
      if (error instanceof Error && error.message.startsWith("Retry header did not contain")) return { type: "transient", reason: "429" };
      return { type: "final" };
  }
}

/** True for Slack's "ok:false" answer with one of the given error strings. */
export function isPlatformError(error: unknown, ...codes: string[]): boolean {
  const e = error as { code?: string; data?: { error?: string } };
  return e?.code === ErrorCode.PlatformError && codes.includes(e.data?.error ?? "");
}
