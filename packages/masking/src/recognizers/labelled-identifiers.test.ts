import { describe, expect, it } from "vitest";
import { detect } from "../detect.js";

const found = (text: string) => detect(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("identifiers announced by a label", () => {
  it.each([
    ["MRN: 00123456", "MEDICAL_RECORD_NUMBER", "00123456"],
    ["medical record number is A-778812", "MEDICAL_RECORD_NUMBER", "A-778812"],
    ["Member ID: XYZ123456789", "HEALTH_PLAN_ID", "XYZ123456789"],
    ["policy number 88-1234-77", "HEALTH_PLAN_ID", "88-1234-77"],
    ["bank account 12345678901", "US_BANK_NUMBER", "12345678901"],
    ["account number 12345678901", "ACCOUNT_NUMBER", "12345678901"],
    ["driver's license D1234567", "US_DRIVER_LICENSE", "D1234567"],
    ["my driver's license number is 2270-66-1551", "US_DRIVER_LICENSE", "2270-66-1551"],
    ["medical license MD123456", "MEDICAL_LICENSE", "MD123456"],
    ["certificate number C-2024-00017", "CERTIFICATE_NUMBER", "C-2024-00017"],
    ["passport number X12345678", "PASSPORT", "X12345678"],
    ["license plate 7ABC123", "LICENSE_PLATE", "7ABC123"],
    ["serial number SN-88234-XK", "DEVICE_ID", "SN-88234-XK"],
    ["IMEI 490154203237518", "DEVICE_ID", "490154203237518"],
    ["fingerprint template: 9f8e7d6c5b4a3f2e", "BIOMETRIC", "9f8e7d6c5b4a3f2e"],
    ["ZIP: 02139", "ZIP_CODE", "02139"],
    ["Springfield, IL 62704", "ZIP_CODE", "62704"],
    ["postal code K1A 0B1", "ZIP_CODE", "K1A 0B1"],
  ])("finds %j", (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ["a label without a value", "please update the account number field"],
    ["a chart that is not a medical chart", "helm chart v1.2.3 deployed"],
    ["a policy that is not insurance", "policy v2 applied to payments"],
    ["an NPI-valid number without a provider cue", "ticket 1245319599 closed"],
    ["an ABA-valid number without a banking cue", "build 021000021 passed"],
  ])("ignores %s", (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it("matches context words as whole words: `ip` is not in `recipient`", () => {
    expect(detect("recipient 4155550134 notified")).toEqual([]);
    expect(found("phone 4155550134")).toContainEqual(["PHONE_NUMBER", "4155550134"]);
  });
});
