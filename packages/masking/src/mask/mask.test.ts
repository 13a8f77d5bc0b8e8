import { describe, expect, it } from "vitest";
import { MaskingError } from "../errors.js";
import { mask, maskText } from "./mask.js";
import { partialFor } from "./partial.js";
import { pseudonymFor } from "./pseudonym.js";

describe("mask styles", () => {
  const text = "SSN 123-45-6789";
  const spans = [{ start: 4, end: 15, type: "US_SSN", score: 1 }];

  it("tags", () => expect(mask(text, spans, { style: "tag" })).toBe("SSN [SSN]"));
  it("masks partially", () => expect(mask(text, spans, { style: "partial" })).toBe("SSN ***-**-6789"));
  it("pseudonymizes with the server secret", () => {
    expect(mask(text, spans, { style: "pseudonym", secret: "k" })).toMatch(/^SSN \[SSN:[0-9a-f]{8}\]$/);
  });
  it("refuses pseudonyms without a secret", () => {
    expect(() => mask(text, spans, { style: "pseudonym" })).toThrow(MaskingError);
  });
  it("skips overlapping and out-of-range spans instead of corrupting the text", () => {
    const bad = [...spans, { start: 10, end: 20, type: "PHONE_NUMBER", score: 1 }, { start: 40, end: 50, type: "X", score: 1 }];
    expect(mask(text, bad, { style: "tag" })).toBe("SSN [SSN]");
  });
});

describe("partial forms", () => {
  it.each([
    ["US_SSN", "123-45-6789", "***-**-6789"],
    ["EMAIL_ADDRESS", "jane@example.org", "j***@example.org"],
    ["CREDIT_CARD", "4111111111111111", "**** **** **** 1111"],
    ["CREDIT_CARD", "4111-1111-1111-1111", "**** **** **** 1111"],
    ["PHONE_NUMBER", "(415) 555-0134", "(***) ***-0134"],
    ["IBAN_CODE", "GB82 WEST 1234 5698 7654 32", "GB****************5432"],
    ["PERSON", "Rose Miller", "R*** M***"],
    ["DATE_TIME", "03/14/1962", "**/**/1962"],
    ["ZIP_CODE", "02139", "021**"],
    ["MEDICAL_RECORD_NUMBER", "00123456", "****3456"],
    ["STREET_ADDRESS", "42 Elm Street", "[ADDRESS]"],
    ["SECRET", "hunter22", "[SECRET]"],
  ])("%s %s → %s", (type, value, expected) => expect(partialFor(type, value)).toBe(expected));
});

describe("pseudonyms", () => {
  it("are stable and ignore case and spacing", () => {
    expect(pseudonymFor("PERSON", "John Smith", "k")).toBe(pseudonymFor("PERSON", "  john   SMITH ", "k"));
    expect(pseudonymFor("US_SSN", "123-45-6789", "k")).toBe(pseudonymFor("US_SSN", "123 45 6789", "k"));
  });
  it("differ between values and between deployments", () => {
    expect(pseudonymFor("PERSON", "John Smith", "k")).not.toBe(pseudonymFor("PERSON", "Jane Smith", "k"));
    expect(pseudonymFor("PERSON", "John Smith", "k")).not.toBe(pseudonymFor("PERSON", "John Smith", "other"));
  });
});

describe("maskText", () => {
  it("detects and masks in one call", () => {
    expect(maskText("Call Dr. Amara Okonkwo at 415-555-0134", { style: "tag" })).toBe("Call [PERSON] at [PHONE]");
  });
  it("gives the same name the same pseudonym in different texts", () => {
    const a = maskText("Patient: John Smith", { style: "pseudonym", secret: "k" });
    const b = maskText("patient: john smith", { style: "pseudonym", secret: "k" });
    expect(a.slice(-17)).toBe(b.slice(-17));
  });
});
