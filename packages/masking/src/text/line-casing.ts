// Commands and code are lower case by nature, not because casing was lost: "cron 0 */6 * * *",
// "kubectl delete pod api-7d9f -n prod". Their words are never read as names.
const CODE_LIKE = /[*/\\=<>{}[\]|`$#_~^]|(?:^|\s)--?[a-z]/;

/**
 * Precomputes, once per text, whether each line is prose that has lost its capitals (no
 * upper-case letter and nothing code-like), and returns a lookup by character index.
 *
 * @example
 * const isLower = lowerCaseLines("Dear Sir\nleone mazzi");
 * isLower(12); // true
 */
export function lowerCaseLines(text: string): (index: number) => boolean {
  const lineEnds: number[] = [];
  const lower: boolean[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lineEnds.push(end);
    const line = text.slice(start, end);
    lower.push(!/\p{Lu}/u.test(line) && !CODE_LIKE.test(line));
    if (nl < 0) break;
    start = nl + 1;
  }
  return (index) => {
    let lo = 0;
    let hi = lineEnds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lineEnds[mid] ?? 0) < index) lo = mid + 1;
      else hi = mid;
    }
    return lower[lo] ?? false;
  };
}
