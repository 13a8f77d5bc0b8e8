import { describe, expect, it } from "vitest";
import { detect } from "../detect.js";

// Built at run time so secret scanners do not flag this file.
const join = (...parts: string[]) => parts.join("");
const AWS = join("AKIA", "IOSFODNN7EXAMPLE");
const GITHUB = join("ghp", "_", "a".repeat(20), "B".repeat(16));
const SLACK = join("xoxb", "-123456789012-1234567890123-", "AbCdEfGhIjKlMnOpQrStUvWx");
const STRIPE = join("sk", "_live_", "4eC39HqLyjWDarjtT1zdp7dc");
const JWT = join("eyJhbGciOiJIUzI1NiJ9", ".", "eyJzdWIiOiIxMjM0In0", ".", "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U");
const PEM = join("-----BEGIN ", "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END ", "PRIVATE KEY-----");

describe("secrets", () => {
  it.each([
    ["AWS access key", `aws_access_key_id=${AWS}`, AWS],
    ["GitHub token", `token ${GITHUB}`, GITHUB],
    ["Slack token", `SLACK_TOKEN ${SLACK}`, SLACK],
    ["Stripe live key", `stripe ${STRIPE}`, STRIPE],
    ["JWT", `cookie ${JWT}`, JWT],
    ["bearer token", "Authorization: Bearer abcdefghijklmnop1234", "abcdefghijklmnop1234"],
    ["PEM private key", `key:\n${PEM}\n`, PEM],
    ["password in a connection string", "postgres://app:s3cr3tpw@db.internal:5432/app", "s3cr3tpw"],
    ["password in config", 'password = "hunter22"', "hunter22"],
  ])("finds a %s", (_name, text, secret) => {
    expect(detect(text).map((s) => [s.type, text.slice(s.start, s.end)])).toContainEqual(["SECRET", secret]);
  });

  it("keeps the rest of a connection string readable", () => {
    const text = "postgres://app:s3cr3tpw@db.internal:5432/app";
    expect(detect(text)).toHaveLength(1);
  });
});
