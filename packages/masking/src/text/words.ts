/** A word of letters (inner apostrophes and hyphens allowed) and where it sits in the text. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export type WordShape = "capitalised" | "upper" | "initial" | "lower" | "mixed";

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * Splits text into words, keeping offsets.
 *
 * @example
 * words("Mary-Jane O'Neil, 42").map((w) => w.text); // ["Mary-Jane", "O'Neil"]
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const UPPER = /^\p{Lu}$/u;
const SIMPLE_CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const ALL_LOWER = /^[^\p{Lu}]+$/u;
const ALL_UPPER = /^[^\p{Ll}]+$/u;
// Name prefixes that carry an inner capital: McDonald, MacArthur, O'Neil, DeVito, LaToya, D'Angelo.
const INNER_CAPITAL = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von|Fitz|St)\p{Lu}\p{Ll}+$/u;

/**
 * The capitalisation pattern of a word; hyphen/apostrophe parts are judged separately
 * ("Mayo-Walters" and "O'Neil" are capitalised, "iPhone" and "PostgreSQL" are mixed).
 *
 * @example
 * wordShape("Szöllösy"); // "capitalised"
 * wordShape("LONDON");   // "upper"
 */
export function wordShape(word: string): WordShape {
  const first = word[0] ?? "";
  if (word.length === 1) return UPPER.test(first) ? "initial" : "lower";
  if (SIMPLE_CAPITALISED.test(word)) return "capitalised";
  if (ALL_LOWER.test(word)) return "lower";
  if (ALL_UPPER.test(word)) return "upper";
  if (INNER_CAPITAL.test(word)) return "capitalised";
  // Compound parts: each capitalised, or lower case after the first ("Mayo-Walters", "Hauta-aho").
  const parts = word.split(/['’-]/);
  const capitalisedPart = (p: string) => UPPER.test(p[0] ?? "") && [...p.slice(1)].every((c) => !UPPER.test(c));
  const lowerPart = (p: string) => [...p].every((c) => !UPPER.test(c));
  if (capitalisedPart(parts[0] ?? "") && parts.slice(1).every((p) => capitalisedPart(p) || lowerPart(p))) return "capitalised";
  return "mixed";
}
