import type { RequestHandler } from "express";

/** Slack's replay window: requests signed more than five minutes away from now are refused. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

/**
 * Refuses requests whose `x-slack-request-timestamp` is more than five minutes from now in either
 * direction. Bolt's own check refuses only old timestamps; a request signed "in the future" could
 * otherwise be replayed for as long as the attacker chose. Runs before Bolt reads the body, so a
 * refused request costs nothing and writes nothing.
 */
export function timestampGuard(now: () => Date = () => new Date()): RequestHandler {
  return (req, res, next) => {
    const header = req.headers["x-slack-request-timestamp"];
    // Missing or repeated headers are Bolt's to refuse (it answers 401 too).
    if (typeof header !== "string") return next();
    const ts = Number(header);
    const skew = Math.abs(now().getTime() / 1000 - ts);
    if (!Number.isFinite(ts) || skew > MAX_CLOCK_SKEW_SECONDS) {
      res.status(401).send();
      return;
    }
    next();
  };
}
