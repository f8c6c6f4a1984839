// Whether a page computes from patient rows or reads the published aggregates.
// A build without rows leaves the pages no choice; with rows published,
// ?data=aggregates shows the aggregate path, so the two can be compared on the
// same cohort.
import type {CohortSource} from "../../data-loaders/reconstruction/load-cohort.js";

export type DataMode = "rows" | "aggregates";

/** `source` is data/cohort-source.json. */
export function dataMode(source: Pick<CohortSource, "publication">): DataMode {
  if (source.publication && !source.publication.rows) return "aggregates";
  return new URLSearchParams(location.search).get("data") === "aggregates" ? "aggregates" : "rows";
}
