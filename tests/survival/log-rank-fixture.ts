// Shape of tests/fixtures/survival-log-rank.json.
import {loadFixture} from "./fixtures.js";

export interface LogRankInput {
  time: number[];
  event: number[];
  group: (number | string)[];
  levels: (number | string)[];
  strata?: (number | string)[];
}
export interface LogRankFixture {
  cases: {
    name: string;
    input: LogRankInput;
    options: {rho: number};
    expected: Record<string, unknown>;
    trend: Record<string, unknown>;
  }[];
  trendScores: {input: LogRankInput; options: {rho: number; scores: number[]}; expected: Record<string, unknown>};
}

export const logRankFixture = loadFixture<LogRankFixture>("log-rank");

export function splitInput({levels, ...data}: LogRankInput) {
  return {data, levels};
}
