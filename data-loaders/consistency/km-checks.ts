import {PUBLISHED_NUMBERS} from "../published/index.js";
import type {PublishedNumber} from "../published/types.js";
import {kmReachable} from "./km-reachable.js";
import {responseSolutions} from "./response-checks.js";
import {row} from "./row.js";
import type {ConsistencyRow, ConsistencySection} from "./types.js";

const MAX_CENSORED = 3;

/** Candidate numbers at risk at time 0 for each curve, with where each comes from. */
function groupSizes(): Record<string, {n: number; basis: string}[]> {
  const [solution] = responseSolutions();
  const evaluableChemo = solution?.chemoembolization.n ?? 44;
  const evaluableBland = solution?.bland.n ?? 23;
  const progression = (arm: string, evaluable: number, patients: number) => [
    {n: evaluable, basis: `patients evaluable at 1 month (response analysis)`},
    {n: patients, basis: `all ${arm} patients`}
  ];
  return {
    "ttp|chemoembolization|all": progression("chemoembolization", evaluableChemo, 44),
    "ttp|bland|all": progression("bland", evaluableBland, 23),
    "tttf|chemoembolization|all": progression("chemoembolization", evaluableChemo, 44),
    "tttf|bland|all": progression("bland", evaluableBland, 23),
    "ttp|chemoembolization|carcinoid": [{n: 20, basis: "\"only 20 patients\" (results)"}, {n: 22, basis: "50% of 44"}, {n: 23, basis: "38 − 15"}],
    "ttp|bland|carcinoid": [{n: 15, basis: "65% of 23"}, {n: 16, basis: "38 − 22"}],
    "os_embolization|chemoembolization|all": [{n: 44, basis: "chemoembolization arm"}],
    "os_embolization|bland|all": [{n: 23, basis: "bland arm"}],
    "os_embolization|chemoembolization|carcinoid": [{n: 22, basis: "50% of 44"}, {n: 23, basis: "38 − 15"}],
    "os_embolization|bland|carcinoid": [{n: 15, basis: "65% of 23"}, {n: 16, basis: "38 − 22"}]
  };
}

const key = (d: PublishedNumber) => `${d.endpoint}|${d.arm}|${d.subgroup}`;

function landmarkRows(sizes: Record<string, {n: number; basis: string}[]>): ConsistencyRow[] {
  return PUBLISHED_NUMBERS.filter((d) => d.kind === "km_landmark").map((d) => {
    const candidates = sizes[key(d)] ?? [];
    const results = candidates.map(({n, basis}) => ({basis, ...kmReachable(n, d.value, MAX_CENSORED, d.decimals)}));
    const best = Math.min(...results.map((r) => r.minCensored ?? Infinity));
    const verdict = best === Infinity ? "ambiguous" : "consistent";
    const text = results.map((r) => r.minCensored === 0 ? `n = ${r.n}: reachable without censoring (${r.example?.numerator}/${r.example?.denominator})`
      : r.minCensored === null ? `n = ${r.n}: needs more than ${MAX_CENSORED} censorings before ${d.timeMonths} months`
      : `n = ${r.n}: needs ≥ ${r.minCensored} censoring${r.minCensored > 1 ? "s" : ""} before ${d.timeMonths} months (e.g. blocks [events, censored] ${JSON.stringify(r.example?.blocks)})`).join("; ");
    return row([d.id], `${d.label}: ${d.text} reachable as a Kaplan–Meier value?`, results, verdict, `${text}.`);
  });
}

/** Landmarks of one curve from every section of the paper, in time order. */
function series(): Map<string, PublishedNumber[]> {
  const out = new Map<string, PublishedNumber[]>();
  for (const d of PUBLISHED_NUMBERS) {
    if (d.kind !== "km_landmark") continue;
    const list = out.get(key(d)) ?? [];
    list.push(d);
    out.set(key(d), list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.timeMonths ?? 0) - (b.timeMonths ?? 0));
  return out;
}

function shapeRows(): ConsistencyRow[] {
  const rows: ConsistencyRow[] = [];
  for (const [k, list] of series()) {
    // Sections disagreeing at a shared landmark.
    for (let i = 0; i < list.length; ++i) {
      for (let j = i + 1; j < list.length; ++j) {
        const a = list[i];
        const b = list[j];
        if (a.timeMonths === b.timeMonths && a.location !== b.location && a.value !== b.value) {
          rows.push(row([a.id, b.id], `${k}: two values at ${a.timeMonths} months`, {values: [a.value, b.value]}, "inconsistent", `${a.location} prints ${a.text}, ${b.location} prints ${b.text} at the same landmark.`));
        }
      }
    }
    // Within one sentence: monotone, flat stretches and drops to zero.
    for (const location of new Set(list.map((d) => d.location))) {
      const run = list.filter((d) => d.location === location);
      for (let i = 1; i < run.length; ++i) {
        const a = run[i - 1];
        const b = run[i];
        if (b.value > a.value) {
          rows.push(row([a.id, b.id], `${k}: survival cannot increase`, {values: [a.value, b.value]}, "inconsistent", `${a.text} at ${a.timeMonths} months, then ${b.text} at ${b.timeMonths} months.`));
        } else if (a.value === b.value) {
          rows.push(row([a.id, b.id], `${k} (${location}): flat between ${a.timeMonths} and ${b.timeMonths} months`, {values: [a.value, b.value]}, "consistent",
            a.value === 0 ? "Already 0%: nobody is left at risk." : `No events between ${a.timeMonths} and ${b.timeMonths} months (only censorings), or a step too small to change the rounded value.`));
        } else if (b.value === 0) {
          rows.push(row([a.id, b.id], `${k} (${location}): drop to 0% by ${b.timeMonths} months`, {values: [a.value, b.value]}, "consistent",
            `Every patient still at risk after ${a.timeMonths} months had the event by ${b.timeMonths} months (the last observation is an event, not a censoring).`));
        }
      }
    }
  }
  return rows;
}

