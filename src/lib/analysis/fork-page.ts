// The Markdown of a page that shows one /explore view of the built-in cohort
// with no controls: paste it into src/ as a new page, and the build computes
// the same curves, test, Cox model and forest plot from the same modules. A
// build that publishes counts, not patient rows, gives the page its risk
// table's weighted rows, as /explore reads them.
import {ENDPOINTS} from "./endpoints.js";
import {exploreColumn} from "./explore-columns.js";
import {parseFilters} from "./explore-filters.js";
import {specQuery, type ExploreSpec} from "./explore-spec.js";
import {inSentence} from "../format/in-sentence.js";

const $ = "$";

/** The page's Markdown; throws as parseFilters does when the view's filter does not parse. */
export function forkPage(spec: ExploreSpec): string {
  parseFilters(spec.filter);
  const title = `${ENDPOINTS[spec.endpoint].label} by ${inSentence(exploreColumn(spec.group).label)}`;
  const query = specQuery(spec);
  return `---
title: ${title}
---

# ${title}

The view of [/explore](./explore${query ? `?${query}` : ""}) this page was forked from${spec.filter ? `, on patients with \`\` ${spec.filter.replace(/`/g, "'")} \`\`` : ""}.

\`\`\`js
import {html} from "htl";
import {ENDPOINTS} from "./lib/analysis/endpoints.js";
import {exploreComparison} from "./lib/analysis/explore-comparison.js";
import {exploreCox} from "./lib/analysis/explore-cox.js";
import {applyFilters, parseFilters} from "./lib/analysis/explore-filters.js";
import {subgroupForest} from "./lib/analysis/subgroup-forest.js";
import {parsePatients} from "./lib/analysis/parse-cohort-csv.js";
import {riskTablePatients} from "./lib/analysis/risk-table-patients.js";
import {dataMode} from "./components/data-mode.js";
import {formatRatioInterval} from "./lib/format/interval.js";
import {formatLabelledP} from "./lib/format/p-value.js";
import {forestPlot} from "./components/forest-plot.js";
import {kmChart} from "./components/km-chart.js";
import {landmarkTable} from "./components/landmark-table.js";
import {pValue} from "./components/p-value.js";

const spec = ${JSON.stringify(spec)};
const source = await FileAttachment("data/cohort-source.json").json();
const cohort = dataMode(source) === "aggregates" ? riskTablePatients((await FileAttachment("data/risk-table.json").json()).columns) : parsePatients(await FileAttachment("data/patients.csv").text());
const patients = applyFilters(cohort, parseFilters(spec.filter));
const grouping = {column: spec.group, cut: spec.cut, at: spec.at};
const comparison = exploreComparison(patients, {endpoint: spec.endpoint, grouping, confType: spec.confType, confLevel: spec.confLevel, rho: spec.rho, tau: spec.tau});
const cox = exploreCox(patients, {endpoint: spec.endpoint, grouping, covariates: spec.covariates, ties: spec.ties, confLevel: spec.confLevel});
const forest = subgroupForest(patients, {endpoint: spec.endpoint, subgroups: spec.subgroups, confLevel: spec.confLevel, ties: spec.ties});
const sizes = comparison.curves.map((c) => c.n);
const small = (text, groups) => (/^Fewer than/.test(text) ? pValue(text, groups) : text);
\`\`\`

<div class="card">
  <h2 class="test-result" data-testid="fork-test">${$}{comparison.test ? pValue(formatLabelledP(comparison.test.p, \`${$}{comparison.testName}, ${$}{comparison.test.df} df\`), sizes) : small(comparison.note ?? "", sizes)}</h2>
  ${$}{resize((width) => kmChart(comparison.curves, {width, yLabel: ENDPOINTS[spec.endpoint].yLabel}))}
  ${$}{landmarkTable(comparison)}
</div>

<div class="card">
  <h2>Cox model</h2>
  ${$}{cox.fit ? html\`<ul data-testid="fork-cox">${$}{cox.labels.map((label, k) => html\`<li>${$}{label}: ${$}{pValue(\`${$}{formatRatioInterval(cox.fit.hr[k], cox.fit.lower[k], cox.fit.upper[k], spec.confLevel)}, ${$}{formatLabelledP(cox.fit.p[k], "Wald")}\`, cox.groups.map((g) => g.n))}</li>\`)}</ul>\` : small(cox.note ?? "", cox.groups.map((g) => g.n))}
</div>

<div class="card">
  <h2>Chemoembolization against bland embolization, by subgroup</h2>
  ${$}{resize((width) => forestPlot(forest.rows, {width, confLevel: spec.confLevel, contrast: "chemoembolization vs bland"}))}
  <ul>${$}{forest.interactions.map((i) => html\`<li>${$}{i.label}: ${$}{i.test ? pValue(formatLabelledP(i.test.p, \`Wald test of the interaction, ${$}{i.test.df} df\`), i.cells) : small(\`${$}{i.note}.\`, i.cells)}</li>\`)}</ul>
</div>
`;
}
