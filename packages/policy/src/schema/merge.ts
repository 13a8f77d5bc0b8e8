// Merges the files of a set into one policy: rules keep file order (files sorted by name), group
// names and rule ids are global, and settings/default may be given once.
import type { YamlNode } from "../yaml/node.js";
import { DEFAULT_SETTINGS, type FileSpec, type GroupSpec, type PolicySpec, type RuleSpec } from "./model.js";

function where(node: YamlNode): string {
  const p = node.position;
  return `${p.file}:${p.line}:${p.column}`;
}

/**
 * Merges per-file specs; duplicates are reported at the second occurrence, naming the first.
 *
 * @example mergeFiles([fileA, fileB]).rules.map((r) => r.id)
 */
export function mergeFiles(files: readonly FileSpec[]): PolicySpec {
  const rules: RuleSpec[] = [];
  const ids = new Map<string, RuleSpec>();
  const groups = new Map<string, GroupSpec>();
  let settings: FileSpec["settings"] = null;
  let fallback: FileSpec["default"] = null;
  for (const file of files) {
    for (const rule of file.rules) {
      const first = ids.get(rule.id);
      if (first) rule.idNode.error(`duplicate rule id '${rule.id}' (first defined at ${where(first.idNode)})`);
      else ids.set(rule.id, rule);
      rules.push(rule);
    }
    for (const group of file.groups) {
      const first = groups.get(group.name);
      if (first) group.node.error(`group '${group.name}' is already defined at ${where(first.node)}`);
      else groups.set(group.name, group);
    }
    if (file.settings && settings) file.settings.node.error(`settings are already defined at ${where(settings.node)}`);
    else settings ??= file.settings;
    if (file.default && fallback) file.default.node.error(`the default is already defined at ${where(fallback.node)}`);
    else fallback ??= file.default;
  }
  return { rules, groups, settings: settings?.spec ?? DEFAULT_SETTINGS, default: fallback?.spec ?? null };
}
