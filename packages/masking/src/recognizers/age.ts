import { scan, type Recognizer } from "./recognizer.js";

// Safe Harbor removes ages over 89 only; younger ages stay readable.
const AGE = /\b(?:aged?[^\S\n]{0,3}:?[^\S\n]{0,3}(\d{2,3})\b|(\d{2,3})[^\S\n-]{0,2}[- ](?:years?|yrs?|yo)[- ]old\b|(\d{2,3})[^\S\n]{0,2}(?:y\/o|yo|y\.o\.)(?![\w]))/dgi;

/** Ages above 89 ("aged 93", "95-year-old", "92 y/o"). */
export const ageRecognizer: Recognizer = {
  name: "age",
  needsDigit: true,
  find(text) {
    const spans = scan(text, AGE, (m) => {
      const age = Number(m[1] ?? m[2] ?? m[3]);
      return age > 89 && age < 130 ? { type: "AGE", score: 0.8 } : undefined;
    });
    return spans;
  },
};
