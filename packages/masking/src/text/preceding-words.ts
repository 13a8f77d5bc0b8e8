const WORD_CHAR_RE = /[\p{L}\p{M}'’]/u;

/** Letter test that avoids the regex engine for ASCII, the common case. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return WORD_CHAR_RE.test(ch);
}
const SEPARATOR = /[\s:,\-–]/;

/**
 * The words (lower case) that end right before `index`, nearest last, skipping separators
 * (spaces, newlines, colons, commas, dashes) before the first one. Scans backwards at most
 * `maxChars` characters, so it costs the same wherever it is called.
 *
 * @example
 * precedingWords("My name is: Rose", 12, 3); // ["my", "name", "is"]
 */
export function precedingWords(text: string, index: number, count: number, maxChars = 40): string[] {
  const stop = Math.max(0, index - maxChars);
  const out: string[] = [];
  let i = index;
  while (i > stop && SEPARATOR.test(text[i - 1] ?? "")) i--;
  while (out.length < count && i > stop) {
    let j = i;
    while (j > stop && isWordChar(text[j - 1])) j--;
    if (j === i) break;
    out.unshift(text.slice(j, i).toLowerCase());
    let k = j;
    while (k > stop && (text[k - 1] === " " || text[k - 1] === "\t")) k--;
    if (k === j) break;
    i = k;
  }
  return out;
}

/**
 * Builds a matcher for cue phrases (1–4 words) that must end right before a position.
 *
 * @example
 * const cue = phraseCue(["lives at", "address"]);
 * cue("She lives at 12 Elm St", 13); // true
 */
export function phraseCue(phrases: readonly string[]): (text: string, index: number) => boolean {
  const set = new Set(phrases.map((p) => p.toLowerCase()));
  const longest = Math.max(...phrases.map((p) => p.split(" ").length));
  // Most positions follow a word that ends no phrase: one word of look-back settles them.
  const lastWords = new Set([...set].map((p) => p.slice(p.lastIndexOf(" ") + 1)));
  return (text, index) => {
    const nearest = precedingWords(text, index, 1);
    if (nearest.length === 0 || !lastWords.has(nearest[0] ?? "")) return false;
    const before = precedingWords(text, index, longest);
    let phrase = "";
    for (let k = before.length - 1; k >= 0; k--) {
      phrase = phrase ? `${before[k]} ${phrase}` : (before[k] ?? "");
      if (set.has(phrase)) return true;
    }
    return false;
  };
}

/**
 * The word right before `index` across one or two spaces and an optional abbreviation dot, with
 * where it starts; used for titles ("Dr. Kiss", "Mr Young").
 *
 * @example
 * wordBefore("Dr. Kiss", 4); // { word: "Dr", start: 0 }
 */
export function wordBefore(text: string, index: number): { word: string; start: number } | undefined {
  let i = index;
  let spaces = 0;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t") && spaces < 2) {
    i--;
    spaces++;
  }
  if (spaces === 0) return undefined;
  if (text[i - 1] === ".") i--;
  const end = i;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i < end ? { word: text.slice(i, end), start: i } : undefined;
}
