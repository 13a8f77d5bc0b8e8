// `countersign policy explain <policy> <proposal.json>`: the decision a proposal gets and, rule by
// rule, why each did or did not match.
import { simulate } from "@countersign/policy";
import type { Command } from "../../command.js";
import { formatDecision } from "../../format/decision.js";
import { shown } from "../../format/paths.js";
import { readPolicyAndProposal } from "./read-proposal.js";

export const explainCommand: Command = {
  name: "explain",
  summary: "Show the decision for a proposal and the trace of every rule considered",
  usage: "policy explain <policy> <proposal.json|-> [--now ISO] [--json]",
  async run(args, io) {
    const { policy, input, now, json } = await readPolicyAndProposal(args, io);
    const result = simulate(policy, input, now);
    if (json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout(formatDecision(result.decision, result.rule && { ...result.rule, file: shown(result.rule.file, io.cwd) }));
    return 0;
  },
};
