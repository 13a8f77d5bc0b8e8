import { createHmac } from "node:crypto";
import { MaskingError } from "../errors.js";
import { labelFor } from "./labels.js";

// Identifiers made of digits and letters compare without their separators ("123-45-6789" =
// "123 45 6789"); everything else compares case- and whitespace-insensitively ("John  Smith" = "john smith").
const COMPACT_TYPES = new Set([
  "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "IBAN_CODE", "ABA_ROUTING_NUMBER", "US_BANK_NUMBER", "NPI",
  "DEA_NUMBER", "VIN", "HEALTH_PLAN_ID", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "ZIP_CODE",
]);

/**
 * Canonical form of a value before hashing, so equal values map to equal pseudonyms.
 *
 * @example
 * normalizeForPseudonym("PERSON", "  John   SMITH "); // "john smith"
 * normalizeForPseudonym("US_SSN", "123 45 6789");     // "123456789"
 */
export function normalizeForPseudonym(type: string, value: string): string {
  const folded = value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return COMPACT_TYPES.has(type) ? folded.replace(/[^\p{L}\p{N}]/gu, "") : folded;
}

/**
 * A keyed pseudonym: HMAC-SHA256 of the normalized value under the deployment's secret, so the
 * same value gets the same token within a deployment and cannot be reversed without the secret.
 *
 * @example
 * pseudonymFor("PERSON", "John Smith", "server-secret"); // "[PERSON:5f2a9c1e]" (hex varies with the secret)
 */
export function pseudonymFor(type: string, value: string, secret: string | undefined): string {
  if (!secret) throw new MaskingError("MASKING_SECRET_REQUIRED", "the pseudonym style needs the server secret");
  const label = labelFor(type);
  const digest = createHmac("sha256", secret).update(`${label}\u0000${normalizeForPseudonym(type, value)}`).digest("hex");
  return `[${label}:${digest.slice(0, 8)}]`;
}
