import type { Span } from "../types.js";
import type { Recognizer } from "./recognizer.js";

/** An identifier recognised by the label in front of it ("MRN: 12345", "license plate 7ABC123"). */
interface KeyedIdentifier {
  type: string;
  /** Labels that may stand alone before the value ("MRN 12345"). */
  labels: string[];
  /** Labels too common on their own: they count only with a noun ("chart number", "policy #"). */
  withNoun?: string[];
  /** Shape of the value; it must also contain a digit unless `lettersOk`. */
  value?: string;
  lettersOk?: boolean;
}

const ID_VALUE = "[A-Z0-9](?:[A-Z0-9/.-]{1,28}[A-Z0-9])?";

const KEYED: KeyedIdentifier[] = [
  { type: "MEDICAL_RECORD_NUMBER", labels: ["mrn", "medical record", "med rec", "patient id", "patient number", "hospital number", "health record", "encounter id"], withNoun: ["chart", "record", "case"] },
  { type: "HEALTH_PLAN_ID", labels: ["member id", "subscriber id", "health plan", "insurance id", "hicn", "group number", "plan id"], withNoun: ["member", "subscriber", "policy", "insurance", "beneficiary", "medicaid", "medicare", "group"] },
  { type: "ACCOUNT_NUMBER", labels: ["acct", "billing account", "patient account"], withNoun: ["account", "customer"] },
  { type: "US_DRIVER_LICENSE", labels: ["driver's license", "driver’s license", "drivers license", "driver license", "driving licence", "driving license", "driver's licence"], withNoun: ["dl"] },
  { type: "MEDICAL_LICENSE", labels: ["medical license", "medical licence", "license to practice", "state license", "nursing license", "professional license"] },
  { type: "LICENSE_NUMBER", labels: [], withNoun: ["license", "licence", "permit"] },
  { type: "CERTIFICATE_NUMBER", labels: ["certificate"], withNoun: ["cert", "certification"] },
  { type: "PASSPORT", labels: ["passport"] },
  { type: "OTHER_ID", labels: ["employee id", "student id", "badge number", "national id", "tax id", "military id", "green card", "alien number", "visa number"], withNoun: ["employee", "student", "badge", "ein"] },
  { type: "LICENSE_PLATE", labels: ["license plate", "licence plate", "number plate", "plate number", "plate", "registration plate"], value: "[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}" },
  { type: "DEVICE_ID", labels: ["serial number", "serial no", "serial", "s/n", "device id", "device serial", "imei", "meid", "udid", "implant serial"], withNoun: ["device", "pacemaker", "implant"] },
  { type: "BIOMETRIC", labels: ["fingerprint template", "fingerprint hash", "biometric", "retina scan", "iris scan", "iris code", "voiceprint", "voice print", "faceprint", "face template", "face embedding", "palm print"], value: "[A-Z0-9+/=_-]{8,512}", lettersOk: true },
];

const NOUN = "(?:number|num|nbr|no\\.?|id|#)";
// Between label and value: an optional noun, then "is", ":", "=", "#" or "-".
const GLUE = "[^\\S\\n]{0,3}(?:is|was|:|=|#|-)?[^\\S\\n]{0,3}(?:is[^\\S\\n]+|#)?";

const escape = (label: string) => label.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "[\\s_-]+");

function compile(entry: KeyedIdentifier): RegExp {
  const bare = entry.labels.map(escape);
  const nouned = (entry.withNoun ?? []).map(escape);
  const alternatives = [
    ...(bare.length ? [`(?:${bare.join("|")})s?(?:[^\\S\\n]{0,3}${NOUN})?`] : []),
    ...(nouned.length ? [`(?:${nouned.join("|")})s?[^\\S\\n]{0,3}${NOUN}`] : []),
  ];
  const value = entry.value ?? ID_VALUE;
  // Sticky: it is tried only where a label's first word occurs (found with indexOf, which is fast).
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})${GLUE}(${value})(?![\\p{L}\\p{N}])`, "iudy");
}

const COMPILED = KEYED.map((entry) => ({ entry, regex: compile(entry) }));

// One pass finds where any label starts; only the entries whose labels start with that word are
// then tried there.
const BY_FIRST_WORD = new Map<string, typeof COMPILED>();
for (const compiled of COMPILED) {
  const { labels, withNoun = [] } = compiled.entry;
  for (const label of [...labels, ...withNoun]) {
    const first = (label.split(/[\s'’]/)[0] ?? label).toLowerCase();
    const list = BY_FIRST_WORD.get(first) ?? [];
    if (!list.includes(compiled)) list.push(compiled);
    BY_FIRST_WORD.set(first, list);
  }
}
const FIRST_WORDS = new RegExp(
  `\\b(?:${[...BY_FIRST_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})`,
  "gi",
);

/**
 * Identifiers announced by a label: medical record, health plan, account, licence, certificate,
 * passport, plate, device serial and biometric template numbers. The label must be a whole word.
 */
export const keyedIdentifierRecognizer: Recognizer = {
  name: "keyed-identifiers",
  find(text) {
    const spans: Span[] = [];
    FIRST_WORDS.lastIndex = 0;
    for (let hit = FIRST_WORDS.exec(text); hit !== null; hit = FIRST_WORDS.exec(text)) {
      for (const { entry, regex } of BY_FIRST_WORD.get(hit[0].toLowerCase()) ?? []) {
        regex.lastIndex = hit.index;
        const m = regex.exec(text);
        const range = m?.indices?.[1];
        const value = m?.[1] ?? "";
        if (!range || value.length < 4 || (!entry.lettersOk && !/\d/.test(value))) continue;
        // A label is strong evidence: it outranks a checksum-only reading (an IMEI also passes Luhn).
        spans.push({ start: range[0], end: range[1], type: entry.type, score: 0.92 });
      }
    }
    return spans;
  },
};
