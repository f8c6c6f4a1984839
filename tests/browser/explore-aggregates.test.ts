// /explore shows the same numbers from the published risk table
// (?data=aggregates) as from the patient rows of the reconstruction: for two
// endpoints of plain follow-up and one of delayed entry, grouping by arm and by
// primary tumour with Benjamini–Hochberg pairwise tests, a Cox model of two
// covariates and a filter, the text of every card (test, population, landmark
// table, pairwise tests, the chart's numbers and risk table, restricted means,
// Cox model, forest plot and interactions) is identical in both modes. A link
// naming a column the table does not hold says so and shows the rest of its view.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {settle} from "./page-session.js";

const site = builtSite();

const CARDS = ["explore-curves", "explore-rmst", "explore-cox", "explore-forest"];

/** Each card's text, whitespace collapsed, by test id; the forest plot's labels and intervals are in its SVG's text. */
async function cards(page: Page): Promise<Record<string, string>> {
  await settle(page);
  const out: Record<string, string> = {};
  for (const id of CARDS) out[id] = ((await page.getByTestId(id).textContent()) ?? "").replace(/\s+/g, " ").trim();
  return out;
}

async function shown(query: string) {
  const {page, pageErrors} = await site.open(`/explore?${query}`);
  await page.waitForSelector("[data-testid=explore-population]");
  const result = {
    cards: await cards(page),
    notice: await page.getByTestId("aggregate-mode").count(),
    groupings: await page.getByLabel("Group by").locator("option").allTextContents(),
    cutDisabled: await page.getByLabel("Cut a number").isDisabled(),
    pageErrors
  };
  await page.context().close();
  return result;
}

const STATES: {query: string; expect: RegExp[]}[] = [
  // Survival from first embolization by arm: log-rank, Cox of the arm, default subgroups.
  {query: "", expect: [/log-rank, 1 df/, /67 of 67 patients kept/, /Restricted mean, months/, /Chemoembolization vs bland embolization/]},
  // TTP by primary tumour (three types of 5 or more patients): pairwise tests, BH adjusted, and a Cox model with two covariates.
  {
    query: "endpoint=ttp&group=primary_tumor&covariates=arm,hormonally_active&filter=primary_tumor+!%3D+gastrinoma%3B+primary_tumor+!%3D+other_net&rho=1",
    expect: [/Peto/, /60 of 67 patients kept by 2 conditions/, /Benjamini–Hochberg adjusted P/, /Treatment arm: chemoembolization vs bland embolization/, /Hormonally active: yes vs no/]
  },
  // Survival from diagnosis (delayed entry) by arm with a filter and two covariates, Breslow ties.
  {
    query: "endpoint=os_diagnosis&group=arm&covariates=tumor_type,extrahepatic_disease&filter=hormonally_active+%3D+1&ties=breslow&conf_level=0.9",
    expect: [/Cox score test, 1 df/, /by 1 condition/, /Surv\(entry, time, event\)/, /Tumour type: noncarcinoid vs carcinoid/, /Extrahepatic disease: yes vs no/]
  },
  // TTTF by tumour type with a chosen τ and a log-log interval.
  {query: "endpoint=tttf&group=tumor_type&conf_type=log-log&tau=24&subgroups=hormonally_active,primary_tumor", expect: [/τ = 24\.0 months/, /Difference, /, /Hormonally active: yes/]}
];

describe("/explore from rows and from the risk table", () => {
  it.each(STATES)("shows the same numbers under ?$query", async ({query, expect: patterns}) => {
    const rows = await shown(query);
    const aggregates = await shown(`${query}${query ? "&" : ""}data=aggregates`);
    expect(rows.pageErrors).toEqual([]);
    expect(aggregates.pageErrors).toEqual([]);
    const all = Object.values(rows.cards).join(" ");
    for (const pattern of patterns) expect(all).toMatch(pattern);
    // P values, hazard ratios and intervals, restricted means and the chart's medians and risk table are all in these texts.
    expect(rows.cards["explore-curves"]).toMatch(/P [=<] ?0?\.\d/);
    expect(rows.cards["explore-cox"]).toMatch(/\d\.\d\d \(\d+% CI \d\.\d\d–\d/);
    expect(rows.cards["explore-curves"]).toMatch(/Median/i);
    expect(aggregates.cards).toEqual(rows.cards);
    expect([rows.notice, aggregates.notice]).toEqual([0, 1]);
  }, 180_000);

  it("offers only the risk table's columns, and no numeric cut, from counts", async () => {
    const rows = await shown("");
    const aggregates = await shown("data=aggregates");
    expect(rows.groupings.length).toBeGreaterThan(10);
    expect(aggregates.groupings).toEqual(["Tumour type", "Treatment arm", "Primary tumour", "Hormonally active", "Extrahepatic disease"]);
    expect([rows.cutDisabled, aggregates.cutDisabled]).toEqual([false, true]);
  }, 180_000);
});

describe("/explore from counts, given columns the risk table does not hold", () => {
  it("says which columns a link names that the table lacks, and shows the rest of its view", async () => {
    const {page, pageErrors} = await site.open("/explore?data=aggregates&endpoint=ttp&group=sex&covariates=age_at_diagnosis,hormonally_active&filter=age_at_diagnosis+%3C%3D+60%3B+extrahepatic_disease+%3D+0");
    await page.waitForSelector("[data-testid=unsupported-columns]");
    expect(await page.getByTestId("unsupported-columns").innerText()).toBe(
      "This link names columns the published risk table does not hold (sex, age_at_diagnosis), left out of the view below: it counts patients by arm, tumor_type, primary_tumor, hormonally_active, extrahepatic_disease only."
    );
    expect(await page.getByTestId("explore-curves").locator("h2").innerText()).toBe("Time to progression, by treatment arm");
    expect(await page.getByTestId("explore-population").innerText()).toMatch(/^\d+ of 67 patients kept by 1 condition;/);
    expect(await page.getByTestId("explore-cox").locator("p").first().innerText()).toMatch(/^Treatment arm, adjusted for hormonally active:/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("says a typed filter on another column cannot be applied", async () => {
    const {page, pageErrors} = await site.open("/explore?data=aggregates");
    await page.waitForSelector("[data-testid=explore-population]");
    await page.getByLabel("Keep patients with").fill("sex = F");
    await page.getByTestId("filter-error").waitFor();
    expect(await page.getByTestId("filter-error").innerText()).toBe(
      'Filter not applied: condition 1, "sex": the published risk table counts patients by arm, tumor_type, primary_tumor, hormonally_active, extrahepatic_disease only, expected one of those columns.'
    );
    expect(await page.getByTestId("explore-population").innerText()).toMatch(/^67 of 67 patients kept;/);
    // The address keeps the data mode with the analysis, so the link shows this view again.
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({filter: "sex = F", data: "aggregates"});
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
