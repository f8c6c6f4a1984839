-- The cohort as counts: for each endpoint, each pattern of the columns the
-- pages filter and group by (arm, primary tumour, hormonal activity,
-- extrahepatic disease) and each distinct time, how many patients had the
-- event then, were censored then, and entered the risk set then (delayed
-- entry: survival from diagnosis or from liver metastases, where follow-up
-- starts at the first embolization). Kaplan-Meier, Nelson-Aalen, the
-- log-rank family, RMST and Cox models of these columns are exact from
-- these counts.
--
-- Portable SQL: no dialect casts or type names (INTEGER aside), no QUALIFY,
-- no list types. The same file runs unchanged on DuckDB and PostgreSQL and
-- reads one table, patients, in the schema of data-loaders/cohort-schema.ts.
-- Times of the delayed-entry endpoints are rounded to a tenth of a month as
-- src/lib/analysis/endpoints.ts rounds them, Math.round(x * 10) / 10, halves
-- up: FLOOR(x * 10 + 0.5) / 10 (ROUND rounds halves of a double to even on
-- PostgreSQL). A patient whose follow-up ends at entry is left out, as the
-- pages leave them out.
WITH exits AS (
  SELECT 'ttp' AS endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease,
         ttp_months AS time_months, ttp_event AS event
  FROM patients
  WHERE ttp_months IS NOT NULL
  UNION ALL
  SELECT 'tttf', arm, primary_tumor, hormonally_active, extrahepatic_disease, tttf_months, tttf_event
  FROM patients
  WHERE tttf_months IS NOT NULL
  UNION ALL
  SELECT 'os_embolization', arm, primary_tumor, hormonally_active, extrahepatic_disease, os_months, os_event
  FROM patients
  UNION ALL
  SELECT 'os_diagnosis', arm, primary_tumor, hormonally_active, extrahepatic_disease,
         FLOOR((os_months + months_liver_metastases_to_embolization + months_diagnosis_to_liver_metastases) * 10 + 0.5) / 10, os_event
  FROM patients
  WHERE FLOOR((os_months + months_liver_metastases_to_embolization + months_diagnosis_to_liver_metastases) * 10 + 0.5) / 10
      > FLOOR((months_liver_metastases_to_embolization + months_diagnosis_to_liver_metastases) * 10 + 0.5) / 10
  UNION ALL
  SELECT 'os_liver_metastases', arm, primary_tumor, hormonally_active, extrahepatic_disease,
         FLOOR((os_months + months_liver_metastases_to_embolization) * 10 + 0.5) / 10, os_event
  FROM patients
  WHERE FLOOR((os_months + months_liver_metastases_to_embolization) * 10 + 0.5) / 10
      > FLOOR(months_liver_metastases_to_embolization * 10 + 0.5) / 10
),
entries AS (
  SELECT 'os_diagnosis' AS endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease,
         FLOOR((months_liver_metastases_to_embolization + months_diagnosis_to_liver_metastases) * 10 + 0.5) / 10 AS time_months
  FROM patients
  WHERE FLOOR((os_months + months_liver_metastases_to_embolization + months_diagnosis_to_liver_metastases) * 10 + 0.5) / 10
      > FLOOR((months_liver_metastases_to_embolization + months_diagnosis_to_liver_metastases) * 10 + 0.5) / 10
  UNION ALL
  SELECT 'os_liver_metastases', arm, primary_tumor, hormonally_active, extrahepatic_disease,
         FLOOR(months_liver_metastases_to_embolization * 10 + 0.5) / 10
  FROM patients
  WHERE FLOOR((os_months + months_liver_metastases_to_embolization) * 10 + 0.5) / 10
      > FLOOR(months_liver_metastases_to_embolization * 10 + 0.5) / 10
),
moments AS (
  SELECT endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease, time_months,
         event AS is_event, 1 - event AS is_censored, 0 AS is_entry
  FROM exits
  UNION ALL
  SELECT endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease, time_months, 0, 0, 1
  FROM entries
)
SELECT endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease, time_months,
       CAST(SUM(is_event) AS INTEGER) AS events,
       CAST(SUM(is_censored) AS INTEGER) AS censored,
       CAST(SUM(is_entry) AS INTEGER) AS entries
FROM moments
GROUP BY endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease, time_months
ORDER BY endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease, time_months