/** Which candidate group size makes the most landmarks of a curve reachable without any censoring. */
function groupSizeRows(sizes: Record<string, {n: number; basis: string}[]>): ConsistencyRow[] {
  const rows: ConsistencyRow[] = [];
  for (const [k, list] of series()) {
    const results = (sizes[k] ?? []).map(({n, basis}) => {
      const uncensored = list.filter((d) => d.value > 0 && kmReachable(n, d.value, 0, d.decimals).minCensored === 0);
      return {n, basis, reachableWithoutCensoring: uncensored.length, of: list.filter((d) => d.value > 0).length};
    });
    if (results.length < 2) continue;
    const best = Math.max(...results.map((r) => r.reachableWithoutCensoring));
    rows.push(row(list.map((d) => d.id), `${k}: nonzero landmarks reachable without censoring, per candidate group size`, results, "ambiguous",
      `${results.map((r) => `n = ${r.n} (${r.basis}): ${r.reachableWithoutCensoring}/${r.of}`).join("; ")}. Best: n = ${results.filter((r) => r.reachableWithoutCensoring === best).map((r) => r.n).join(" or ")} (a hint, not proof: censoring is expected with 10 patients lost to follow-up).`));
  }
  return rows;
}

function medianRows(): ConsistencyRow[] {
  const rows: ConsistencyRow[] = [];
  const byKey = series();
  for (const m of PUBLISHED_NUMBERS.filter((d) => d.kind === "km_median")) {
    const list = byKey.get(key(m));
    if (!list) continue;
    // The median is the first time the curve is ≤ 50%, and it lies somewhere in its rounding band [lo, hi): landmarks before lo
    // must print above 50% and landmarks at or after hi at most 50%; a landmark inside the band fits either way.
    const [lo, hi] = m.band;
    const conflicts = list.filter((d) => ((d.timeMonths ?? 0) < lo && d.band[1] <= 50) || ((d.timeMonths ?? 0) >= hi && d.band[0] > 50));
    const inside = list.filter((d) => (d.timeMonths ?? 0) >= lo && (d.timeMonths ?? 0) < hi);
    rows.push(row([m.id, ...list.map((d) => d.id)], `${m.label} = ${m.text} vs the printed landmarks`, {landmarks: list.map((d) => ({time: d.timeMonths, value: d.value, location: d.location}))},
      conflicts.length === 0 ? "consistent" : "inconsistent",
      conflicts.length === 0
        ? `Landmarks before ${lo} months are above 50%, those from ${hi} months on at most 50%.${inside.length ? ` ${inside.map((d) => `${d.text} at ${d.timeMonths} months`).join(", ")} lies inside the median's band [${lo}, ${hi}), where the curve may be on either side of 50%.` : ""}`
        : `${conflicts.map((d) => `${d.text} at ${d.timeMonths} months (${d.location})`).join(", ")} contradicts a median in [${lo}, ${hi}) months.`));
  }
  return rows;
}

function ttpBelowTttfRows(): ConsistencyRow[] {
  const rows: ConsistencyRow[] = [];
  const byKey = series();
  for (const arm of ["chemoembolization", "bland"]) {
    const ttp = byKey.get(`ttp|${arm}|all`)?.filter((d) => d.location === "results") ?? [];
    const tttf = byKey.get(`tttf|${arm}|all`) ?? [];
    for (const f of tttf) {
      const p = ttp.find((d) => d.timeMonths === f.timeMonths);
      if (!p) continue;
      rows.push(row([p.id, f.id], `TTTF ≥ TTP at ${f.timeMonths} months, ${arm}`, {ttp: p.value, tttf: f.value}, f.value >= p.value ? "consistent" : "inconsistent",
        `Treatment failure comes at or after the first progression, so its curve lies above: ${f.text} vs ${p.text}.`));
    }
  }
  return rows;
}

export function kmChecks(): ConsistencySection {
  const sizes = groupSizes();
  return {
    id: "kaplan_meier",
    title: "Kaplan–Meier landmarks and medians",
    rows: [...landmarkRows(sizes), ...groupSizeRows(sizes), ...shapeRows(), ...medianRows(), ...ttpBelowTttfRows()]
  };
}
