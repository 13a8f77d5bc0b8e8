import { describe, expect, it } from "vitest";
import { generateSigningKey, signDecisionToken, verifyDecisionToken, type DecisionClaims } from "./decision-token.js";
import { isCodedError } from "./errors.js";

const { privateKey, publicKey } = generateSigningKey();
const now = new Date("2026-01-01T00:00:00Z");
const claims: DecisionClaims = { pid: "prp_1", ph: "abc", act: "db.export", res: "t", env: "prod", iat: now.getTime() / 1000, exp: now.getTime() / 1000 + 60, jti: "j1" };

describe("decision tokens", () => {
  it("round-trips claims under the right key", () => {
    expect(verifyDecisionToken(signDecisionToken(claims, privateKey), publicKey, now)).toEqual(claims);
  });

  it.each([
    ["a tampered body", (t: string) => t.replace(/\.([^.]+)\./, (_m, b: string) => `.${Buffer.from(JSON.stringify({ ...claims, res: "other" })).toString("base64url") || b}.`)],
    ["another key's signature", (t: string) => signDecisionToken(claims, generateSigningKey().privateKey) || t],
    ["garbage", () => "cst1.nope"],
  ])("rejects %s", (_name, mutate) => {
    const token = mutate(signDecisionToken(claims, privateKey));
    let code = "accepted";
    try { verifyDecisionToken(token, publicKey, now); } catch (e) { if (isCodedError(e)) code = e.code; }
    expect(code).toBe("token_invalid");
  });

  it("rejects an expired token", () => {
    const later = new Date(now.getTime() + 61_000);
    expect(() => verifyDecisionToken(signDecisionToken(claims, privateKey), publicKey, later)).toThrow(/expired/);
  });
});
