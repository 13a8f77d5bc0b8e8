import { describe, it, expect } from "vitest";
import type { Request, Response } from "express";
import { timestampGuard } from "./timestamp-guard.js";

const NOW = new Date("2026-05-01T12:00:00Z");
const nowSec = NOW.getTime() / 1000;

function run(header: string | undefined): { status: number | null; next: boolean } {
  const result = { status: null as number | null, next: false };
  const req = { headers: header === undefined ? {} : { "x-slack-request-timestamp": header } } as unknown as Request;
  const res = { status: (s: number) => ({ send: () => void (result.status = s) }) } as unknown as Response;
  timestampGuard(() => NOW)(req, res, () => void (result.next = true));
  return result;
}

describe("timestampGuard", () => {
  it.each([
    [String(nowSec), true],
    [String(nowSec - 300), true],
    [String(nowSec + 300), true],
    [String(nowSec - 301), false],
    [String(nowSec + 301), false],
    ["not-a-number", false],
  ])("timestamp %s passes: %s", (header, passes) => {
    const r = run(header);
    expect(r.next).toBe(passes);
    expect(r.status).toBe(passes ? null : 401);
  });

  it("leaves a missing header to Bolt's own check", () => {
    expect(run(undefined).next).toBe(true);
  });
});
