// Policies the API tests run under, written in the real policy language.
const approvers = Array.from({ length: 50 }, (_, i) => `approver${i}@example.com`);

export const LIFECYCLE_POLICY = `
groups:
  approvers:
    members: [${approvers.join(", ")}]
  security:
    members: [sec1@example.com, sec2@example.com]
  owners:
    members: [owner@example.com, human@example.com]
rules:
  - id: read-only
    match: { action: "db.query" }
    outcome: allow
    reason: Read-only queries run freely
  - id: no-prod-deletes
    match: { action: "db.delete", environment: prod }
    outcome: deny
    reason: Nobody deletes production data
  - id: export-one
    match: { action: "db.export" }
    outcome: require_approval
    approvers: { groups: [approvers, owners] }
    quorum: 1
    ttl: 1h
    reason: "{{agent.name}} wants to export {{resource}}"
  - id: grant-two
    match: { action: "iam.grant" }
    outcome: require_approval
    approvers: { groups: [approvers] }
    quorum: 2
    ttl: 10m
    reason: Privilege grants need two approvers
`;
