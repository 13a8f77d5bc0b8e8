// `countersign policy validate <path>…`: loads each policy file or directory and reports every
// error with file:line:column, or a one-line summary when it is valid.
import path from "node:path";
import { loadPolicy, PolicyValidationError } from "@countersign/policy";
import { parseOptions, UsageError, type Command } from "../../command.js";
import { formatValidationError } from "../../format/paths.js";

export const validateCommand: Command = {
  name: "validate",
  summary: "Check policy files; print every error with file:line:column",
  usage: "policy validate <file-or-dir>…",
  async run(args, io) {
    const { positionals } = parseOptions(args, {});
    if (positionals.length === 0) throw new UsageError("name a policy file or directory, e.g. 'countersign policy validate policies/example.yaml'");
    let failed = false;
    for (const target of positionals) {
      const absolute = path.resolve(io.cwd, target);
      try {
        const policy = await loadPolicy(absolute);
        io.stdout(`ok ${target}: ${policy.rules.length} rules in ${policy.files.length} file(s), hash ${policy.hash.slice(0, 12)}\n`);
      } catch (error) {
        failed = true;
        if (error instanceof PolicyValidationError) io.stderr(`${formatValidationError(error, io.cwd)}\n`);
        else io.stderr(`${(error instanceof Error ? error.message : String(error)).replaceAll(absolute, target)}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
