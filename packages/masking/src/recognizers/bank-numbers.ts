import { isAbaRoutingValid } from "../checksums/aba-routing.js";
import { hasCueBefore, wordCue } from "../text/context.js";
import { scan, type Recognizer } from "./recognizer.js";

const NINE_DIGITS = /\b(?<!-)\d{9}(?![\w-])/g;
const ACCOUNT_DIGITS = /\b(?<!-)\d{8,17}(?![\w-])/g;
const ROUTING_CUE = wordCue(["routing", "aba", "rtn", "transit", "routing number", "aba number"]);
// "account" alone is too common in operations (AWS account ids), so only banking phrases count.
const ACCOUNT_CUE = wordCue([
  "bank account", "account number", "account no", "account #", "acct", "acct no", "acct #", "checking",
  "savings", "a/c", "deposit account", "account num",
]);

/** ABA routing numbers (prefix + 3-7-1 checksum, with a banking cue) and US bank account numbers (cue). */
export const bankNumberRecognizer: Recognizer = {
  name: "bank-numbers",
  needsDigit: true,
  find(text) {
    const routing = scan(text, NINE_DIGITS, (m) =>
      isAbaRoutingValid(m[0]) && hasCueBefore(text, m.index, ROUTING_CUE, 30)
        ? { type: "ABA_ROUTING_NUMBER", score: 0.9 }
        : undefined,
    );
    const accounts = scan(text, ACCOUNT_DIGITS, (m) =>
      hasCueBefore(text, m.index, ACCOUNT_CUE, 30) ? { type: "US_BANK_NUMBER", score: 0.75 } : undefined,
    );
    return [...routing, ...accounts];
  },
};
