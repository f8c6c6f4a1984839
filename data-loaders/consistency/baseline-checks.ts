import {publishedValue as v} from "../published/index.js";
import {countsInBand, ratioInBand} from "./in-band.js";
import {row} from "./row.js";
import type {ConsistencySection} from "./types.js";

const PATIENTS = 67;
const CHEMO = 44;
const BLAND = 23;

/** A printed "k (p%)" of n: is k/n printed as p? */
function countPercent(countId: string, percentId: string, n: number, what: string) {
  const k = v(countId);
  const p = v(percentId);
  const ok = ratioInBand(k, n, p);
  const exact = ((100 * k) / n).toFixed(2);
  return row([countId, percentId], `${what}: ${k}/${n} prints as ${p}%?`, {k, n, percent: Number(exact), countsPrintingAs: countsInBand(n, p)},
    ok ? "consistent" : "inconsistent",
    ok ? `${k}/${n} = ${exact}% rounds to ${p}%.` : `${k}/${n} = ${exact}% rounds to ${Math.round((100 * k) / n)}%, not ${p}%; counts printing as ${p}% of ${n}: ${countsInBand(n, p).join(", ") || "none"}.`);
}

function percentOnly(percentId: string, n: number, what: string) {
  const p = v(percentId);
  const ks = countsInBand(n, p);
  return row([percentId], `${what}: integer k with k/${n} printing as ${p}%`, {n, k: ks}, ks.length ? "consistent" : "inconsistent",
    ks.length ? `Only k = ${ks.join(" or ")} of ${n}.` : `No integer count of ${n} prints as ${p}%.`);
}

/** Two arm-wise percentages: the counts each implies and their sum. */
function armSplit(chemoId: string, blandId: string) {
  const kc = countsInBand(CHEMO, v(chemoId));
  const kb = countsInBand(BLAND, v(blandId));
  const sums = kc.flatMap((a) => kb.map((b) => a + b));
  return {kc, kb, sums};
}

