// Checks a certificate of infeasibility by running its enumeration over every
// admissible integer (counts, totals, procedure splits) read from the printed
// numbers' rounding bands. A certificate verifies only if no combination
// prints every number it names.
import {jointToxicityDenominators} from "../consistency/toxicity-denominators.js";
import {countsInBand} from "../consistency/in-band.js";
import {publishedNumber, TABLE1, TABLE2} from "../published/index.js";
import {inBand} from "../published/rounding-band.js";
import type {PublishedNumber, ToxicityTable} from "../published/types.js";
import {chiSquareTest, fisherExact} from "../../src/lib/stats/index.js";
import type {Certificate, Verification} from "./certificate-types.js";

/** Integers whose value prints as a count. */
function integersInBand(n: PublishedNumber): number[] {
  const out: number[] = [];
  for (let k = Math.ceil(n.band[0]); k < n.band[1]; ++k) if (inBand(k, n)) out.push(k);
  return out;
}

const sameCurve = (a: PublishedNumber, b: PublishedNumber) => a.endpoint === b.endpoint && a.arm === b.arm && a.subgroup === b.subgroup;
const failed = (summary: string): Verification => ({verified: false, checked: 0, summary});

function tableOf(id: string): ToxicityTable {
  return id.startsWith("table1.") ? TABLE1 : TABLE2;
}

/** Procedure splits both tables allow, each with the counts in band of the two named any-grade totals. */
function tableCounts(columns: [string, string], procedures: string): {nc: number; nb: number; kcs: number[]; kbs: number[]}[] {
  const [c, b] = columns.map(publishedNumber);
  if (tableOf(c.id) !== TABLE1 || tableOf(b.id) !== TABLE2) return [];
  return jointToxicityDenominators(TABLE1, TABLE2, publishedNumber(procedures).value).map(({chemoembolization: nc, bland: nb}) => ({
    nc, nb, kcs: countsInBand(nc, c.value, c.decimals), kbs: countsInBand(nb, b.value, b.decimals)
  }));
}

