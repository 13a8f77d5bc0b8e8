import type { Request } from "express";
import { cancelProposal, CodedError, createProposal, decide, issueDecisionToken, loadProposalView, markExecuted, requireScope, type Principal } from "@countersign/core";
import type { Proposal } from "@countersign/db";
import { principalOf } from "../http/auth.js";
import { validate } from "../http/validate.js";
import { presentProposal } from "../present.js";
import { CancelBody, ExecutedBody, ListQuery, ProblemResponse, ProposalIdParams, ProposalList, ProposalResponse, ProposeBody, VoteBody, WaitQuery } from "../schemas.js";
import type { ApiContext } from "../context.js";
import type { RouteSpec } from "./route.js";

const problem = (description: string) => ({ description, schema: ProblemResponse });

export function proposalRoutes(ctx: ApiContext): RouteSpec[] {
  const { core } = ctx;

  /** Loads a proposal the principal may see; agents see only their own. */
  async function visibleView(principal: Principal, id: string) {
    const view = await loadProposalView(core.db, id);
    const mayRead = principal.scopes.includes("approve") || principal.scopes.includes("admin") || view?.agent.id === principal.agent?.id;
    if (!view || !mayRead) throw new CodedError("not_found", `No proposal ${id}.`, { field: "id" });
    return view;
  }
  const tokenFor = (principal: Principal, p: Proposal) => (principal.agent?.id === p.agentId ? issueDecisionToken(core, p) : null);
  const idOf = (req: Request) => validate(ProposalIdParams, req.params, "params").id;

  return [
    {
      method: "post", path: "/v1/proposals", auth: true,
      summary: "Propose an action; policy answers allow, deny or pending at once",
      body: ProposeBody,
      responses: { 201: { description: "Created (or replayed with Idempotency-Key)", schema: ProposalResponse }, 400: problem("Invalid body"), 409: problem("Idempotency-Key reused with another body") },
      async handler(req, res) {
        const principal = principalOf(req);
        requireScope(principal, "propose");
        if (!principal.agent) throw new CodedError("forbidden", "Only agent keys can propose.", { field: "Authorization" });
        const body = validate(ProposeBody, req.body);
        const key = req.get("idempotency-key")?.trim() || null;
        if (key && key.length > 200) throw new CodedError("validation_failed", "Idempotency-Key: at most 200 characters.", { field: "Idempotency-Key" });
        const { proposal, replayed } = await createProposal(core, principal.agent, { ...body, onBehalfOf: body.onBehalfOf ?? null }, key);
        if (replayed) res.setHeader("Idempotent-Replayed", "true");
        res.status(201).location(`/v1/proposals/${proposal.id}`).json(presentProposal(proposal, principal.agent, [], tokenFor(principal, proposal)));
      },
    },
    {
      method: "get", path: "/v1/proposals/:id", auth: true,
      summary: "Read a proposal; ?wait=SECONDS (≤ 60) long-polls until it leaves pending",
      params: ProposalIdParams, query: WaitQuery,
      responses: { 200: { description: "The proposal", schema: ProposalResponse }, 404: problem("Unknown proposal") },
      async handler(req, res) {
        const principal = principalOf(req);
        const id = idOf(req);
        const { wait } = validate(WaitQuery, req.query, "query");
        let view = await visibleView(principal, id);
        const deadline = Date.now() + wait * 1000;
        const gone = new AbortController();
        res.on("close", () => gone.abort());
        // Wait for a change of *status*: votes short of the quorum, reminders and escalations
        // also touch the row, but the caller asked to learn the outcome.
        while (view.proposal.status === "pending" && Date.now() < deadline && !gone.signal.aborted) {
          // Subscribe before the re-read so a change landing in between is not missed.
          const changed = ctx.changeFeed.waitForChange(id, deadline - Date.now(), gone.signal);
          view = await visibleView(principal, id);
          if (view.proposal.status !== "pending") break;
          if (!(await changed)) break;
          view = await visibleView(principal, id);
        }
        res.json(presentProposal(view.proposal, view.agent, view.votes, tokenFor(principal, view.proposal)));
      },
    },
    {
      method: "get", path: "/v1/proposals", auth: true,
      summary: "List proposals, newest first (agents see their own)",
      query: ListQuery,
      responses: { 200: { description: "A page of proposals", schema: ProposalList } },
      async handler(req, res) {
        const principal = principalOf(req);
        const q = validate(ListQuery, req.query, "query");
        const cursor = q.cursor ? decodeCursor(q.cursor) : null;
        const seeAll = principal.scopes.includes("approve") || principal.scopes.includes("admin");
        const rows = await core.db.proposal.findMany({
          where: {
            ...(seeAll ? {} : { agentId: principal.agent?.id ?? "-" }),
            ...(q.status ? { status: q.status } : {}),
            ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
          },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: q.limit + 1,
          include: { agent: { select: { id: true, name: true } }, votes: { orderBy: { createdAt: "asc" } } },
        });
        const page = rows.slice(0, q.limit);
        const last = page.at(-1);
        res.json({
          items: page.map(({ agent, votes, ...p }) => presentProposal(p, agent, votes)),
          nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null,
        });
      },
    },
    {
      method: "post", path: "/v1/proposals/:id/votes", auth: true,
      summary: "Approve or deny as an approver (approve scope)",
      params: ProposalIdParams, body: VoteBody,
      responses: { 200: { description: "Vote recorded", schema: ProposalResponse }, 403: problem("Own request or not an approver"), 409: problem("Already decided or already voted"), 410: problem("Expired") },
      async handler(req, res) {
        const principal = principalOf(req);
        requireScope(principal, "approve");
        const id = idOf(req);
        const body = validate(VoteBody, req.body);
        if (!principal.identity) throw new CodedError("forbidden", "This key has no approver identity.", { field: "Authorization" });
        await decide(core, { proposalId: id, voter: principal.identity, channel: "api", decision: body.decision, reason: body.reason });
        const view = await visibleView(principal, id);
        res.json(presentProposal(view.proposal, view.agent, view.votes));
      },
    },
    {
      method: "post", path: "/v1/proposals/:id/cancel", auth: true,
      summary: "Withdraw a pending proposal (the requesting agent)",
      params: ProposalIdParams, body: CancelBody,
      responses: { 200: { description: "Cancelled", schema: ProposalResponse }, 409: problem("Not pending") },
      async handler(req, res) {
        const principal = principalOf(req);
        requireScope(principal, "propose");
        const id = idOf(req);
        const body = validate(CancelBody, req.body ?? {});
        const proposal = await cancelProposal(core, id, principal.agent?.id ?? "-", body.reason ?? null);
        const view = await visibleView(principal, proposal.id);
        res.json(presentProposal(view.proposal, view.agent, view.votes));
      },
    },
    {
      method: "post", path: "/v1/proposals/:id/executed", auth: true,
      summary: "Consume the decision token once, recording that the action ran",
      params: ProposalIdParams, body: ExecutedBody,
      responses: { 200: { description: "Executed", schema: ProposalResponse }, 403: problem("Invalid token"), 409: problem("Token already used") },
      async handler(req, res) {
        const principal = principalOf(req);
        requireScope(principal, "propose");
        const id = idOf(req);
        const { token } = validate(ExecutedBody, req.body);
        await markExecuted(core, id, token, principal.agent?.id ?? "-");
        const view = await visibleView(principal, id);
        res.json(presentProposal(view.proposal, view.agent, view.votes));
      },
    },
  ];
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) throw new CodedError("validation_failed", "query.cursor: is not a cursor", { field: "query.cursor" });
  return { at, id };
}
