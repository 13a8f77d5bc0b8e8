// Identities are emails, compared lower-case everywhere (IdPs and chat platforms disagree on case).
import type { YamlNode } from "../yaml/node.js";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Reads a list of emails, lower-cased; malformed ones are reported.
 *
 * @example members: [Alice@Example.com] // ["alice@example.com"]
 */
export function readEmails(node: YamlNode, what: string): string[] {
  const items = node.items(what) ?? [];
  const out: string[] = [];
  for (const item of items) {
    const email = item.string(`each of ${what}`);
    if (email === undefined) continue;
    if (!EMAIL.test(email)) item.error(`'${email}' is not an email address`);
    else if (out.includes(email.toLowerCase())) item.error(`'${email}' is listed twice`);
    else out.push(email.toLowerCase());
  }
  return out;
}
