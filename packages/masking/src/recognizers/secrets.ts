import type { Span } from "../types.js";
import type { Recognizer } from "./recognizer.js";

/** A credential pattern; `group` narrows the span to the secret part (e.g. the password only). */
interface SecretPattern {
  regex: RegExp;
  /** Literal text every match contains (lower case): the regex runs only when the text has it. */
  hint: string[];
  group?: number;
}

const PATTERNS: SecretPattern[] = [
  { regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, hint: ["akia", "asia", "abia", "acca"] },
  { regex: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, hint: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"] },
  { regex: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, hint: ["github_pat_"] },
  { regex: /\bglpat-[A-Za-z0-9_-]{20,}\b/g, hint: ["glpat-"] },
  { regex: /\bxox[abposr]-[A-Za-z0-9-]{10,250}\b/g, hint: ["xox"] },
  { regex: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,250}\b/g, hint: ["_live_", "_test_"] },
  { regex: /\bAIza[0-9A-Za-z_-]{35}\b/g, hint: ["aiza"] },
  { regex: /\bsk-(?:proj-|ant-[a-z0-9]{2,10}-)?[A-Za-z0-9_-]{20,250}\b/g, hint: ["sk-"] },
  { regex: /\bnpm_[A-Za-z0-9]{36}\b/g, hint: ["npm_"] },
  { regex: /\beyJ[A-Za-z0-9_-]{5,4096}\.eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{5,4096}/g, hint: ["eyj"] },
  { regex: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{0,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g, hint: ["private key"] },
  { regex: /\b(?:Bearer|Basic|Token)[^\S\n]+([A-Za-z0-9._~+/-]{16,4096}=*)/dg, hint: ["bearer", "basic", "token"], group: 1 },
  // The password of a connection string: scheme://user:PASSWORD@host.
  { regex: /\b[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:/@]{0,128}:([^\s@/]{1,256})@/dgi, hint: ["://"], group: 1 },
  // key=value or "key": "value" credentials in config, logs and JSON text.
  {
    regex:
      /(?<![\p{L}\p{N}])(?:password|passwd|passphrase|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|private[_-]?key|aws_secret_access_key)["']?[^\S\n]{0,3}[:=][^\S\n]{0,3}["']?([^\s"',;&]{4,512})/dgiu,
    hint: ["pass", "pwd", "secret", "key", "token"],
    group: 1,
  },
];

/** Credentials: cloud and SaaS API keys, JWTs, bearer tokens, PEM private keys, passwords in URLs and config. */
export const secretRecognizer: Recognizer = {
  name: "secrets",
  find(text) {
    const spans: Span[] = [];
    const lower = text.toLowerCase();
    for (const { regex, hint, group = 0 } of PATTERNS) {
      if (!hint.some((h) => lower.includes(h))) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const range: readonly [number, number] | undefined = group === 0 ? [m.index, m.index + m[0].length] : m.indices?.[group];
        if (range) spans.push({ start: range[0], end: range[1], type: "SECRET", score: 0.95 });
      }
    }
    return spans;
  },
};
