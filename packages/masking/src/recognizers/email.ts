import { scan, type Recognizer } from "./recognizer.js";

// Bounded quantifiers keep the worst case linear; the look-behind stops the match starting inside
// a longer token, and `:` / `/` keep `postgres://user:pass@host` for the secrets recognizer.
const EMAIL =
  /(?<![\p{L}\p{N}._%+:/-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\p{L}\p{N}-])/gu;

/** Email addresses (local@domain.tld). */
export const emailRecognizer: Recognizer = {
  name: "email",
  find: (text) => (text.includes("@") ? scan(text, EMAIL, () => ({ type: "EMAIL_ADDRESS", score: 0.95 })) : []),
};
