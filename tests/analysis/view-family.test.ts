import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {groupTest} from "../../src/lib/analysis/compare-survival.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {filterStates, viewFamily, type ViewState} from "../../src/lib/analysis/view-family.js";
import {formatViewFamily} from "../../src/lib/format/view-family.js";
import {benjaminiHochberg} from "../../src/lib/stats/index.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const reference = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));
const ORIGINS = ["os_embolization", "os_diagnosis", "os_liver_metastases"] as const;
const survivalStates: ViewState[] = filterStates(["tumor", "hormonal", "extrahepatic"]).flatMap((filters) =>
  ORIGINS.flatMap((endpoint) => (["arm", "tumor"] as const).map((groupBy) => ({filters, endpoint, groupBy})))
);
const nominal = (s: ViewState) => groupTest(filterPatients(reference, s.filters), s).test?.p ?? null;

describe("viewFamily over /survival's controls", () => {
  const family = viewFamily(reference, survivalStates);

  it("counts 162 views and the distinct tests among them", () => {
    expect(filterStates(["tumor", "hormonal", "extrahepatic"])).toHaveLength(27);
    expect(family.views).toBe(162);
    const distinct = new Map(survivalStates.map((s) => [`${s.endpoint}|${s.groupBy}|${filterPatients(reference, s.filters).map((p) => p.id).join(",")}`, nominal(s)]));
    expect(family.tests).toBe([...distinct.values()].filter((p) => p !== null).length);
    expect(family.tests).toBeLessThan(162);
  });

  it("adjusts each view's P by Benjamini–Hochberg over the distinct tests", () => {
    const distinct = new Map(survivalStates.map((s) => [`${s.endpoint}|${s.groupBy}|${filterPatients(reference, s.filters).map((p) => p.id).join(",")}`, nominal(s)]));
    const keys = [...distinct.keys()];
    const adjusted = benjaminiHochberg(keys.map((k) => distinct.get(k)));
    for (const s of survivalStates) {
      const key = `${s.endpoint}|${s.groupBy}|${filterPatients(reference, s.filters).map((p) => p.id).join(",")}`;
      expect(family.adjusted(s), key).toBe(adjusted[keys.indexOf(key)]);
      if (nominal(s) === null) expect(family.adjusted(s)).toBeNull();
      else expect(family.adjusted(s)!).toBeGreaterThanOrEqual(nominal(s)!);
    }
  });

  it("says how many views and tests there are beside the adjusted P", () => {
    const state = survivalStates[0];
    expect(formatViewFamily(family, state)).toBe(
      `This view is one of 162 that the controls on this page show, with ${family.tests} distinct tests among them: adjusted for all of them (Benjamini–Hochberg), P = ${Number(family.adjusted(state)!.toPrecision(2))}. A nominal P below 0.05 in one subgroup is expected by chance alone.`
    );
  });
});
