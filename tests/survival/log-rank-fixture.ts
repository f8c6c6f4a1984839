// Shape of tests/fixtures/survival-log-rank.json.
import type {LogRankFixture} from "../../data-loaders/engine-validation/log-rank.js";
import {loadFixture} from "./fixtures.js";

export type LogRankInput = LogRankFixture["trendScores"]["input"];
export const logRankFixture = loadFixture<LogRankFixture>("log-rank");

export function splitInput({levels, ...data}: LogRankInput) {
  return {data, levels};
}
