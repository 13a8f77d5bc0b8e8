import { isDeaValid } from "../checksums/dea.js";
import { isNpiValid } from "../checksums/npi.js";
import { hasCueBefore, wordCue } from "../text/context.js";
import { scan, type Recognizer } from "./recognizer.js";

const TEN_DIGITS = /\b(?<!-)[12]\d{9}(?![\w-])/g;
const DEA = /\b(?<!-)[A-Z][A-Z9]\d{7}(?![\w-])/g;
// Ten-digit numbers collide with phone numbers, so an NPI needs a provider cue as well as its checksum.
const NPI_CUE = wordCue(["npi", "national provider", "provider", "prescriber", "physician", "provider id"]);

/** Clinician identifiers: NPI (Luhn with the 80840 prefix, cue required) and DEA numbers (checksum). */
export const providerIdRecognizer: Recognizer = {
  name: "provider-ids",
  needsDigit: true,
  find(text) {
    const npi = scan(text, TEN_DIGITS, (m) =>
      isNpiValid(m[0]) && hasCueBefore(text, m.index, NPI_CUE, 30) ? { type: "NPI", score: 0.9 } : undefined,
    );
    const dea = scan(text, DEA, (m) => (isDeaValid(m[0]) ? { type: "DEA_NUMBER", score: 0.85 } : undefined));
    return [...npi, ...dea];
  },
};
