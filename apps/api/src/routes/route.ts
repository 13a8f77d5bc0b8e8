import type { Request, Response } from "express";
import type { z } from "zod";

/** One route: the same record registers the handler and documents it in /openapi.json. */
export interface RouteSpec {
  method: "get" | "post";
  /** Express path, e.g. /v1/proposals/:id */
  path: string;
  summary: string;
  /** Needs `Authorization: Bearer <key>`. */
  auth: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handler: (req: Request, res: Response) => Promise<void> | void;
}
