// A typed view over one YAML node. Readers report what is wrong (with the node's position) to the
// shared IssueList and return undefined, so validation continues and every error is collected.
import { isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import { closest } from "./suggest.js";
import { positionOf, type IssueList, type Position, type SourceFile } from "./source.js";

export class YamlNode {
  constructor(
    readonly source: SourceFile,
    /** The node as written (an alias stays an alias here so positions point at the use). */
    readonly node: Node | null,
    /** Where to point when the node is absent (e.g. `key:` with nothing after it). */
    private readonly fallbackOffset: number,
    readonly issues: IssueList,
    readonly ruleId?: string,
  ) {}

  /** The same node, reporting its issues against a rule id. */
  forRule(ruleId: string | undefined): YamlNode {
    return new YamlNode(this.source, this.node, this.fallbackOffset, this.issues, ruleId);
  }

  /** The node with aliases resolved. */
  get content(): Node | null {
    if (this.node && isAlias(this.node)) return (this.node.resolve(this.source.doc) as Node | undefined) ?? null;
    return this.node;
  }

  get offset(): number {
    return this.node?.range?.[0] ?? this.fallbackOffset;
  }

  get position(): Position {
    return positionOf(this.source, this.offset);
  }

  error(message: string): void {
    this.issues.add(this.position, message, this.ruleId);
  }

  isNull(): boolean {
    const c = this.content;
    return c === null || (isScalar(c) && c.value === null);
  }

  /** The value as plain JavaScript (for fixtures and free-form params). */
  toJS(): unknown {
    return this.content ? this.content.toJSON() : null;
  }

  string(what: string): string | undefined {
    const c = this.content;
    if (isScalar(c) && typeof c.value === "string") {
      if (c.value.trim() !== "") return c.value;
      this.error(`${what} must not be empty`);
      return undefined;
    }
    this.error(`${what} must be a string, got ${describe(c)}`);
    return undefined;
  }

  /** A string or a list of strings (a single value is the common case in policies). */
  stringList(what: string): string[] | undefined {
    const c = this.content;
    if (isSeq(c)) {
      const items = this.items(what) ?? [];
      const values = items.map((item) => item.string(`each ${what}`));
      if (values.length === 0) this.error(`${what} must not be an empty list`);
      return values.every((v) => v !== undefined) && values.length > 0 ? values : undefined;
    }
    const one = this.string(what);
    return one === undefined ? undefined : [one];
  }

  integer(what: string, min: number): number | undefined {
    const c = this.content;
    if (isScalar(c) && typeof c.value === "number" && Number.isInteger(c.value) && c.value >= min) return c.value;
    this.error(`${what} must be an integer ≥ ${min}, got ${describe(c)}`);
    return undefined;
  }

  boolean(what: string): boolean | undefined {
    const c = this.content;
    if (isScalar(c) && typeof c.value === "boolean") return c.value;
    this.error(`${what} must be true or false, got ${describe(c)}`);
    return undefined;
  }

  items(what: string): YamlNode[] | undefined {
    const c = this.content;
    if (!isSeq(c)) {
      this.error(`${what} must be a list, got ${describe(c)}`);
      return undefined;
    }
    return c.items.map((item) => this.child(item as Node | null, this.offset));
  }

  /**
   * The entries of a mapping. Keys outside `allowed` are reported at the key, with a suggestion.
   * Unknown keys are dropped from the result.
   */
  map(what: string, allowed: readonly string[] | "any"): Map<string, YamlNode> | undefined {
    const c = this.content;
    if (!isMap(c)) {
      this.error(`${what} must be a mapping, got ${describe(c)}`);
      return undefined;
    }
    const out = new Map<string, YamlNode>();
    for (const pair of c.items) {
      const keyNode = this.child(pair.key as Node | null, this.offset);
      const key = isScalar(keyNode.content) ? keyNode.content.value : undefined;
      if (typeof key !== "string") {
        keyNode.error(`keys in ${what} must be strings`);
        continue;
      }
      if (allowed !== "any" && !allowed.includes(key)) {
        const hint = closest(key, allowed);
        keyNode.error(`unknown key '${key}' in ${what}${hint ? ` (did you mean '${hint}'?)` : ""}; allowed: ${allowed.join(", ")}`);
        continue;
      }
      out.set(key, this.child(pair.value as Node | null, keyNode.node?.range?.[1] ?? keyNode.offset));
    }
    return out;
  }

  private child(node: Node | null, fallbackOffset: number): YamlNode {
    return new YamlNode(this.source, node, fallbackOffset, this.issues, this.ruleId);
  }
}

function describe(node: Node | null): string {
  if (node === null) return "nothing";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return "nothing";
    if (typeof v === "string") return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
    return typeof v === "number" || typeof v === "boolean" ? `${typeof v} ${v.toString()}` : typeof v;
  }
  return "an unsupported value";
}
