import { isMbiValid } from "../checksums/mbi.js";
import { isVinValid } from "../checksums/vin.js";
import { hasCueBefore, wordCue } from "../text/context.js";
import { scan, type Recognizer } from "./recognizer.js";

const VIN = /\b(?<!-)[A-HJ-NPR-Z0-9]{17}\b(?!-)/g;
const VIN_CUE = wordCue(["vin", "vehicle identification", "chassis"]);
const MBI = /\b(?<!-)[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}\b(?!-)/g;

/**
 * Vehicle identification numbers (check digit; a "VIN" cue also admits non-North-American VINs,
 * which carry none) and Medicare Beneficiary Identifiers (structure).
 */
export const vehicleAndMedicareRecognizer: Recognizer = {
  name: "vehicle-and-medicare",
  needsDigit: true,
  find(text) {
    const vins = scan(text, VIN, (m) => {
      if (!/[A-Z]/.test(m[0]) || !/\d/.test(m[0])) return undefined;
      if (isVinValid(m[0])) return { type: "VIN", score: 0.85 };
      return hasCueBefore(text, m.index, VIN_CUE, 20) ? { type: "VIN", score: 0.7 } : undefined;
    });
    const mbis = scan(text, MBI, (m) => (isMbiValid(m[0]) ? { type: "HEALTH_PLAN_ID", score: 0.85 } : undefined));
    return [...vins, ...mbis];
  },
};
