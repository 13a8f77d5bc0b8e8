import { isIPv6 } from "node:net";
import { scan, type Recognizer } from "./recognizer.js";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
// Not inside a dotted version (v1.2.3.4, 1.2.3.4.5) and an optional CIDR suffix.
const IPV4 = new RegExp(`\\b(?<!\\.)${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?(?![\\w]|\\.\\d)`, "g");
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
// Addresses that identify no one: unspecified and loopback.
const NON_IDENTIFYING = /^(?:0\.0\.0\.0|127\.)/;

/** IPv4 and IPv6 addresses (IPv6 validated by node:net, so times such as 12:30:45 never match). */
export const ipAddressRecognizer: Recognizer = {
  name: "ip-address",
  needsDigit: true,
  find(text) {
    const v4 = scan(text, IPV4, (m) =>
      NON_IDENTIFYING.test(m[0]) ? undefined : { type: "IP_ADDRESS", score: 0.8 },
    );
    // IPv6 needs "::" or at least two hex groups joined by colons.
    if (!/::|[0-9a-f]:[0-9a-f]{1,4}:/i.test(text)) return v4;
    const v6 = scan(text, IPV6_CANDIDATE, (m) => {
      const hexDigits = m[0].replace(/:/g, "").length;
      return isIPv6(m[0]) && hexDigits >= 4 && m[0] !== "::1" ? { type: "IP_ADDRESS", score: 0.8 } : undefined;
    });
    return [...v4, ...v6];
  },
};
