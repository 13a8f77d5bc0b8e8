import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, randomUUID, type KeyObject } from "node:crypto";
import { CodedError } from "./errors.js";

/** What a decision token vouches for: exactly one approved action. */
export interface DecisionClaims {
  /** Proposal id. */
  pid: string;
  /** payloadHash of {action, resource, environment, params} as proposed. */
  ph: string;
  act: string;
  res: string;
  env: string;
  /** Issued and expiry times, Unix seconds. */
  iat: number;
  exp: number;
  jti: string;
}

const PREFIX = "cst1";

/** A fresh Ed25519 key pair as PEM (PKCS#8 private, SPKI public). */
export function generateSigningKey(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(privateKeyObject(privateKeyPem)).export({ type: "spki", format: "pem" }).toString();
}

// Parsing a PEM costs more than signing with it; a deployment has one or two keys.
const keyObjects = new Map<string, KeyObject>();
function privateKeyObject(pem: string): KeyObject {
  let key = keyObjects.get(pem);
  if (!key) keyObjects.set(pem, (key = createPrivateKey(pem)));
  return key;
}

/**
 * Signs claims as `cst1.<base64url JSON>.<base64url Ed25519 signature>`. Executors verify with the
 * public key alone (GET /v1/decision-key), so they need no secret.
 *
 * @example signDecisionToken({ pid, ph, act, res, env, iat, exp, jti: newJti() }, privateKeyPem)
 */
export function signDecisionToken(claims: DecisionClaims, privateKeyPem: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const signature = sign(null, Buffer.from(`${PREFIX}.${body}`), privateKeyObject(privateKeyPem)).toString("base64url");
  return `${PREFIX}.${body}.${signature}`;
}

/** Verifies signature and expiry; returns the claims or throws token_invalid. */
export function verifyDecisionToken(token: string, publicKeyPem: string, now: Date): DecisionClaims {
  const [prefix, body, signature] = token.split(".");
  if (prefix !== PREFIX || !body || !signature) throw new CodedError("token_invalid", "Malformed decision token.", { field: "token" });
  const ok = verify(null, Buffer.from(`${PREFIX}.${body}`), createPublicKey(publicKeyPem), Buffer.from(signature, "base64url"));
  if (!ok) throw new CodedError("token_invalid", "The decision token's signature is not valid.", { field: "token" });
  let claims: DecisionClaims;
  try {
    claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as DecisionClaims;
  } catch {
    throw new CodedError("token_invalid", "Malformed decision token.", { field: "token" });
  }
  if (claims.exp * 1000 <= now.getTime()) throw new CodedError("token_invalid", "The decision token has expired.", { field: "token" });
  return claims;
}

export const newJti = (): string => randomUUID();
