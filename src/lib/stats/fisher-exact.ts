// Fisher's exact test for a 2×2 table, R `fisher.test(m, alternative)$p.value`.
import {checkAlternative, checkedTable2x2, type Alternative, type Table2x2} from "./check-input.js";
import {noncentralHypergeometric} from "./noncentral-hypergeometric.js";

export interface FisherExactOptions {
  alternative?: Alternative;
}

export interface FisherExactResult {
  p: number;
  alternative: Alternative;
}

// R counts outcomes as "as extreme" when their probability is within this
// relative factor of the observed one, so ties survive rounding.
const RELATIVE_ERROR = 1 + 1e-7;

/**
 * `table` is [[a, b], [c, d]]: rows = exposure or arm, columns = outcome yes / no.
 * "less" and "greater" refer to the odds ratio a·d / (b·c) against 1.
 */
export function fisherExact(table: Table2x2, {alternative = "two.sided"}: FisherExactOptions = {}): FisherExactResult {
  checkAlternative(alternative);
  const [a, b, c, d] = checkedTable2x2(table);
  const dist = noncentralHypergeometric(a, b, c, d);
  let p: number;
  if (alternative === "less") p = dist.tail(a, 1, false);
  else if (alternative === "greater") p = dist.tail(a, 1, true);
  else {
    const density = dist.density(1);
    const threshold = density[a - dist.lo] * RELATIVE_ERROR;
    p = 0;
    for (let i = 0; i < density.length; ++i) if (density[i] <= threshold) p += density[i];
  }
  return {p: Math.max(0, Math.min(1, p)), alternative};
}
