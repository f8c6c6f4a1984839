// Rows that fit the schema but break the paper's own definitions (TTP cannot
// outlast survival, a patient who died within 30 days of a procedure has died,
// …). Unlike schema violations they are reported, not rejected: a supplied
// cohort may have a few such rows from rounding or data entry, and its owner
// should see them on the site rather than lose the build.
import type {Patient, PatientColumn, Procedure} from "../cohort-schema.js";
import {where} from "./cohort-error.js";
import type {ParsedRow} from "./parse-table.js";
import {showUnquoted} from "./show-value.js";

export interface DefinitionCheck {
  id: string;
  /** What a breaking row shows, in a few words. */
  title: string;
  /** The definition, in one sentence, and why a row breaks it. */
  rule: string;
  /** How many patients break it. */
  count: number;
  /** The first few, each naming file, row, line, columns and values. */
  examples: string[];
}

/** Enough examples to find the pattern; the count says how many there are. */
export const MAX_EXAMPLES = 10;

interface Context {
  /** The first procedure row of each patient with died_within_30_days = 1. */
  earlyDeaths: Map<string, ParsedRow<Procedure>>;
  proceduresFile: string;
}

interface Definition {
  id: string;
  title: string;
  rule: string;
  /** The offending columns and values, or null when the row keeps the definition. */
  breach: (p: ParsedRow<Patient>, context: Context) => string | null;
}

const exceeds = (p: ParsedRow<Patient>, a: PatientColumn, b: PatientColumn) => {
  const [x, y] = [p.value[a], p.value[b]];
  return typeof x === "number" && typeof y === "number" && x > y ? `columns ${a}, ${b}: ${showUnquoted(p.raw[a])} > ${showUnquoted(p.raw[b])}` : null;
};

const DEFINITIONS: Definition[] = [
  {
    id: "ttp_within_survival",
    title: "TTP longer than survival",
    rule: "TTP starts at the initial stabilization, after the first embolization, so ttp_months cannot exceed os_months.",
    breach: (p) => exceeds(p, "ttp_months", "os_months")
  },
  {
    id: "ttp_after_stabilization",
    title: "TTP ends within a month of survival",
    rule: "TTP starts at the stabilization scan, about a month after the first embolization from which survival runs, so for a patient who stabilized (response_1mo regression or stabilization) ttp_months + 1 cannot exceed os_months.",
    breach: (p) => {
      const {response_1mo: response, ttp_months: ttp, os_months: os} = p.value;
      const stabilized = response === "regression" || response === "stabilization";
      return stabilized && ttp !== null && ttp + 1 > os + 1e-9
        ? `columns response_1mo, ttp_months, os_months: ${showUnquoted(p.raw.response_1mo)}, ${showUnquoted(p.raw.ttp_months)}, ${showUnquoted(p.raw.os_months)} (TTP + 1 > survival)`
        : null;
    }
  },
  {
    id: "tttf_within_survival",
    title: "TTTF longer than survival",
    rule: "TTTF starts at the initial stabilization, after the first embolization, so tttf_months cannot exceed os_months.",
    breach: (p) => exceeds(p, "tttf_months", "os_months")
  },
  {
    id: "tttf_not_before_ttp",
    title: "TTTF shorter than TTP",
    rule: "TTTF runs to the first progression after the last successful cycle, never before the first progression, so tttf_months cannot be less than ttp_months.",
    breach: (p) => exceeds(p, "ttp_months", "tttf_months")
  },
  {
    id: "early_death_is_death",
    title: "death within 30 days recorded as censored",
    rule: "A patient who died within 30 days of a procedure has died, so os_event must be 1.",
    breach: (p, {earlyDeaths, proceduresFile}) => {
      const death = earlyDeaths.get(p.value.id);
      return death && p.value.os_event === 0 ? `column os_event: 0, but ${where(proceduresFile, death.row, death.line)} has died_within_30_days 1` : null;
    }
  },
  {
    id: "retreated_matches_procedures",
    title: "retreatment flag disagrees with the procedure counts",
    rule: "retreated is 1 exactly when the patient was treated again after the initial cycle, that is when procedures_total exceeds procedures_initial_cycle.",
    breach: (p) => {
      const again = p.value.procedures_total > p.value.procedures_initial_cycle ? 1 : 0;
      return p.value.retreated === again ? null : `columns retreated, procedures_initial_cycle, procedures_total: ${showUnquoted(p.raw.retreated)}, ${showUnquoted(p.raw.procedures_initial_cycle)}, ${showUnquoted(p.raw.procedures_total)}`;
    }
  }
];

/** Every definition with the patients that break it, in file order; for schema-valid rows only. */
export function checkDefinitions(
  patients: readonly ParsedRow<Patient>[],
  procedures: readonly ParsedRow<Procedure>[],
  files: {patients: string; procedures: string}
): DefinitionCheck[] {
  const earlyDeaths = new Map<string, ParsedRow<Procedure>>();
  for (const q of procedures) if (q.value.died_within_30_days === 1 && !earlyDeaths.has(q.value.patient_id)) earlyDeaths.set(q.value.patient_id, q);
  const context: Context = {earlyDeaths, proceduresFile: files.procedures};
  return DEFINITIONS.map(({id, title, rule, breach}) => {
    const examples: string[] = [];
    let count = 0;
    for (const p of patients) {
      const found = breach(p, context);
      if (found === null) continue;
      if (++count <= MAX_EXAMPLES) examples.push(`${where(files.patients, p.row, p.line)}, id ${showUnquoted(p.raw.id)}, ${found}`);
    }
    return {id, title, rule, count, examples};
  });
}
