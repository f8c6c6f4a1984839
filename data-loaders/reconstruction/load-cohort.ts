// The cohort every page shows: the supplied one when COHORT_DIR is set
// (validated by readCohort, which throws on any schema violation), otherwise
// the deterministic reconstruction. One function for every loader entry point.
import {readCohort, type DefinitionCheck} from "../read-cohort.js";
import {cachedCohort} from "./cached-cohort.js";
import type {Cohort} from "./cohort-types.js";
import {PLAN} from "./cohort-plan.js";
import {publication, type Publication} from "../publication.js";
import {readAggregatesDir} from "../aggregate/published-risk-table.js";
import type {RiskTableRow} from "../aggregate/aggregate-cohort.js";
import {CohortValidationError} from "../cohort-input/cohort-error.js";
import {reportLoaderFailure} from "../loader-failure.js";
import {basename, resolve} from "node:path";

const GENERATED_BY = "data-loaders/reconstruction/build-cohort.ts (pseudo-individual patients fitted to the paper's printed numbers)";

export interface CohortSource {
  kind: "reconstructed" | "supplied";
  dir?: string;
  seed?: number;
  patients: number;
  procedures: number;
  generatedBy: string;
  /** Supplied rows only: each of the paper's definitions and the rows that break it (the reconstruction keeps them all, by test). */
  definitionChecks?: DefinitionCheck[];
  /** What the build publishes (../publication.ts). */
  publication: Publication;
  /** Built from a risk table computed elsewhere (COHORT_AGGREGATES): counts only, so `procedures` is unknown (0). */
  aggregatesOnly?: boolean;
}

export interface LoadedCohort extends Cohort {
  source: CohortSource;
}

export function loadCohort(env: Record<string, string | undefined> = process.env): LoadedCohort {
  // Never the reconstruction in place of a cohort that was supplied as counts.
  if (env.COHORT_AGGREGATES) throw new CohortValidationError(`COHORT_AGGREGATES=${env.COHORT_AGGREGATES}: a build from aggregates has no patient rows`);
  const dir = env.COHORT_DIR;
  if (dir) {
    const {patients, procedures, definitionChecks, source} = readCohort(dir);
    const published = publication(env);
    // The examples quote ids and values of single patients: counts alone when the rows stay private.
    const checks = published.rows ? definitionChecks : definitionChecks.map((check) => ({...check, examples: []}));
    return {
      patients,
      procedures,
      source: {kind: "supplied", dir: source.dir, patients: patients.length, procedures: procedures.length, generatedBy: "data-loaders/read-cohort.ts (validated supplied data)", definitionChecks: checks, publication: published}
    };
  }
  const r = cachedCohort();
  process.stderr.write(`reconstruction: seed ${r.seed}, ${r.patients.length} patients, ${r.procedures.length} procedures ${r.reused ? "reused from the build cache" : `in ${r.elapsedMs.toFixed(0)} ms`}\n`);
  return {
    patients: r.patients,
    procedures: r.procedures,
    source: {kind: "reconstructed", seed: r.seed, patients: r.patients.length, procedures: r.procedures.length, generatedBy: GENERATED_BY, publication: publication(env)}
  };
}

/**
 * The rows data/patients.csv and data/procedures.csv publish: the cohort's
 * when the build publishes rows, none otherwise. A supplied cohort is read and
 * validated either way, so a bad file fails these loaders too.
 */
export function publishedRows(env: Record<string, string | undefined> = process.env): Cohort {
  if (env.COHORT_AGGREGATES) return {patients: [], procedures: []};
  const {patients, procedures} = loadCohort(env);
  return publication(env).rows ? {patients, procedures} : {patients: [], procedures: []};
}

/**
 * The source description alone. For the reconstruction the counts are fixed by
 * the plan (and asserted by the tests), so it need not be rebuilt.
 */
export function describeCohort(env: Record<string, string | undefined> = process.env): CohortSource {
  if (env.COHORT_AGGREGATES) return aggregatesSource(readAggregatesDir(env.COHORT_AGGREGATES), env);
  if (env.COHORT_DIR) return loadCohort(env).source;
  return {kind: "reconstructed", seed: PLAN.seed, patients: PLAN.arms.chemoembolization + PLAN.arms.bland, procedures: PLAN.procedures.total, generatedBy: GENERATED_BY, publication: publication(env)};
}

/**
 * The source of a build from the risk table in COHORT_AGGREGATES, given that
 * table as read, so a loader that also computes from it reads the file once.
 * Every patient leaves the survival-from-first-embolization risk set once.
 */
export function aggregatesSource(table: readonly RiskTableRow[], env: Record<string, string | undefined> = process.env): CohortSource {
  const patients = table.reduce((n, r) => n + (r.endpoint === "os_embolization" ? r.events + r.censored : 0), 0);
  return {kind: "supplied", dir: basename(resolve(env.COHORT_AGGREGATES!)), patients, procedures: 0, generatedBy: "data-loaders/aggregate/risk-table-csv.ts (a validated risk table computed elsewhere)", publication: publication(env), aggregatesOnly: true};
}

/** Runs a loader body; a bad supplied cohort (or any error) goes to stderr and exits 1, so the build fails and nothing partial is published. */
export function runLoader(body: () => string): void {
  let out: string;
  try {
    out = body();
  } catch (error) {
    reportLoaderFailure(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.stdout.write(out);
}
