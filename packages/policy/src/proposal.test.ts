import { describe, expect, it } from "vitest";
import { readProposal } from "./proposal.js";

describe("readProposal", () => {
  it("fills optional fields and lower-cases the email", () => {
    expect(readProposal({ action: "db.query", resource: "r", environment: "prod", onBehalfOf: "Bob@Example.com" })).toEqual({
      ok: true,
      input: { action: "db.query", resource: "r", environment: "prod", params: {}, agent: { id: "agent", name: "Agent", labels: {} }, onBehalfOf: "bob@example.com", context: {} },
    });
  });

  it("lists every problem", () => {
    expect(readProposal({ action: 3, environment: "", params: [], extra: 1 })).toEqual({
      ok: false,
      problems: [
        "unknown proposal field 'extra'",
        "proposal.action must be a non-empty string",
        "proposal.resource must be a non-empty string",
        "proposal.environment must be a non-empty string",
        "proposal.params must be an object",
      ],
    });
  });
});
