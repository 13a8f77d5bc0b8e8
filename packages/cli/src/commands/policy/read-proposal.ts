// Shared by explain and simulate: load the policy and the proposal file (or stdin with "-").
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadPolicy, readProposal, type PolicySet, type ProposalInput } from "@countersign/policy";
import { parseOptions, UsageError, type CliIo } from "../../command.js";

export interface ExplainArgs {
  policy: PolicySet;
  input: ProposalInput;
  now: Date;
  json: boolean;
}

/**
 * Parses `<policy> <proposal.json|-> [--now ISO] [--json]` and loads both.
 *
 * @example const { policy, input, now } = await readPolicyAndProposal(args, io)
 */
export async function readPolicyAndProposal(args: string[], io: CliIo): Promise<ExplainArgs> {
  const { values, positionals } = parseOptions(args, { now: { type: "string" }, json: { type: "boolean" } });
  const [policyPath, proposalPath, ...extra] = positionals;
  if (!policyPath || !proposalPath || extra.length > 0) throw new UsageError("give a policy and a proposal JSON file (or - for stdin)");
  const nowText = typeof values.now === "string" ? values.now : undefined;
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now '${nowText}' is not an ISO 8601 time`);
  const text = proposalPath === "-" ? await io.readStdin() : await readText(path.resolve(io.cwd, proposalPath), proposalPath);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${proposalPath} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const proposal = readProposal(json);
  if (!proposal.ok) throw new Error(`${proposalPath} is not a valid proposal:\n  ${proposal.problems.join("\n  ")}`);
  const policy = await loadPolicy(path.resolve(io.cwd, policyPath));
  return { policy, input: proposal.input, now, json: values.json === true };
}

async function readText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
}
