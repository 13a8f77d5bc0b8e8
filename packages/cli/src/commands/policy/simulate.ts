// `countersign policy simulate <policy> <proposal.json>`: the same JSON the API's
// POST /v1/policy/simulate returns, for scripts and CI.
import { simulate } from "@countersign/policy";
import type { Command } from "../../command.js";
import { readPolicyAndProposal } from "./read-proposal.js";

export const simulateCommand: Command = {
  name: "simulate",
  summary: "Print the simulation result as JSON (what POST /v1/policy/simulate returns)",
  usage: "policy simulate <policy> <proposal.json|-> [--now ISO]",
  async run(args, io) {
    const { policy, input, now } = await readPolicyAndProposal(args, io);
    io.stdout(`${JSON.stringify(simulate(policy, input, now), null, 2)}\n`);
    return 0;
  },
};
