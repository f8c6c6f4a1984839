// The rpact 3.3.4 reference values written by tests/fixtures/trial-design.R.
import {readFileSync} from "node:fs";

interface Solved {
  events: number;
  patients: number;
  rate?: number;
  followUp?: number;
  duration: number;
  /** Patients by R's adaptive quadrature of the same model (accrual-and-follow-up cases). */
  quadrature?: number;
}
interface Case {
  hr: number;
  alpha: number;
  sided: 1 | 2;
  power: number;
  ratio: number;
  start: number[];
  hazard: number[];
  accrual: number;
  dropout: number;
  schoenfeld: Solved;
  freedman: Solved;
}
export interface PatientsCase extends Case {
  followUp: number;
}
export interface DurationCase extends Case {
  rate: number;
}
export interface PowerCase {
  events: number;
  alpha: number;
  sided: 1 | 2;
  ratio: number;
  hr: number[];
  schoenfeld: number[];
  freedman: number[];
}
interface Model {
  start: number[];
  hazard: number[];
}
export interface RmstCase {
  control: Model;
  treatment: Model;
  tau: number;
  alpha: number;
  sided: 1 | 2;
  power: number;
  ratio: number;
  eta: number;
  accrual: number;
  followUp: number;
  controlArm: {rmst: number; variance: number};
  treatmentArm: {rmst: number; variance: number};
  patients: number;
}

export const fixture = JSON.parse(readFileSync("tests/fixtures/trial-design.json", "utf8")) as {
  rpact: string;
  patients: PatientsCase[];
  durations: DurationCase[];
  power: PowerCase[];
  cohort: (PatientsCase & {endpoint: string})[];
  rmst: RmstCase[];
};

export function expectRelative(actual: number, expected: number, tolerance: number, label = ""): void {
  const error = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  if (!(error <= tolerance)) throw new Error(`${label}: ${actual} differs from ${expected} by a relative ${error.toExponential(2)}, more than ${tolerance}`);
}
