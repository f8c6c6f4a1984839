// Engine validation for the /methods page: every R reference case in
// tests/fixtures recomputed with the survival and stats engines, summarised
// per engine function as cases, values compared and the largest relative
// difference |ours − R| / max(1, |R|), beside the tolerance the unit tests use.
import {atTimesRows} from "./at-times.js";
import {coxRows} from "./cox-ph.js";
import {entryCoxRows, entryKaplanMeierRows} from "./entry.js";
import {kaplanMeierRows} from "./kaplan-meier.js";
import {logRankRows} from "./log-rank.js";
import {rmstRows} from "./rmst.js";
import {buildingBlockRows} from "./stats-building-blocks.js";
import {proportionRows} from "./stats-proportions.js";
import {benjaminiHochbergRow, mannWhitneyRow, tTestRow} from "./stats-samples.js";
import {chiSquareRow, exactOddsRatioRow, fisherExactRow, woolfRow} from "./stats-tables.js";
import {clusteredOddsRatioRow, clusteredProportionRow, fisherExactRxCRow} from "./stats-clustered.js";
import type {EngineValidation} from "./types.js";
import {fixtureVersions} from "./versions.js";

export type * from "./types.js";
export {Comparison, EngineValidationError, relativeDifference} from "./compare.js";
export {kaplanMeierRows} from "./kaplan-meier.js";
export {atTimesRows} from "./at-times.js";
export {logRankRows} from "./log-rank.js";
export {rmstRows} from "./rmst.js";
export {coxRows} from "./cox-ph.js";
export {entryKaplanMeierRows, entryCoxRows} from "./entry.js";
export {woolfRow, exactOddsRatioRow, fisherExactRow, chiSquareRow, EXACT_ODDS_RATIO_TOLERANCE} from "./stats-tables.js";
export {proportionRows} from "./stats-proportions.js";
export {fisherExactRxCRow, clusteredProportionRow, clusteredOddsRatioRow} from "./stats-clustered.js";
export {tTestRow, mannWhitneyRow, benjaminiHochbergRow} from "./stats-samples.js";
export {buildingBlockRows} from "./stats-building-blocks.js";
export {fixtureVersions, rVersionNumber} from "./versions.js";
export {readFixture} from "./read-fixture.js";

export function engineValidation(): EngineValidation {
  return {
    ...fixtureVersions(),
    rows: [
      ...kaplanMeierRows(),
      ...atTimesRows(),
      ...logRankRows(),
      ...rmstRows(),
      ...coxRows(),
      ...entryKaplanMeierRows(),
      ...entryCoxRows(),
      woolfRow(),
      exactOddsRatioRow(),
      fisherExactRow(),
      fisherExactRxCRow(),
      chiSquareRow(),
      ...proportionRows(),
      clusteredProportionRow(),
      clusteredOddsRatioRow(),
      tTestRow(),
      mannWhitneyRow(),
      benjaminiHochbergRow(),
      ...buildingBlockRows()
    ]
  };
}
