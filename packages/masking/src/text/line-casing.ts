/**
 * Precomputes, once per text, whether each line has lost its capitals (has no upper-case letter),
 * and returns a lookup by character index.
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
    lower.push(!/\p{Lu}/u.test(text.slice(start, end)));
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
