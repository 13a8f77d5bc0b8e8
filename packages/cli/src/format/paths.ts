// Commands resolve paths against the caller's directory; messages show them relative to it again,
// as the user typed them.
import path from "node:path";
import { formatIssue, type PolicyValidationError } from "@countersign/policy";

/**
 * A path relative to `cwd` when it is inside it, else as is.
 *
 * @example shown("/repo/policies/example.yaml", "/repo") // "policies/example.yaml"
 */
export function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/**
 * The validation errors, one `file:line:column: [rule] message` per line, paths relative to cwd.
 *
 * @example formatValidationError(error, "/repo") // "policies/example.yaml:12:5: [phi-export] unknown key 'aprovers'…"
 */
export function formatValidationError(error: PolicyValidationError, cwd: string): string {
  const count = error.errors.length === 1 ? "1 error" : `${error.errors.length} errors`;
  return [`invalid policy (${count}):`, ...error.errors.map((e) => formatIssue({ ...e, file: shown(e.file, cwd) }))].join("\n");
}

/**
 * Rewrites absolute paths under `cwd` inside a message to relative ones.
 *
 * @example relativeInMessage("cannot read policy /repo/x.yaml: ENOENT", "/repo") // "cannot read policy x.yaml: ENOENT"
 */
export function relativeInMessage(message: string, cwd: string): string {
  const prefix = `${cwd}${path.sep}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return message.replace(new RegExp(`(^|[\\s(])${prefix}`, "gm"), "$1");
}
