/** A token of address text. `word` may keep one trailing dot ("St.", "u.", "Apt."). */
export interface AddressToken {
  kind: "word" | "number" | "newline" | "comma" | "open" | "close" | "hash" | "other";
  text: string;
  start: number;
  end: number;
  /** Lower case, without an abbreviation dot ("St." → "st"). */
  key: string;
  /** Starts with a capital letter (covers ALL CAPS and Greek/Cyrillic). */
  capital: boolean;
}

// Words may contain the increment sign standing in for a Greek capital delta (∆ for Δ, an encoding slip).
const TOKEN =
  /(\n)|(\d+(?:[-/]\d+)*[A-Za-z]?(?![\p{L}\p{N}]))|((?:[\p{L}\p{M}]|\u2206(?=\p{L}))+(?:['’-][\p{L}\p{M}]+)*\.?)|(,)|(\()|(\))|(#)|([^\s])/gu;

// A trailing dot belongs to the word when it is an abbreviation (St., Apt., u., Λ.), not a full stop.
const ABBREVIATION = /^(?:\p{L}{1,4}|[\p{Lu}])\.$/u;

/**
 * Tokenizes text for the address grammar: words, numbers (incl. 12-34 and 12/3), newlines and
 * the punctuation that matters; other spaces are dropped.
 *
 * @example
 * addressTokens("12 Main St.\nApt 4").map((t) => t.kind);
 * // ["number", "word", "word", "newline", "word", "number"]
 */
export function addressTokens(text: string): AddressToken[] {
  const out: AddressToken[] = [];
  const push = (kind: AddressToken["kind"], value: string, start: number) => {
    const key = kind === "word" ? (value.endsWith(".") ? value.slice(0, -1) : value).toLowerCase() : value;
    out.push({ kind, text: value, start, end: start + value.length, key, capital: kind === "word" && CAPITAL.test(value) });
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    if (m[1]) push("newline", "\n", start);
    else if (m[2]) push("number", m[2], start);
    else if (m[3]) {
      const word = m[3];
      if (word.endsWith(".") && !ABBREVIATION.test(word)) {
        push("word", word.slice(0, -1), start);
        push("other", ".", start + word.length - 1);
      } else push("word", word, start);
    } else if (m[4]) push("comma", ",", start);
    else if (m[5]) push("open", "(", start);
    else if (m[6]) push("close", ")", start);
    else if (m[7]) push("hash", "#", start);
    else push("other", m[0], start);
  }
  return out;
}

const CAPITAL = /^\p{Lu}/u;

/** The word without its abbreviation dot, lower-cased. */
export function bare(token: AddressToken): string {
  return token.key;
}

/** True when the token starts with a capital letter (covers ALL CAPS and Greek/Cyrillic). */
export function isCapitalised(token: AddressToken): boolean {
  return token.capital;
}
