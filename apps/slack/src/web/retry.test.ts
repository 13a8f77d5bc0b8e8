import { describe, it, expect } from "vitest";
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from "@slack/web-api";
import { DEFAULT_RETRY_POLICY, RescheduleError, withRetry } from "./retry.js";

function scripted(failures: Error[]) {
  let calls = 0;
  return {
    fn: () => {
      const failure = failures[calls++];
      return failure ? Promise.reject(failure) : Promise.resolve("ok");
    },
    get calls() {
      return calls;
    },
  };
}

describe("withRetry", () => {
  const sleeps: number[] = [];
  const hooks = {
    sleep: (ms: number) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 1,
  };

  it("waits out a short Retry-After inline", async () => {
    sleeps.length = 0;
    const call = scripted([new WebAPIRateLimitedError(2)]);
    await expect(withRetry("chat.postMessage", call.fn, DEFAULT_RETRY_POLICY, hooks)).resolves.toBe("ok");
    expect(call.calls).toBe(2);
    expect(sleeps).toEqual([2000]);
  });

  it("hands a long Retry-After to the job queue", async () => {
    const call = scripted([new WebAPIRateLimitedError(60)]);
    const error = await withRetry("chat.update", call.fn, DEFAULT_RETRY_POLICY, hooks).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RescheduleError);
    expect((error as RescheduleError).delayMs).toBe(60_000);
    expect(call.calls).toBe(1);
  });

  it("backs off exponentially on 5xx and network errors", async () => {
    sleeps.length = 0;
    const call = scripted([new WebAPIHTTPError(500, "x", {}), new WebAPIHTTPError(503, "x", {}), new WebAPIRequestError(new Error("ECONNRESET"))]);
    await expect(withRetry("chat.postMessage", call.fn, DEFAULT_RETRY_POLICY, hooks)).resolves.toBe("ok");
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it("gives up after the attempts and never retries platform errors or 4xx", async () => {
    const many = scripted(Array.from({ length: 10 }, () => new WebAPIHTTPError(500, "x", {})));
    await expect(withRetry("m", many.fn, { ...DEFAULT_RETRY_POLICY, attempts: 3 }, hooks)).rejects.toBeInstanceOf(WebAPIHTTPError);
    expect(many.calls).toBe(3);
    const platform = scripted([new WebAPIPlatformError({ ok: false, error: "channel_not_found" })]);
    await expect(withRetry("m", platform.fn, DEFAULT_RETRY_POLICY, hooks)).rejects.toBeInstanceOf(WebAPIPlatformError);
    expect(platform.calls).toBe(1);
    const badRequest = scripted([new WebAPIHTTPError(400, "x", {})]);
    await expect(withRetry("m", badRequest.fn, DEFAULT_RETRY_POLICY, hooks)).rejects.toBeInstanceOf(WebAPIHTTPError);
    expect(badRequest.calls).toBe(1);
  });
});
