// `match:` narrows a rule by action, resource, environment and agent. Keys are ANDed; the values
// of one key are ORed (any listed pattern may match). A rule without `match` matches everything.
import type { YamlNode } from "../yaml/node.js";
import type { MatchSpec } from "./model.js";

export const MATCH_ANYTHING: MatchSpec = { action: null, resource: null, environment: null, agentIds: null, agentLabels: null };

/**
 * Reads a `match:` block.
 *
 * @example match: { action: [db.export], resource: "postgres://*\/clinical/*", environment: prod, agent: { labels: { team: data } } }
 */
export function readMatch(node: YamlNode): MatchSpec {
  const entries = node.map("match", ["action", "resource", "environment", "agent"]);
  if (!entries) return MATCH_ANYTHING;
  const list = (key: string) => entries.get(key)?.stringList(`match.${key}`) ?? null;
  const spec: MatchSpec = { ...MATCH_ANYTHING, action: list("action"), resource: list("resource"), environment: list("environment") };
  const agent = entries.get("agent");
  if (agent) {
    const a = agent.map("match.agent", ["ids", "labels"]);
    if (a?.size === 0) agent.error("match.agent needs ids and/or labels");
    spec.agentIds = a?.get("ids")?.stringList("match.agent.ids") ?? null;
    const labels = a?.get("labels");
    if (labels) {
      const out: Record<string, string> = {};
      for (const [key, value] of labels.map("match.agent.labels", "any") ?? []) {
        const v = value.string(`label '${key}'`);
        if (v !== undefined) out[key] = v;
      }
      spec.agentLabels = out;
    }
  }
  return spec;
}
