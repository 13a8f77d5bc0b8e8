import { isSsnPlausible } from "../checksums/ssn.js";
import { hasCueBefore, wordCue } from "../text/context.js";
import { scan, type Recognizer } from "./recognizer.js";

const SSN = /\b(?<!-)(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
const SSN_CUE = wordCue(["ssn", "ss#", "ss #", "social security", "social", "soc sec", "taxpayer", "tin", "itin"]);

/**
 * US Social Security numbers. Dashed 3-2-4 numbers stand on their own; spaced or unseparated
 * ones need a cue ("SSN", "social security") because nine digits are too common otherwise.
 */
export const ssnRecognizer: Recognizer = {
  name: "ssn",
  needsDigit: true,
  find: (text) =>
    scan(text, SSN, (m) => {
      if (!isSsnPlausible(`${m[1]}${m[3]}${m[4]}`)) return undefined;
      const cue = hasCueBefore(text, m.index, SSN_CUE, 30);
      if (m[2] === "-") return { type: "US_SSN", score: cue ? 0.95 : 0.8 };
      return cue ? { type: "US_SSN", score: 0.85 } : undefined;
    }),
};
