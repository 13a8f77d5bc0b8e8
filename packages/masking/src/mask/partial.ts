import { labelFor } from "./labels.js";

/** Replaces every digit except the last `keep` with `*`, leaving separators in place. */
function keepLastDigits(value: string, keep: number): string {
  let remaining = value.replace(/\D/g, "").length - keep;
  return value.replace(/\d/g, (d) => (remaining-- > 0 ? "*" : d));
}

function card(value: string): string {
  const digits = value.replace(/\D/g, "");
  const hidden = "*".repeat(Math.max(0, digits.length - 4)).replace(/(.{4})(?=.)/g, "$1 ");
  return `${hidden} ${digits.slice(-4)}`;
}

function email(value: string): string {
  const at = value.indexOf("@");
  return at <= 0 ? `[${labelFor("EMAIL_ADDRESS")}]` : `${value[0]}***${value.slice(at)}`;
}

function identifier(value: string): string {
  const compact = value.replace(/[\s-]/g, "");
  return compact.length >= 8 ? `${"*".repeat(compact.length - 4)}${compact.slice(-4)}` : "*".repeat(compact.length);
}

/** Safe Harbor keeps the year of a date: every other digit is hidden. */
function date(value: string): string {
  const year = /(?:19|20)\d{2}/.exec(value);
  if (!year) return `[${labelFor("DATE_TIME")}]`;
  return value.replace(/\d/g, (d, offset: number) => (offset >= year.index && offset < year.index + 4 ? d : "*"));
}

const RULES: Record<string, (value: string) => string> = {
  US_SSN: (v) => keepLastDigits(v, 4),
  CREDIT_CARD: card,
  PHONE_NUMBER: (v) => keepLastDigits(v, 4),
  EMAIL_ADDRESS: email,
  IBAN_CODE: (v) => {
    const compact = v.replace(/\s/g, "");
    return `${compact.slice(0, 2)}${"*".repeat(Math.max(0, compact.length - 6))}${compact.slice(-4)}`;
  },
  PERSON: (v) => v.replace(/(\p{L})[\p{L}\p{M}'’-]*/gu, "$1***"),
  IP_ADDRESS: (v) => (v.includes(".") ? v.replace(/^(\d+)\..*$/, "$1.*.*.*") : v.replace(/^([0-9a-f]{1,4}):.*$/i, "$1:*")),
  URL: (v) => v.replace(/^([a-z]+:\/\/[^/?#]+).*$/i, "$1/***"),
  DATE_TIME: date,
  ZIP_CODE: (v) => v.replace(/^(\d{3})\d+/, (m, head: string) => head + "*".repeat(m.length - 3)),
};

// Identifier-like types show their last four characters, like a card on a receipt.
for (const type of [
  "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "ACCOUNT_NUMBER", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID",
  "NPI", "DEA_NUMBER", "US_DRIVER_LICENSE", "MEDICAL_LICENSE", "LICENSE_NUMBER", "CERTIFICATE_NUMBER",
  "PASSPORT", "VIN", "LICENSE_PLATE", "DEVICE_ID", "OTHER_ID",
]) {
  RULES[type] = identifier;
}

/**
 * A partially masked value that keeps enough to recognise it (`***-**-6789`, `j***@example.org`,
 * `**** **** **** 1111`). Types without a safe partial form (addresses, secrets) become tags.
 *
 * @example
 * partialFor("US_SSN", "123-45-6789");         // "***-**-6789"
 * partialFor("EMAIL_ADDRESS", "jo@example.org"); // "j***@example.org"
 */
export function partialFor(type: string, value: string): string {
  const rule = RULES[type];
  return rule ? rule(value) : `[${labelFor(type)}]`;
}
