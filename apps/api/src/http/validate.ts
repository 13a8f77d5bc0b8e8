import type { z } from "zod";
import { CodedError } from "@countersign/core";

/** Parses input with a schema or throws validation_failed naming the first field at fault. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: "body" | "query" | "params" = "body"): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: [where, ...i.path].join("."), message: i.message }));
  const first = issues[0]!;
  throw new CodedError("validation_failed", `${first.field}: ${first.message}`, { field: first.field, errors: issues });
}
