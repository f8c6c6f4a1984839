import {describe, expect, it} from "vitest";
import {ENDPOINTS, endpointData} from "../../src/lib/analysis/endpoints.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";

const row = (fields: Partial<PatientRow>): PatientRow => ({os_months: 0, os_event: 0, months_liver_metastases_to_embolization: 0, months_diagnosis_to_liver_metastases: 0, ttp_months: null, ttp_event: null, tttf_months: null, tttf_event: null, ...fields}) as PatientRow;

describe("ENDPOINTS", () => {
  it("keeps summed times to 0.1 month, so equal sums stay tied", () => {
    expect(0.1 + 121.8).not.toBe(121.9);
    const a = row({os_months: 121.8, months_liver_metastases_to_embolization: 0.1});
    const b = row({os_months: 121.9});
    expect(ENDPOINTS.os_liver_metastases.time(a)).toBe(ENDPOINTS.os_liver_metastases.time(b));
    expect(ENDPOINTS.os_diagnosis.time(row({os_months: 0.2, months_liver_metastases_to_embolization: 0.1, months_diagnosis_to_liver_metastases: 0.1}))).toBe(0.4);
  });
});

describe("endpointData", () => {
  it("keeps the patients with a time and an event, with those times and events", () => {
    const assessed = row({id: "A", ttp_months: 3, ttp_event: 1});
    const lost = row({id: "L"});
    expect(endpointData([lost, assessed], "ttp")).toEqual({rows: [assessed], time: [3], event: [1]});
    expect(endpointData([lost, assessed], "os_embolization").rows).toEqual([lost, assessed]);
  });
});
