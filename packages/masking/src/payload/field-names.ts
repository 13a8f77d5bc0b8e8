/** Splits a field name into lower-case words: "patientName" → ["patient", "name"], "date_of_birth" → […]. */
export function fieldWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Word sequences that mark a field as holding an identifier; matched as whole words, in order. */
const FIELD_RULES: [type: string, words: string[][]][] = [
  ["US_SSN", [["ssn"], ["social", "security"], ["sin"], ["tax", "id"], ["tin"], ["itin"]]],
  ["DATE_TIME", [["dob"], ["birth"], ["birthdate"], ["birthday"], ["dod"], ["death"], ["admission", "date"], ["admit", "date"], ["discharge", "date"], ["visit", "date"], ["appointment", "date"], ["service", "date"], ["date", "of", "service"]]],
  ["MEDICAL_RECORD_NUMBER", [["mrn"], ["medical", "record"], ["chart", "number"], ["patient", "id"], ["encounter", "id"]]],
  ["HEALTH_PLAN_ID", [["mbi"], ["hicn"], ["member", "id"], ["subscriber", "id"], ["policy", "number"], ["insurance", "id"], ["medicare"], ["medicaid"], ["beneficiary"], ["health", "plan"]]],
  ["PERSON", [["patient", "name"], ["first", "name"], ["last", "name"], ["full", "name"], ["given", "name"], ["family", "name"], ["middle", "name"], ["maiden", "name"], ["surname"], ["firstname"], ["lastname"], ["fullname"], ["contact", "name"], ["guardian"], ["next", "of", "kin"], ["emergency", "contact"]]],
  ["EMAIL_ADDRESS", [["email"], ["e", "mail"], ["mail", "address"]]],
  ["PHONE_NUMBER", [["phone"], ["telephone"], ["tel"], ["fax"], ["msisdn"], ["cellphone"], ["cell", "phone"], ["cell", "number"], ["mobile", "phone"], ["mobile", "number"]]],
  ["IP_ADDRESS", [["ip"], ["ipv4"], ["ipv6"], ["remote", "addr"], ["client", "addr"]]],
  ["ZIP_CODE", [["zip"], ["zipcode"], ["postal"], ["postcode"]]],
  ["LOCATION", [["city"], ["town"], ["county"], ["municipality"]]],
  ["CREDIT_CARD", [["card", "number"], ["credit", "card"], ["cc", "number"], ["pan"], ["ccn"]]],
  ["IBAN_CODE", [["iban"]]],
  ["ABA_ROUTING_NUMBER", [["routing"], ["aba"]]],
  ["US_BANK_NUMBER", [["account", "number"], ["bank", "account"], ["acct"]]],
  ["NPI", [["npi"]]],
  ["DEA_NUMBER", [["dea"]]],
  ["US_DRIVER_LICENSE", [["driver", "license"], ["drivers", "license"], ["driving", "licence"], ["dl", "number"]]],
  ["LICENSE_NUMBER", [["license", "number"], ["licence", "number"], ["medical", "license"], ["certificate", "number"]]],
  ["PASSPORT", [["passport"]]],
  ["VIN", [["vin"]]],
  ["LICENSE_PLATE", [["license", "plate"], ["plate", "number"]]],
  ["DEVICE_ID", [["device", "id"], ["serial"], ["imei"], ["udid"], ["mac", "address"]]],
  ["PHOTO", [["photo"], ["picture"], ["headshot"], ["selfie"], ["face", "image"], ["portrait"], ["avatar"]]],
  ["BIOMETRIC", [["biometric"], ["fingerprint", "template"], ["fingerprint", "image"], ["retina"], ["iris"], ["voiceprint"], ["face", "encoding"], ["face", "embedding"]]],
];

// Checked after the rules above, so "ip_address", "email_address" and "mac_address" keep their types.
const STREET_WORDS = [["address"], ["street"], ["addr"], ["address", "line"]];
// Network and memory addresses are not where someone lives.
const NOT_POSTAL = new Set(["ip", "mac", "server", "bind", "listen", "host", "remote", "local", "socket", "wallet", "web", "url", "memory", "broadcast", "gateway", "network", "contract", "base"]);
// Single-word keys that are sensitive on their own (a "mobile" or "cell" field is a phone number).
const EXACT: Record<string, string> = { mobile: "PHONE_NUMBER", cell: "PHONE_NUMBER", age: "AGE", patient_age: "AGE" };

// Credentials are recognised by the last word only: "access_token" is a secret, "max_tokens" is not.
const SECRET_LAST = new Set(["password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "credentials", "cookie"]);
const SECRET_PAIRS = [["api", "key"], ["access", "key"], ["secret", "key"], ["private", "key"], ["signing", "key"], ["encryption", "key"]];

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}

// Keys named just "name" hold a person's name when their parent is a person.
const PERSON_PARENTS = new Set(["patient", "person", "contact", "guardian", "member", "subscriber", "beneficiary", "customer", "employee", "physician", "doctor", "nurse", "caregiver", "spouse", "parent", "child", "kin"]);

/**
 * The identifier type a field's name implies, or undefined for ordinary fields. Names match as
 * whole words, so `recipient` is not an IP address and `max_tokens` is not a secret.
 *
 * @example
 * classifyField("patientSSN");          // "US_SSN"
 * classifyField("name", "patient");     // "PERSON"
 * classifyField("recipient");           // undefined
 */
export function classifyField(name: string, parentName?: string): string | undefined {
  const words = fieldWords(name);
  const last = words[words.length - 1];
  if (last && SECRET_LAST.has(last)) return "SECRET";
  if (SECRET_PAIRS.some((pair) => containsRun(words, pair))) return "SECRET";
  const exact = EXACT[words.join("_")];
  if (exact) return exact;
  for (const [type, runs] of FIELD_RULES) if (runs.some((run) => containsRun(words, run))) return type;
  if (STREET_WORDS.some((run) => containsRun(words, run)) && !words.some((w) => NOT_POSTAL.has(w))) return "STREET_ADDRESS";
  if (words.length === 1 && last === "name" && parentName && fieldWords(parentName).some((w) => PERSON_PARENTS.has(w))) return "PERSON";
  return undefined;
}
