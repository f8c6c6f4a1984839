// The rows an analysis of one endpoint reads. A risk table holds rows of every
// endpoint, and each analysis keeps only those of its own (endpointData) and
// counts patients on survival from the first embolization (patientCount), so
// a page that filters these once per endpoint rather than every endpoint's
// rows on each change gets the same numbers from a fraction of the rows.
import type {EndpointId} from "./endpoints.js";
import type {PatientRow} from "./patient-row.js";

/** The rows of `endpoint` and of os_embolization, in order; every patient row. */
export function endpointRows<P extends Pick<PatientRow, "endpoint">>(patients: readonly P[], endpoint: EndpointId): P[] {
  return patients.filter((p) => p.endpoint === undefined || p.endpoint === endpoint || p.endpoint === "os_embolization");
}
