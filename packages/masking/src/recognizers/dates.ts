import type { Span } from "../types.js";
import { scan, type Recognizer } from "./recognizer.js";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const ORDINAL = "\\d{1,2}(?:st|nd|rd|th)?";

const ISO = /\b(?<!-)((?:19|20)\d{2})-(\d{2})-(\d{2})(?:([ T])\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\w-])/g;
// Slashes allow two-digit years; dots and dashes need four (1.10.15 is a version, not a date).
const NUMERIC = /\b(?<![./-])(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|([.-])(\d{1,2})\4(\d{4}))(?![\w/]|[.-]\d)/g;
const TEXTUAL = new RegExp(
  `\\b(?:${MONTH}\\.?[^\\S\\n]+${ORDINAL}(?:,?[^\\S\\n]+\\d{4})?|${ORDINAL}[^\\S\\n]+(?:of[^\\S\\n]+)?${MONTH}\\.?(?:,?[^\\S\\n]+\\d{4})?|${MONTH}\\.?,?[^\\S\\n]+(?:19|20)\\d{2})\\b`,
  "g",
);
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
// A year alone is not PHI under Safe Harbor, but in prose about someone ("born in 1950") it is
// often masked; it gets a low score so callers can filter it out.
const YEAR_IN_PROSE = /\b(?:in|since|during|until|till|from|by|of|circa|year|born)[^\S\n]+((?:19|20)\d{2})(?![\w-]|\.\d)/dgi;
// Machine timestamps in log lines ("2024-05-01T12:00:00Z INFO …") stay readable: they date events, not people.
const LOG_LEVEL_AFTER = /^[^\S\n]*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\b/;

function validDayMonth(a: number, b: number): boolean {
  // Either M/D or D/M order.
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

/** Dates that can relate to a person (numeric, ISO, written out), weekdays and years in prose. */
export const dateRecognizer: Recognizer = {
  name: "dates",
  find(text) {
    const weekdays = scan(text, WEEKDAY, () => ({ type: "DATE_TIME", score: 0.3 }));
    if (!/\d/.test(text)) return weekdays;
    const iso = scan(text, ISO, (m) => {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      if (m[4] === "T" || LOG_LEVEL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
        return undefined;
      }
      return { type: "DATE_TIME", score: 0.7 };
    });
    const numeric = scan(text, NUMERIC, (m) => {
      const a = Number(m[1]);
      const b = Number(m[2] ?? m[5]);
      return validDayMonth(a, b) ? { type: "DATE_TIME", score: 0.7 } : undefined;
    });
    const textual = scan(text, TEXTUAL, () => ({ type: "DATE_TIME", score: 0.6 }));
    const years = scan(text, YEAR_IN_PROSE, () => ({ type: "DATE_TIME", score: 0.3 }), 1);
    const all: Span[] = [...iso, ...numeric, ...textual, ...weekdays, ...years];
    return all;
  },
};
