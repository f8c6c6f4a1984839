// data/cohort-source.json: which cohort the site shows — {kind: "reconstructed"
// | "supplied", dir?, patients, procedures, seed?, generatedBy} — so every page
// can say so. Data on stdout, logs on stderr; a bad supplied cohort exits 1.
import {describeCohort, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";

runLoader(() => JSON.stringify(describeCohort()));
