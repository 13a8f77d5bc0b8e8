import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { isCodedError, type ErrorCode } from "@countersign/core";
import type { Logger } from "../logger.js";

/** The one table from error code to HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  reason_required: 400,
  unauthenticated: 401,
  token_invalid: 403,
  forbidden: 403,
  self_approval: 403,
  not_an_approver: 403,
  not_found: 404,
  already_decided: 409,
  already_voted: 409,
  not_cancellable: 409,
  idempotency_conflict: 409,
  token_used: 409,
  conflict: 409,
  expired: 410,
};

const TITLES: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
  409: "Conflict", 410: "Gone", 413: "Content Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error",
};

export interface Problem {
  status: number;
  code: string;
  detail: string;
  [extra: string]: unknown;
}

/** Writes an RFC 9457 problem document. */
export function sendProblem(res: Response, problem: Problem): void {
  const { status, code, detail, ...extra } = problem;
  res
    .status(status)
    .type("application/problem+json")
    // Extras first: details can never overwrite the standard members.
    .json({ ...extra, type: `https://countersign.dev/problems/${code.replaceAll("_", "-")}`, title: TITLES[status] ?? "Error", status, code, detail });
}

/** Maps any thrown error to problem+json; only unknown errors become 500 (and are logged). */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (isCodedError(error)) {
      if (error.code === "unauthenticated") res.setHeader("WWW-Authenticate", 'Bearer realm="countersign"');
      return sendProblem(res, { status: STATUS[error.code], code: error.code, detail: error.message, ...error.details });
    }
    const e = error as { type?: string; status?: number; message?: string };
    if (e?.type === "entity.parse.failed") {
      return sendProblem(res, { status: 400, code: "malformed_json", detail: "The request body is not valid JSON.", field: "body" });
    }
    if (e?.type === "entity.too.large") {
      return sendProblem(res, { status: 413, code: "body_too_large", detail: "The request body exceeds the size limit.", field: "body" });
    }
    if (typeof e?.status === "number" && e.status >= 400 && e.status < 500) {
      return sendProblem(res, { status: e.status, code: "bad_request", detail: e.message ?? "Bad request." });
    }
    logger.error("unhandled error", { method: req.method, path: req.path, error });
    return sendProblem(res, { status: 500, code: "internal", detail: "Something went wrong on our side." });
  };
}

export const notFound: RequestHandler = (req, res) =>
  sendProblem(res, { status: 404, code: "route_not_found", detail: `No route ${req.method} ${req.path}.` });
