// Text helpers shared by the renderers: escaping and length budgets.

/**
 * Escapes the three characters Slack's mrkdwn treats as control characters, so user-provided text
 * cannot form links, mentions (`<!channel>`) or entities.
 *
 * @example escapeMrkdwn("a <b> & c") // "a &lt;b&gt; &amp; c"
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts text to at most `max` characters (code points are not split), marking the cut.
 *
 * @example truncate("abcdef", 4) // "abc…"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let cut = max - 1;
  // Do not leave half of a surrogate pair behind.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * Escapes, then fits the result into `max` characters without cutting an entity (`&amp;`) or a
 * surrogate pair in half. Walks only as far as the budget, so megabyte inputs stay cheap.
 *
 * @example escapeWithin("&&&&", 7) // "&amp;…"
 */
export function escapeWithin(text: string, max: number): string {
  if (text.length <= max) {
    const escaped = escapeMrkdwn(text);
    if (escaped.length <= max) return escaped;
  }
  let out = "";
  for (const ch of text) {
    const piece = escapeMrkdwn(ch);
    if (out.length + piece.length + 1 > max) break;
    out += piece;
  }
  return `${out}…`;
}

/** Backslash-escapes CommonMark punctuation for Adaptive Card TextBlocks (markdown subset). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#+\-!>~|]/g, (c) => `\\${c}`);
}
