// Reads a policy set from disk: one file, or every *.yaml / *.yml in a directory (not recursive,
// sorted by name). Fixture files (*.test.yaml) are skipped so tests can sit beside the policy.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parsePolicy, type ParseOptions, type PolicySet } from "./policy-set.js";

const POLICY_FILE = /\.ya?ml$/;
const FIXTURE_FILE = /\.test\.ya?ml$/;

/**
 * True for names the loader reads from a policy directory.
 *
 * @example isPolicyFileName("example.test.yaml") // false
 */
export function isPolicyFileName(name: string): boolean {
  return POLICY_FILE.test(name) && !FIXTURE_FILE.test(name);
}

/**
 * The files of a policy set with their text, in name order; paths are reported as given.
 *
 * @example await readPolicySources("policies") // [{ file: "policies/example.yaml", text: "…" }]
 */
export async function readPolicySources(pathOrDir: string): Promise<{ file: string; text: string }[]> {
  let info;
  try {
    info = await stat(pathOrDir);
  } catch (error) {
    throw new Error(`cannot read policy ${pathOrDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  if (!info.isDirectory()) return [{ file: pathOrDir, text: await readFile(pathOrDir, "utf8") }];
  const names = (await readdir(pathOrDir, { withFileTypes: true }))
    .filter((e) => e.isFile() && isPolicyFileName(e.name))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) throw new Error(`no policy files (*.yaml, *.yml) in ${pathOrDir}`);
  return Promise.all(names.map(async (name) => ({ file: path.join(pathOrDir, name), text: await readFile(path.join(pathOrDir, name), "utf8") })));
}

/**
 * Loads and validates a policy set from a file or a directory. Throws PolicyValidationError when
 * the policy is invalid, and an Error when it cannot be read.
 *
 * @example const policy = await loadPolicy("policies/example.yaml"); policy.evaluate(input, new Date())
 */
export async function loadPolicy(pathOrDir: string, options: ParseOptions = {}): Promise<PolicySet> {
  return parsePolicy(await readPolicySources(pathOrDir), options);
}
