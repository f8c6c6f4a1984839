// Every number printed in the paper, the reassembled toxicity tables and the
// ledger of self-contradictions, as JSON on stdout (data only; logs go to stderr).
import {CONTRADICTIONS, PUBLISHED_NUMBERS, TOXICITY_TABLES} from "../../data-loaders/published/index.js";

process.stdout.write(JSON.stringify({numbers: PUBLISHED_NUMBERS, toxicityTables: TOXICITY_TABLES, contradictions: CONTRADICTIONS}));
