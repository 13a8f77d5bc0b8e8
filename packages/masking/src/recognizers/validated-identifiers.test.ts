import { describe, expect, it } from "vitest";
import { detect } from "../detect.js";

/** Types detected in `text`, with the exact value each span covers. */
const found = (text: string) => detect(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("identifiers with checksums or fixed structure", () => {
  it.each([
    ["SSN 123-45-6789 on file", "US_SSN", "123-45-6789"],
    ["social security number 078 05 1121", "US_SSN", "078 05 1121"],
    ["card 4111 1111 1111 1111 expires", "CREDIT_CARD", "4111 1111 1111 1111"],
    ["amex 378282246310005", "CREDIT_CARD", "378282246310005"],
    ["IBAN GB82 WEST 1234 5698 7654 32 please", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"],
    ["wire to DE89370400440532013000", "IBAN_CODE", "DE89370400440532013000"],
    ["routing number 021000021", "ABA_ROUTING_NUMBER", "021000021"],
    ["NPI 1245319599", "NPI", "1245319599"],
    ["DEA BJ6125341", "DEA_NUMBER", "BJ6125341"],
    ["VIN 1HGCM82633A004352", "VIN", "1HGCM82633A004352"],
    ["Medicare MBI 1EG4-TE5-MK73", "HEALTH_PLAN_ID", "1EG4-TE5-MK73"],
    ["write to jane.doe@example.org today", "EMAIL_ADDRESS", "jane.doe@example.org"],
    ["call me at (415) 555-0134", "PHONE_NUMBER", "(415) 555-0134"],
    ["office +44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958"],
    ["fax: 4155550134", "PHONE_NUMBER", "4155550134"],
    ["client 192.168.10.20 connected", "IP_ADDRESS", "192.168.10.20"],
    ["from 2001:db8::8a2e:370:7334", "IP_ADDRESS", "2001:db8::8a2e:370:7334"],
    ["MAC 00:1A:2B:3C:4D:5E", "DEVICE_ID", "00:1A:2B:3C:4D:5E"],
    ["see https://portal.example.org/patients/123", "URL", "https://portal.example.org/patients/123"],
    ["photo https://cdn.example.org/p/face.jpg", "PHOTO", "https://cdn.example.org/p/face.jpg"],
    ["data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==", "PHOTO", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="],
  ])("finds %j", (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ["SSN area 000", "SSN 000-12-3456"],
    ["SSN area 666", "SSN 666-12-3456"],
    ["SSN area 9xx", "SSN 912-12-3456"],
    ["SSN group 00", "SSN 123-00-4567"],
    ["SSN serial 0000", "SSN 123-45-0000"],
    ["SSN all same digits", "SSN 111-11-1111"],
    ["SSN-like nine digits without a cue", "order 123456789 shipped"],
    ["card failing Luhn", "card 4111 1111 1111 1112"],
    ["IBAN failing mod-97", "IBAN GB82 WEST 1234 5698 7654 33"],
    ["ABA failing its checksum", "routing number 021000022"],
    ["NPI failing Luhn", "NPI 1234567890"],
    ["DEA failing its checksum", "DEA BJ6125342"],
    ["VIN failing its check digit", "tag 1HGCM82633A004353"],
    ["MBI with a forbidden letter", "MBI 1EG4-TE5-MK7S"],
    ["an impossible IPv4", "ip 999.10.1.1"],
    ["a dotted version, not IPv4", "release 1.2.3.4.5"],
    ["a time of day, not IPv6", "at 12:30:45 today"],
    ["an email without a domain", "ping admin@localhost"],
    ["a social handle", "follow @countersign"],
    ["a short number, not a phone", "call 12345"],
    ["an impossible date", "on 13/45/2020"],
    ["a MAC address missing a group", "mac 00:1A:2B:3C:4D"],
    ["a card number with a bad layout", "ref 41 1111 1111 111 111"],
    ["a URL without a scheme or www", "see example/path"],
  ])("rejects %s", (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it("reads a dashed date as a date, not a phone number", () => {
    expect(detect("due 2024-05-01").map((s) => s.type)).toEqual(["DATE_TIME"]);
  });
});
