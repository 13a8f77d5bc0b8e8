// Output of `countersign policy test`: one line per case, failures explained under it, a summary.
import type { PolicyTestReport } from "@countersign/policy";
import { relativeInMessage, shown } from "./paths.js";

/**
 * Formats a policy test report.
 *
 * @example formatTestReport(report, process.cwd()) // "policies/tests/example.test.yaml\n  ok    deleting …"
 */
export function formatTestReport(report: PolicyTestReport, cwd: string): string {
  let out = "";
  for (const file of report.files) {
    out += `${shown(file.file, cwd)}${file.policy ? ` (policy ${shown(file.policy, cwd)})` : ""}\n`;
    if (file.error) out += `  ERROR ${relativeInMessage(file.error, cwd).split("\n").join("\n        ")}\n`;
    for (const c of file.cases) {
      out += `  ${c.passed ? "ok   " : "FAIL "} ${c.name}${c.passed ? "" : ` (line ${c.line})`}\n`;
      for (const failure of c.failures) out += `        - ${failure}\n`;
    }
  }
  const total = report.passed + report.failed;
  out += `\n${report.failed === 0 ? "PASS" : "FAIL"}: ${report.passed} of ${total} passed${report.failed ? `, ${report.failed} failed` : ""}\n`;
  return out;
}
