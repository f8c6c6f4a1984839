// Multiplicity across a page's views. Every combination of a page's controls
// is a view, and a reader who looks through them all will find some nominal
// P < 0.05 by chance, so the tests of all the views form one family.
// Benjamini–Hochberg over the family's distinct tests gives each test an
// adjusted P to print beside its nominal one. A test is identified by its
// key: what it compares and the patients it compares, so views that show the
// same test of the same patients count it once.
import {benjaminiHochberg} from "../stats/index.js";

export interface FamilyTest {
  /** What the test compares and on which patients; equal keys are one test. */
  key: string;
  /** Computed only the first time its key is met. Null when the view shows no P for it. */
  p: () => number | null;
}

export interface TestFamily {
  /** Every view the controls can show. */
  views: number;
  /** Distinct tests among them that give a P value (under MIN_CELL, among the views shown). */
  tests: number;
  /** Under MIN_CELL, the views withheld and left out of the family; absent when none is. */
  hidden?: {views: number; minCell: number};
  /** The adjusted P of a test, by key; null when the family has no P for it. */
  adjusted(key: string): number | null;
}

export function testFamily<S>(states: readonly S[], testsOf: (state: S) => readonly FamilyTest[]): TestFamily {
  const pByKey = new Map<string, number | null>();
  for (const state of states) {
    for (const {key, p} of testsOf(state)) if (!pByKey.has(key)) pByKey.set(key, p());
  }
  const keys = [...pByKey.keys()];
  const adjusted = benjaminiHochberg(keys.map((k) => pByKey.get(k)));
  const byKey = new Map(keys.map((k, i) => [k, adjusted[i]]));
  return {
    views: states.length,
    tests: keys.filter((k) => pByKey.get(k) !== null).length,
    adjusted: (key) => byKey.get(key) ?? null
  };
}

/** What a page publishes of its family: its size, and the views MIN_CELL left out when it did. */
export function familyScope({views, tests, hidden}: TestFamily): Pick<TestFamily, "views" | "tests" | "hidden"> {
  return hidden ? {views, tests, hidden} : {views, tests};
}

/** A key for a test of these rows: its name and the rows' ids, in order. */
export function testKey(name: string, rows: readonly {id: string}[]): string {
  return `${name}|${rows.map((r) => r.id).join("\u0000")}`;
}
