import type { Request, RequestHandler } from "express";
import { authenticateApiKey, CodedError, type Principal } from "@countersign/core";
import type { Db } from "@countersign/db";

const PRINCIPAL = Symbol("principal");
type WithPrincipal = Request & { [PRINCIPAL]?: Principal };

/** Resolves `Authorization: Bearer <key>` to a principal for the handlers below it. */
export function authenticate(db: Db): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get("authorization") ?? "";
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    (req as WithPrincipal)[PRINCIPAL] = await authenticateApiKey(db, bearer);
    next();
  };
}

export function principalOf(req: Request): Principal {
  const principal = (req as WithPrincipal)[PRINCIPAL];
  if (!principal) throw new CodedError("unauthenticated", "Missing API key.", { field: "Authorization" });
  return principal;
}
