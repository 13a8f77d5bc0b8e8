// `countersign policy test <path>`: runs the policy test files (*.test.yaml) found under a path;
// exits 1 when any case fails or no test is found.
import path from "node:path";
import { runPolicyTests } from "@countersign/policy";
import { parseOptions, UsageError, type Command } from "../../command.js";
import { formatTestReport } from "../../format/test-report.js";

export const testCommand: Command = {
  name: "test",
  summary: "Run policy tests (*.test.yaml: proposals with the expected decision)",
  usage: "policy test <dir-or-file> [--json]",
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: "boolean" } });
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) throw new UsageError("name one directory or test file, e.g. 'countersign policy test policies'");
    const report = await runPolicyTests(path.resolve(io.cwd, target));
    if (report.files.length === 0) {
      io.stderr(`no policy tests (*.test.yaml) under ${target}\n`);
      return 1;
    }
    if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else (report.failed === 0 ? io.stdout : io.stderr)(formatTestReport(report, io.cwd));
    return report.failed === 0 ? 0 : 1;
  },
};
