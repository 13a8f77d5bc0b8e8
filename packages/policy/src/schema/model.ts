// What a policy file says, after reading and before compiling. Nodes are kept so that checks
// spanning files (duplicate ids, unknown groups, escalation cycles) can point at the exact place.
import type { Channel, MaskHints } from "../types.js";
import type { YamlNode } from "../yaml/node.js";

export type RuleOutcome = "allow" | "deny" | "require_approval";

/** A group named somewhere in a policy, with where it was named. */
export interface GroupRef {
  name: string;
  node: YamlNode;
}

export interface EscalationSpec {
  afterSeconds: number;
  to: GroupRef[];
  node: YamlNode;
}

export interface BreakGlassSpec {
  group: GroupRef;
  announce: Channel | null;
  node: YamlNode;
}

export interface ApprovalSpec {
  groups: GroupRef[];
  identities: string[];
  quorum: { count: number; distinctGroups: boolean; node: YamlNode | null };
  /** null: use the settings' value. */
  ttlSeconds: number | null;
  ttlNode: YamlNode | null;
  channels: Channel[] | null;
  remindSeconds: number | null;
  remindNode: YamlNode | null;
  /** null: inherit from the approver groups' own escalation; false: never escalate. */
  escalate: EscalationSpec | false | null;
  breakGlass: BreakGlassSpec | null;
  node: YamlNode;
}

/** The "then" part, shared by rules and the policy's default. */
export interface OutcomeSpec {
  outcome: RuleOutcome;
  reason: { template: string; node: YamlNode } | null;
  approval: ApprovalSpec | null;
  mask: MaskHints;
}

export interface MatchSpec {
  action: string[] | null;
  resource: string[] | null;
  environment: string[] | null;
  agentIds: string[] | null;
  agentLabels: Record<string, string> | null;
}

export interface RuleSpec extends OutcomeSpec {
  id: string;
  description?: string;
  idNode: YamlNode;
  match: MatchSpec;
  when: { source: string; node: YamlNode } | null;
  file: string;
  line: number;
}

export interface GroupSpec {
  name: string;
  description?: string;
  members: string[];
  escalate: EscalationSpec | null;
  node: YamlNode;
}

export interface SettingsSpec {
  ttlSeconds: number;
  channels: Channel[];
  remindSeconds: number | null;
  breakGlassAnnounce: Channel | null;
}

/** One file's contribution. */
export interface FileSpec {
  rules: RuleSpec[];
  groups: GroupSpec[];
  settings: { spec: SettingsSpec; node: YamlNode } | null;
  default: { spec: OutcomeSpec; node: YamlNode } | null;
}

/** The whole set, merged across files. */
export interface PolicySpec {
  rules: RuleSpec[];
  groups: Map<string, GroupSpec>;
  settings: SettingsSpec;
  default: OutcomeSpec | null;
}

export const DEFAULT_SETTINGS: SettingsSpec = {
  ttlSeconds: 3_600,
  channels: [{ kind: "api" }],
  remindSeconds: null,
  breakGlassAnnounce: null,
};