export function baselineChecks(): ConsistencySection {
  const rows = [
    countPercent("baseline.men.count", "baseline.men.percent", PATIENTS, "Men"),
    countPercent("baseline.women.count", "baseline.women.percent", PATIENTS, "Women"),
    countPercent("baseline.carcinoid.count", "baseline.carcinoid.percent", PATIENTS, "Carcinoid"),
    countPercent("baseline.pancreatic_islet.count", "baseline.pancreatic_islet.percent", PATIENTS, "Pancreatic islet-cell"),
    countPercent("baseline.gastrinoma.count", "baseline.gastrinoma.percent", PATIENTS, "Gastrinoma"),
    countPercent("baseline.other_net.count", "baseline.other_net.percent", PATIENTS, "Other NET"),
    countPercent("baseline.uncharacterized.count", "baseline.uncharacterized.percent", PATIENTS, "Uncharacterized NET"),
    countPercent("baseline.prior_primary_resection.count", "baseline.prior_primary_resection.percent", PATIENTS, "Prior resection of the primary"),
    countPercent("baseline.prior_hepatectomy.count", "baseline.prior_hepatectomy.percent", PATIENTS, "Prior partial hepatectomy"),
    countPercent("baseline.prior_chemotherapy.count", "baseline.prior_chemotherapy.percent", PATIENTS, "Prior chemotherapy"),
    countPercent("baseline.prior_radiation.count", "baseline.prior_radiation.percent", PATIENTS, "Prior radiation"),
    countPercent("baseline.liver_metastases_3plus.count", "baseline.liver_metastases_3plus.percent", PATIENTS, "Three or more liver metastases"),
    countPercent("lost.count.abstract", "lost.percent.abstract", PATIENTS, "Lost to follow-up"),
    countPercent("arm.chemo.count", "arm.chemo.percent", PATIENTS, "Chemoembolization arm"),
    countPercent("arm.bland.count", "arm.bland.percent", PATIENTS, "Bland arm"),
    countPercent("crossover.chemo.count", "crossover.chemo.percent", CHEMO, "Chemoembolization-arm crossover"),
    countPercent("crossover.bland.count", "crossover.bland.percent", BLAND, "Bland-arm crossover"),
    percentOnly("baseline.hormonally_active.percent", PATIENTS, "Hormonally active"),
    percentOnly("retreated.percent", PATIENTS, "Retreated after the initial cycle")
  ];

  const types = ["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"].map((t) => v(`baseline.${t}.count`));
  const typeSum = types.reduce((s, x) => s + x, 0);
  rows.push(row(types.map((_, i) => `baseline.${["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"][i]}.count`), "Tumour types add to 67", {sum: typeSum}, typeSum === PATIENTS ? "consistent" : "inconsistent", `${types.join(" + ")} = ${typeSum}.`));
  const sexSum = v("baseline.men.count") + v("baseline.women.count");
  rows.push(row(["baseline.men.count", "baseline.women.count"], "Men + women = 67", {sum: sexSum}, sexSum === PATIENTS ? "consistent" : "inconsistent", `30 + 37 = ${sexSum}.`));
  const armPct = v("arm.chemo.percent") + v("arm.bland.percent");
  rows.push(row(["arm.chemo.percent", "arm.bland.percent"], "Arm shares add to 100%", {sum: armPct}, armPct === 100 ? "consistent" : "inconsistent", `65% + 34% = ${armPct}%: 44/67 = 65.67% is truncated rather than rounded (66%).`));

  const carcinoid = armSplit("baseline.carcinoid.chemo.percent", "baseline.carcinoid.bland.percent");
  const total = v("baseline.carcinoid.count");
  const splits = [];
  for (let a = 0; a <= Math.min(CHEMO, total); ++a) {
    const b = total - a;
    if (b > BLAND) continue;
    const deviation = Math.abs((100 * a) / CHEMO - 50) + Math.abs((100 * b) / BLAND - 65);
    splits.push({chemo: a, bland: b, deviation: Number(deviation.toFixed(2))});
  }
  splits.sort((x, y) => x.deviation - y.deviation);
  rows.push(row(["baseline.carcinoid.chemo.percent", "baseline.carcinoid.bland.percent", "baseline.carcinoid.count"], "Carcinoid by arm (50% of 44, 65% of 23) adds to the 38 of the methods",
    {chemo: carcinoid.kc, bland: carcinoid.kb, sums: carcinoid.sums, closestSplitsOf38: splits.slice(0, 3)}, carcinoid.sums.includes(total) ? "consistent" : "inconsistent",
    `Only ${carcinoid.kc.join("/")} of 44 prints as 50% and only ${carcinoid.kb.join("/")} of 23 as 65%, so the arms hold ${carcinoid.sums.join("/")} carcinoid patients, not ${total}. The split of 38 closest to the printed percentages is ${splits[0].chemo} + ${splits[0].bland} (total deviation ${splits[0].deviation} points).`));
  const twenty = v("ttp.carcinoid.chemo.count");
  rows.push(row(["ttp.carcinoid.chemo.count", "baseline.carcinoid.chemo.percent"], "\"Only 20 patients had carcinoid tumors treated with chemoembolization\" vs 50% of 44", {printedShare: Number(((100 * twenty) / CHEMO).toFixed(2)), impliedByPercent: carcinoid.kc},
    "inconsistent", `20/44 = ${((100 * twenty) / CHEMO).toFixed(1)}% would print as 45%; read as carcinoid chemoembolization patients evaluable for TTP it is compatible (≤ 22 or 23).`));

  const hormonal = armSplit("baseline.hormonally_active.chemo.percent", "baseline.hormonally_active.bland.percent");
  const hormonalTotal = countsInBand(PATIENTS, v("baseline.hormonally_active.percent"));
  const hormonalOk = hormonal.sums.some((s) => hormonalTotal.includes(s));
  rows.push(row(["baseline.hormonally_active.chemo.percent", "baseline.hormonally_active.bland.percent", "baseline.hormonally_active.percent"], "Hormonally active by arm (68%, 70%) vs 69% overall",
    {chemo: hormonal.kc, bland: hormonal.kb, sums: hormonal.sums, overall: hormonalTotal}, hormonalOk ? "consistent" : "inconsistent", `${hormonal.kc.join("/")} + ${hormonal.kb.join("/")} = ${hormonal.sums.join("/")}; 69% of 67 is ${hormonalTotal.join("/")}.`));
  const extra = armSplit("baseline.extrahepatic_disease.chemo.percent", "baseline.extrahepatic_disease.bland.percent");
  rows.push(row(["baseline.extrahepatic_disease.chemo.percent", "baseline.extrahepatic_disease.bland.percent"], "Extrahepatic metastases by arm (23%, 30%)", {chemo: extra.kc, bland: extra.kb, sums: extra.sums},
    extra.kc.length && extra.kb.length ? "consistent" : "inconsistent", `${extra.kc.join("/")} of 44 and ${extra.kb.join("/")} of 23 (no overall figure printed).`));
  const resection = armSplit("baseline.attempted_resection.chemo.percent", "baseline.attempted_resection.bland.percent");
  const resected = v("baseline.prior_primary_resection.count");
  rows.push(row(["baseline.attempted_resection.chemo.percent", "baseline.attempted_resection.bland.percent", "baseline.prior_primary_resection.count"], "Attempted resection by arm (48%, 43%) vs 29 resections of the primary",
    {chemo: resection.kc, bland: resection.kb, sums: resection.sums}, resection.sums.includes(resected) ? "consistent" : "ambiguous",
    `${resection.kc.join("/")} + ${resection.kb.join("/")} = ${resection.sums.join("/")} attempted resections against 29 completed (29 + 5 hepatectomies = 34 fits neither); "attempted" may include incomplete operations.`));

  const meanTotal = v("procedures.total.mean");
  const totals = [];
  for (let t = 0; t <= 13 * PATIENTS; ++t) if (ratioInBand(t, PATIENTS, meanTotal, 1, 1)) totals.push(t);
  rows.push(row(["procedures.total.mean", "cohort.procedures.abstract"], "Mean 3.3 procedures per patient over 67 patients", {totalProcedures: totals}, totals.includes(219) ? "consistent" : "inconsistent", `Totals printing as a mean of 3.3: ${totals[0]}–${totals[totals.length - 1]}; 219/67 = ${(219 / 67).toFixed(3)}.`));
  const crossoverMax = v("crossover.bland.patient1.bland_procedures") + v("crossover.bland.patient1.chemo_procedures");
  rows.push(row(["crossover.bland.patient1.bland_procedures", "crossover.bland.patient1.chemo_procedures", "procedures.total.max"], "Largest crossover patient within the range of procedures per patient", {procedures: crossoverMax}, crossoverMax <= v("procedures.total.max") ? "consistent" : "inconsistent", `10 + 3 = ${crossoverMax} procedures, the printed maximum (range 1–13).`));
  const deaths = v("mortality30.deaths");
  rows.push(row(["mortality30.percent", "mortality30.deaths", "mortality30.procedures"], "30-day mortality 1.4% = 3/219", {percent: Number(((100 * deaths) / 219).toFixed(3))}, ratioInBand(deaths, 219, 1.4, 1) ? "consistent" : "inconsistent", `3/219 = ${((100 * deaths) / 219).toFixed(2)}%.`));
  const infectedPatients = countsInBand(PATIENTS, v("toxicity.infection.grade3plus.percent"));
  rows.push(row(["toxicity.infection.grade3plus.percent"], "Grade ≥3 infection in 1% of patients", {k: infectedPatients, n: PATIENTS}, infectedPatients.length ? "consistent" : "inconsistent", `Only k = ${infectedPatients.join("/")} of 67 prints as 1%.`));
  return {id: "baseline", title: "Baseline characteristics, arms and counts", rows};
}
