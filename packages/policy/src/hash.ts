// The policy hash names exactly which policy decided, in every decision and audit event. It covers
// the files' names and bytes, not where they were loaded from, so the same policy has the same hash
// on every machine.
import { createHash } from "node:crypto";

/**
 * The file name without directories (either separator), so a checkout's location does not matter.
 *
 * @example baseName("policies/example.yaml") // "example.yaml"
 */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}

/**
 * sha256 (hex) over the files sorted by name; each contributes its name and contents, length-
 * prefixed so that no two different sets can produce the same byte stream.
 *
 * @example policyHash([{ file: "policies/example.yaml", text: "rules: []" }]) // "3f1c…" (64 hex chars)
 */
export function policyHash(sources: readonly { file: string; text: string }[]): string {
  const hash = createHash("sha256");
  const named = sources.map((s) => ({ name: baseName(s.file), text: s.text })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, text } of named) {
    const nameBytes = Buffer.from(name, "utf8");
    const textBytes = Buffer.from(text, "utf8");
    hash.update(`${nameBytes.length}:`).update(nameBytes).update(`${textBytes.length}:`).update(textBytes);
  }
  return hash.digest("hex");
}
