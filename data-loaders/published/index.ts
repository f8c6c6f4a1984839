import {ABSTRACT_NUMBERS} from "./abstract-numbers.js";
import {OTHER_NUMBERS} from "./discussion-numbers.js";
import {METHODS_NUMBERS} from "./methods-numbers.js";
import {RESULTS_NUMBERS} from "./results-numbers.js";
import {TABLE_NUMBERS} from "./table-numbers.js";
import type {PublishedNumber} from "./types.js";

export type * from "./types.js";
export {CONTRADICTIONS} from "./contradictions.js";
export {TABLE1, TABLE2, TOXICITY_LABELS, TOXICITY_TABLES} from "./toxicity-tables.js";
export {inBand, roundingBand} from "./rounding-band.js";

/** Every number printed in the paper, in reading order by section. */
export const PUBLISHED_NUMBERS: readonly PublishedNumber[] = [...ABSTRACT_NUMBERS, ...METHODS_NUMBERS, ...RESULTS_NUMBERS, ...TABLE_NUMBERS, ...OTHER_NUMBERS];

const BY_ID = new Map(PUBLISHED_NUMBERS.map((entry) => [entry.id, entry]));

/** Looks a published number up by id; throws on an unknown id so typos fail the build. */
export function publishedNumber(id: string): PublishedNumber {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`unknown published number id: ${id}`);
  return entry;
}

/** The printed value of a published number, for code that only needs the figure. */
export function publishedValue(id: string): number {
  return publishedNumber(id).value;
}
