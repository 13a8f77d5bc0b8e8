// Short, readable labels for masked values on approval cards ("[SSN]", "[PERSON:5f2a9c1e]").
const LABELS: Record<string, string> = {
  US_SSN: "SSN",
  EMAIL_ADDRESS: "EMAIL",
  PHONE_NUMBER: "PHONE",
  CREDIT_CARD: "CARD",
  IBAN_CODE: "IBAN",
  ABA_ROUTING_NUMBER: "ROUTING",
  US_BANK_NUMBER: "BANK_ACCOUNT",
  STREET_ADDRESS: "ADDRESS",
  ZIP_CODE: "ZIP",
  DATE_TIME: "DATE",
  IP_ADDRESS: "IP",
  MEDICAL_RECORD_NUMBER: "MRN",
  US_DRIVER_LICENSE: "DRIVER_LICENSE",
  LOCATION: "LOCATION",
};

/**
 * The label shown for a detected type.
 *
 * @example
 * labelFor("US_SSN"); // "SSN"
 * labelFor("PERSON"); // "PERSON"
 */
export function labelFor(type: string): string {
  return LABELS[type] ?? type;
}
