import { PARTICLES } from "../names/name-cues.js";
import { bare, isCapitalised } from "./address-tokens.js";
import type { Scope } from "./street-core.js";

function isStreetNamePart(scope: Scope, i: number): boolean {
  const t = scope.tokens[i];
  if (!t) return false;
  if (t.kind === "number") return true;
  return t.kind === "word" && (isCapitalised(t) || PARTICLES.has(bare(t)) || (scope.lowerCase(i) && bare(t) !== "and"));
}

/** "Main and Elm St": the first street of an intersection, up to three words before "and". */
export function crossStreetBefore(scope: Scope, first: number): number {
  const and = scope.tokens[first - 1];
  if (and?.kind !== "word" || bare(and) !== "and") return first;
  let start = first - 1;
  while (start > 0 && first - 1 - start < 3 && isStreetNamePart(scope, start - 1) && scope.tokens[start - 1]?.kind === "word") start--;
  return start < first - 1 ? start : first;
}

/** "… str and Rennie Union": the second street of an intersection, up to three words after "and". */
export function crossStreetAfter(scope: Scope, last: number): number {
  const and = scope.tokens[last + 1];
  if (and?.kind !== "word" || bare(and) !== "and") return last;
  let end = last + 1;
  while (end - last - 1 < 3 && isStreetNamePart(scope, end + 1)) end++;
  return end > last + 1 ? end : last;
}
