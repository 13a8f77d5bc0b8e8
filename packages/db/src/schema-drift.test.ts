// Proves prisma/schema.prisma and prisma/migrations describe the same database: the migrations are
// applied to a fresh database, which is introspected and compared with Prisma's own reading of the
// schema (DMMF from the schema engine's wasm build, the same one `prisma generate` uses).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { createTestDatabase, type TestDatabase } from "./testing/index.js";

interface DmmfField { name: string; kind: string; type: string; isList: boolean; isRequired: boolean; hasDefaultValue: boolean; isUpdatedAt: boolean; relationFromFields?: string[]; relationToFields?: string[] }
interface Dmmf {
  models: { name: string; fields: DmmfField[] }[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] }[];
}

const schemaPath = fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url));
const dmmf = (JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", readFileSync(schemaPath, "utf8")]] }))) as { datamodel: Dmmf }).datamodel;

const SCALAR_TYPES: Record<string, string> = {
  String: "text", Int: "int4", BigInt: "int8", Boolean: "bool", DateTime: "timestamp", Json: "jsonb", Float: "float8",
};

let db: TestDatabase;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => { await db.close(); });

async function query<T>(sql: string): Promise<T[]> {
  return db.prisma.$queryRawUnsafe<T[]>(sql);
}

describe("schema.prisma and the migrations agree", () => {
  it("has exactly the schema's tables", async () => {
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(dmmf.models.map((m) => m.name).sort());
  });

  it("has every scalar field as a column of the right type, nullability and default, and nothing else", async () => {
    const columns = await query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = columns.map((c) => `${c.table_name}.${c.column_name}: ${c.udt_name} ${c.is_nullable === "NO" ? "not null" : "null"}${c.column_default === null ? "" : " default"}`).sort();
    const expected = dmmf.models.flatMap((m) =>
      m.fields.filter((f) => f.kind !== "object").map((f) => {
        const base = f.kind === "enum" ? f.type : SCALAR_TYPES[f.type] ?? `?${f.type}`;
        const type = f.isList ? `_${base}` : base;
        const nullable = f.isRequired && !f.isList ? "not null" : "null";
        return `${m.name}.${f.name}: ${type} ${nullable}${f.hasDefaultValue ? " default" : ""}`;
      }),
    ).sort();
    expect(actual).toEqual(expected);
  });

  it("has the schema's enums with the same values in order", async () => {
    const rows = await query<{ typname: string; enumlabel: string }>(
      `SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY t.typname, e.enumsortorder`,
    );
    const actual: Record<string, string[]> = {};
    for (const r of rows) (actual[r.typname] ??= []).push(r.enumlabel);
    expect(actual).toEqual(Object.fromEntries(dmmf.enums.map((e) => [e.name, e.values.map((v) => v.name)])));
  });

  it("has the schema's primary keys, unique and plain indexes", async () => {
    const rows = await query<{ table: string; kind: string; columns: string }>(
      `SELECT c.relname AS table,
              CASE WHEN i.indisprimary THEN 'id' WHEN i.indisunique THEN 'unique' ELSE 'normal' END AS kind,
              (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
    );
    const actual = rows.map((r) => `${r.table} ${r.kind} (${r.columns})`).sort();
    const expected = dmmf.indexes.map((i) => `${i.model} ${i.type} (${i.fields.map((f) => f.name).join(",")})`).sort();
    expect(actual).toEqual(expected);
  });

  it("has a foreign key for every relation", async () => {
    const rows = await query<{ table: string; columns: string; target: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target,
              (SELECT string_agg(a.attname, ',') FROM unnest(c.conkey) k(attnum) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
         FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const actual = rows.map((r) => `${r.table.replaceAll('"', "")}(${r.columns}) -> ${r.target.replaceAll('"', "")}`).sort();
    const expected = dmmf.models.flatMap((m) =>
      m.fields.filter((f) => f.relationFromFields?.length).map((f) => `${m.name}(${f.relationFromFields!.join(",")}) -> ${f.type}`),
    ).sort();
    expect(actual).toEqual(expected);
  });
});
