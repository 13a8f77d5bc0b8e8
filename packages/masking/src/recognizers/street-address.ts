import { addressTokens, bare, isCapitalised } from "../address/address-tokens.js";
import { getLexicon } from "../lexicon/lexicon.js";
import { isAddressCued, STREET_TYPE_HINT } from "../address/address-vocabulary.js";
import { lowerCaseLines } from "../text/line-casing.js";
import { continueAddress, readUnit } from "../address/address-continuation.js";
import { crossStreetBefore } from "../address/cross-street.js";
import { isTypeWord, lookBackForName, readStreetCore, type Scope, type StreetCore } from "../address/street-core.js";
import type { Span } from "../types.js";
import { scan, type Recognizer } from "./recognizer.js";

// US military mail: "PSC 0413, Box 8144 APO AA 42323", "USNS Comfort FPO AE 09582".
const MILITARY =
  /\b(?:(?:PSC|CMR|Unit)[^\S\n]+\d{1,5},?[^\S\n]+Box[^\S\n]+\d{1,5}(?:\s{0,4}[AFD]PO[^\S\n]+A[AEP][^\S\n]+\d{5})?|(?:USS|USNS|USNV|USCGC)[^\S\n]+\p{L}[\p{L}-]+\s{0,4}[AFD]PO[^\S\n]+A[AEP][^\S\n]+\d{5})/giu;
const CORNER_BEFORE = /(?:\bthe[^\S\n]+)?\bcorner[^\S\n]+of[^\S\n]+$/i;

/** "P.O. Box 149", "PO Box 12", "Postbox 21", optionally after a house number; returns the core. */
function isBoxName(scope: Scope, k: number): boolean {
  const t = scope.tokens[k];
  return t?.kind === "word" && isCapitalised(t) && readUnit(scope, k) === undefined;
}

const BOX_START = new Set(["p", "po", "p.o", "pob", "postbox", "post", "pobox"]);

function readPoBox(scope: Scope, i: number): StreetCore | undefined {
  if (!BOX_START.has(scope.tokens[i]!.key)) return undefined;
  const words: string[] = [];
  let j = i;
  while (j < i + 3 && scope.tokens[j]?.kind === "word") words.push(bare(scope.tokens[j++]!));
  const joined = words.join("").replace(/\./g, "");
  const box = /^(?:pobox|postbox|postofficebox)/.exec(joined) ? j : undefined;
  if (box === undefined || scope.tokens[box]?.kind !== "number") return undefined;
  const first = scope.tokens[i - 1]?.kind === "number" ? i - 1 : i;
  // A street-like name may follow on the same line ("P.O. Box 149 Monika Union").
  let last = box;
  while (last - box < 3 && isBoxName(scope, last + 1)) last++;
  return { first, last, numbered: true, weak: false };
}

/** Where a street may begin at token `i`, and the core read from there. Cues are checked lazily. */
function startsHere(scope: Scope, i: number): StreetCore | undefined {
  const t = scope.tokens[i]!;
  const cued = { at: t.start };
  if (t.kind === "number") return readStreetCore(scope, i, cued);
  if (t.kind !== "word" || (!isCapitalised(t) && !scope.lowerCase(i) && !/^\p{Ll}/u.test(t.text))) return undefined;
  const poBox = readPoBox(scope, i);
  if (poBox) return poBox;
  if (isTypeWord(scope, i, true)) return readStreetCore(scope, i, cued);
  if (isTypeWord(scope, i, false)) return readStreetCore(scope, lookBackForName(scope, i), cued);
  if (!isCapitalised(t) && !scope.lowerCase(i)) return undefined;
  // A cue helps only a street with a number soon after its first word.
  const numberSoon = scope.tokens.slice(i + 1, i + 6).some((n) => n.kind === "number");
  if (numberSoon && isAddressCued(scope.text, t.start)) return readStreetCore(scope, i, true);
  // "Tungata 11 …": a foreign name and a number may open a street; what follows must confirm it.
  const next = scope.tokens[i + 1];
  const foreignName = isCapitalised(t) && getLexicon().englishLevel(bare(t)) === undefined;
  return foreignName && next?.kind === "number" ? readStreetCore(scope, i, false) : undefined;
}

/**
 * Street addresses: a street line (house number, street name, street-type word, in many
 * languages) extended over units, city, region, country and postal code lines; intersections;
 * military and PO boxes. The whole block becomes one STREET_ADDRESS span.
 */
export const streetAddressRecognizer: Recognizer = {
  name: "street-address",
  find(text) {
    if (!/\d/.test(text) && !STREET_TYPE_HINT.test(text)) return [];
    const tokens = addressTokens(text);
    const isLower = lowerCaseLines(text);
    const scope: Scope = { text, tokens, lowerCase: (i) => isLower(tokens[i]?.start ?? 0) };
    const spans: Span[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const core = startsHere(scope, i);
      if (!core) continue;
      const reach = continueAddress(scope, core.last);
      let first = crossStreetBefore(scope, core.first);
      if (core.weak && !reach.confirmed && first === core.first) continue;
      if (first === core.first && readUnit(scope, first - 1) === first) first -= 1; // "Apt. 675 62314 Mellemvej 32"
      let start = tokens[first]!.start;
      const corner = CORNER_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
      if (corner) start -= corner[0].length;
      spans.push({ start, end: tokens[reach.last]!.end, type: "STREET_ADDRESS", score: core.numbered ? 0.75 : 0.55 });
      i = reach.last;
    }
    if (/box|[adf]po/i.test(text)) spans.push(...scan(text, MILITARY, () => ({ type: "STREET_ADDRESS", score: 0.75 })));
    return spans;
  },
};
