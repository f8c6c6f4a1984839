// Every page says which data it shows: the cohort reconstructed from the
// paper's printed numbers, patient data supplied at build time, or a risk
// table of counts computed elsewhere (COHORT_AGGREGATES), and whether
// any supplied rows break the paper's definitions.
import type {CohortSource} from "../../data-loaders/reconstruction/load-cohort.js";

/** `source` is data/cohort-source.json, as its loader writes it. */
export function dataSourceNote(source: Pick<CohortSource, "kind" | "patients" | "procedures" | "definitionChecks" | "aggregatesOnly">): HTMLElement {
  const note = document.createElement("p");
  note.className = `data-source data-source--${source.kind}`;
  note.setAttribute("role", "note");
  note.innerHTML =
    source.aggregatesOnly
      ? `<strong>Supplied counts:</strong> a risk table of ${source.patients} patients, computed where their rows are kept and read from the directory given at build time; this build holds no patient rows.`
      : source.kind === "supplied"
      ? `<strong>Supplied data:</strong> ${source.patients} patient${source.patients === 1 ? "" : "s"} and ${source.procedures} procedure${source.procedures === 1 ? "" : "s"} read from the cohort directory given at build time.${breachSentence(source.definitionChecks ?? [])}`
      : `<strong>Reconstructed data:</strong> ${source.patients} pseudo-patients and ${source.procedures} procedures rebuilt from the paper's printed numbers; see <a href="./reproduction">how faithful they are</a>.`;
  return note;
}

function breachSentence(checks: NonNullable<CohortSource["definitionChecks"]>): string {
  const broken = checks.filter((c) => c.count > 0);
  if (broken.length === 0) return "";
  const list = broken.map((c) => `${c.title} (${c.count} patient${c.count === 1 ? "" : "s"})`).join("; ");
  return ` Some rows break the paper's definitions: ${list}; see <a href="./reproduction#definition-checks">which</a>.`;
}
