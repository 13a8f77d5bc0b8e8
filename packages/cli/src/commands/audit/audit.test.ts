import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "@countersign/db";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { runCli } from "../../cli.js";
import { memoryIo } from "../../testing/memory-io.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  for (const type of ["proposal.created", "proposal.voted", "proposal.approved"]) {
    await db.prisma.$transaction((tx) => appendAudit(tx, { proposalId: "prp_1", type, actor: "test", data: { n: type }, policyHash: "h" }));
  }
});
afterAll(async () => db?.close());

const run = async (...argv: string[]) => {
  const io = memoryIo(process.cwd(), "", { databaseUrl: db.url });
  const code = await runCli(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
};

describe("countersign migrate", () => {
  it("reports an up-to-date database", async () => {
    const { code, out } = await run("migrate");
    expect(code).toBe(0);
    expect(out).toMatch(/^up to date \(\d+ migrations\)/);
  });

  it("needs a database", async () => {
    const io = memoryIo(process.cwd());
    expect(await runCli(["migrate"], io)).toBe(2);
    expect(io.err.join("")).toContain("pass --database-url or set DATABASE_URL");
  });
});

describe("countersign audit", () => {
  it("exports the trail as JSON lines, oldest first", async () => {
    const { code, out } = await run("audit", "export", "--proposal", "prp_1");
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as { type: string; prevHash: string; hash: string });
    expect(lines.map((l) => l.type)).toEqual(["proposal.created", "proposal.voted", "proposal.approved"]);
    expect(lines[1]!.prevHash).toBe(lines[0]!.hash);
  });

  it("verifies an intact chain, and the database refuses to edit it", async () => {
    expect(await run("audit", "verify")).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: 3 events, head [0-9a-f]{64}/) });
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET actor = 'mallory'`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("finds the first event someone with superuser rights edited behind the trigger's back", async () => {
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET data = '{"n":"forged"}' WHERE type = 'proposal.voted'`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    const seq = (await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "proposal.voted" } })).seq;
    const { code, err } = await run("audit", "verify");
    expect(code).toBe(1);
    expect(err).toContain(`BROKEN at event ${seq} (after 1 good events): hash does not match the event's content`);
  });
});
