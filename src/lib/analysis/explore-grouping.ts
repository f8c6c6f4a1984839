// How /explore splits patients into groups: by the levels of a categorical
// column, or by a cut of a numeric one at its median, its tertiles (R's
// quantile type 7, cut right-closed as R's cut()) or a value the reader types.
import {exploreColumn} from "./explore-columns.js";
import type {PatientRow} from "./patient-row.js";
import {inSentence} from "../format/in-sentence.js";

export type GroupCut = "median" | "tertiles" | "value";
export const GROUP_CUTS: GroupCut[] = ["median", "tertiles", "value"];

export interface GroupingSpec {
  column: string;
  /** For numeric columns only. */
  cut?: GroupCut;
  /** The value of cut "value": at or below it, above it. */
  at?: number | null;
}

export interface Grouping {
  /** Each patient's group label, null where the column is empty. */
  groups: (string | null)[];
  /** Group labels in order: categorical levels as R's factor() sorts them, cuts from low to high. */
  levels: string[];
  /** The cut points of a numeric column. */
  cutPoints: number[];
  /** Why the grouping could not be made ("type a value to cut at"), or null. */
  note: string | null;
}

/** R's quantile(x, p) (type 7) of sorted values. */
export function quantile7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

const number = (x: number) => String(Number(x.toFixed(2)));

/** Levels as R's factor() orders them: numbers numerically, text by code unit (C locale). */
export function levelOrder(values: Iterable<string>, numeric: boolean): string[] {
  const distinct = [...new Set(values)];
  return numeric ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function groupPatients(patients: readonly PatientRow[], spec: GroupingSpec): Grouping {
  const column = exploreColumn(spec.column);
  const values = patients.map((p) => column.value(p));
  if (column.kind === "categorical") {
    const groups = values.map((v) => (v === null ? null : String(v)));
    const present = groups.filter((g): g is string => g !== null);
    return {groups, levels: levelOrder(present, values.every((v) => v === null || typeof v === "number")), cutPoints: [], note: null};
  }
  const numbers = values.filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
  const none = {groups: values.map(() => null), levels: [], cutPoints: []};
  if (numbers.length === 0) return {...none, note: `No patient has a value of ${inSentence(column.label)} under these filters.`};
  const cut = spec.cut ?? "median";
  let cutPoints: number[];
  if (cut === "value") {
    if (spec.at === null || spec.at === undefined || !Number.isFinite(spec.at)) return {...none, note: `Type a value of ${inSentence(column.label)} to cut at.`};
    cutPoints = [spec.at];
  } else {
    cutPoints = cut === "median" ? [quantile7(numbers, 0.5)] : [quantile7(numbers, 1 / 3), quantile7(numbers, 2 / 3)];
  }
  cutPoints = [...new Set(cutPoints)];
  const levels = cutPoints.length === 1
    ? [`≤ ${number(cutPoints[0])}`, `> ${number(cutPoints[0])}`]
    : [`≤ ${number(cutPoints[0])}`, `${number(cutPoints[0])} to ${number(cutPoints[1])}`, `> ${number(cutPoints[1])}`];
  const groups = values.map((v) => {
    if (typeof v !== "number") return null;
    const k = cutPoints.findIndex((c) => v <= c);
    return levels[k === -1 ? cutPoints.length : k];
  });
  return {groups, levels: levels.filter((l) => groups.includes(l)), cutPoints, note: null};
}