export function verifyCertificate(c: Certificate): Verification {
  const number = publishedNumber(c.number);
  switch (c.kind) {
    case "disjoint_bands": {
      const other = publishedNumber(c.other);
      if (!sameCurve(number, other) || number.kind !== other.kind || number.timeMonths !== other.timeMonths) return failed("the two numbers are not the same statistic");
      const meet = number.band[0] < other.band[1] && other.band[0] < number.band[1];
      return {verified: !meet, checked: 1, summary: `${number.text} stands for [${number.band.join(", ")}) and ${other.text} for [${other.band.join(", ")}): ${meet ? "they meet" : "no value prints as both"}.`};
    }
    case "landmark_below_median": {
      const median = publishedNumber(c.median);
      if (!sameCurve(number, median) || number.kind !== "km_landmark" || median.kind !== "km_median") return failed("not a landmark and the median of one curve");
      const t = number.timeMonths as number;
      // A survival curve never rises, so below 50% at t puts its median (the first time at or below 50%) at or before t.
      const verified = number.band[1] <= 50 && t < median.band[0];
      return {verified, checked: 1, summary: `Below ${number.band[1]}% at ${t} months puts the median at or before ${t} months; ${median.text} months stands for [${median.band.join(", ")}).`};
    }
    case "share_of_count": {
      const [counts, totals] = [integersInBand(publishedNumber(c.count)), integersInBand(publishedNumber(c.of))];
      let checked = 0;
      const hits: string[] = [];
      for (const n of totals) for (const k of counts.filter((k) => k <= n)) {
        checked += 1;
        if (inBand((100 * k) / n, number)) hits.push(`${k}/${n}`);
      }
      return {verified: checked > 0 && hits.length === 0, checked, summary: `Every count ${counts.join(", ")} of ${totals.join(", ")}: ${hits.length ? `${hits.join(", ")} prints ${number.text}` : `none prints ${number.text}`}.`};
    }
    case "split_of_total": {
      const [other, total] = [publishedNumber(c.other), publishedNumber(c.total)];
      let checked = 0;
      const hits: string[] = [];
      const seen: string[] = [];
      for (const size of integersInBand(publishedNumber(c.groupSize))) {
        for (const otherSize of integersInBand(publishedNumber(c.otherGroupSize))) {
          for (const t of integersInBand(total)) {
            for (let k = Math.max(0, t - otherSize); k <= Math.min(size, t); ++k) {
              if (!inBand((100 * (t - k)) / otherSize, other)) continue;
              checked += 1;
              seen.push(`${k}/${size} = ${((100 * k) / size).toFixed(1)}%`);
              if (inBand((100 * k) / size, number)) hits.push(`${k}/${size}`);
            }
          }
        }
      }
      return {
        verified: checked > 0 && hits.length === 0, checked,
        summary: `Counts adding to ${total.text} with the other group at ${other.text}: ${seen.join(", ") || "none"}; ${hits.length ? `${hits.join(", ")} prints ${number.text}` : `none prints ${number.text}`}.`
      };
    }
    case "pooled_table_share": {
      const splits = tableCounts(c.columns, c.procedures);
      let checked = 0;
      let [lo, hi] = [Infinity, -Infinity];
      for (const {nc, nb, kcs, kbs} of splits) for (const kc of kcs) for (const kb of kbs) {
        checked += 1;
        const pct = (100 * (kc + kb)) / (nc + nb);
        [lo, hi] = [Math.min(lo, pct), Math.max(hi, pct)];
        if (inBand(pct, number)) return {verified: false, checked, summary: `${kc}/${nc} and ${kb}/${nb} pool to ${pct.toFixed(2)}%, which prints ${number.text}.`};
      }
      return {verified: checked > 0, checked, summary: `Every procedure split the tables allow (${splits.map((s) => `${s.nc} + ${s.nb}`).join(" or ")}) and every count printing as the two totals pool to ${lo.toFixed(2)}–${hi.toFixed(2)}%, never ${number.text}.`};
    }
    case "table_p_value": {
      const splits = tableCounts(c.columns, c.procedures);
      let checked = 0;
      let [lo, hi] = [Infinity, -Infinity];
      for (const {nc, nb, kcs, kbs} of splits) for (const kc of kcs) for (const kb of kbs) {
        const table: [[number, number], [number, number]] = [[kc, nc - kc], [kb, nb - kb]];
        for (const p of [fisherExact(table).p, chiSquareTest(table).p, chiSquareTest(table, {correct: false}).p]) {
          checked += 1;
          [lo, hi] = [Math.min(lo, p), Math.max(hi, p)];
          if (inBand(p, number)) return {verified: false, checked, summary: `${kc}/${nc} vs ${kb}/${nb} gives P = ${p.toFixed(4)}, which prints ${number.text}.`};
        }
      }
      return {
        verified: checked > 0, checked,
        summary: `Every procedure split the tables allow (${splits.map((s) => `${s.nc} + ${s.nb}`).join(" or ")}) and every count printing as the two totals give P between ${lo.toFixed(3)} and ${hi.toFixed(3)} (Fisher exact, chi-square with or without continuity correction), never ${number.text.replace("P = ", "")}.`
      };
    }
  }
}

/** Every printed number a certificate combines: the one it rules out first. */
export function certificateIds(c: Certificate): string[] {
  switch (c.kind) {
    case "disjoint_bands": return [c.number, c.other];
    case "landmark_below_median": return [c.number, c.median];
    case "share_of_count": return [c.number, c.count, c.of];
    case "split_of_total": return [c.number, c.total, c.groupSize, c.other, c.otherGroupSize];
    case "pooled_table_share":
    case "table_p_value": return [c.number, ...c.columns, c.procedures];
  }
}
