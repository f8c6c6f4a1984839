// The risk table as data/risk-table.json publishes it: one array per column
// rather than one object per count, with the endpoint and the pattern as
// indices into their lists. A table of 10⁵ counts is then a few arrays of
// numbers, which a browser parses in a fraction of the time of as many
// objects and the analyses read without building one object per count.
import type {EndpointId} from "./endpoints.js";
import type {RiskTableCount, RiskTablePattern} from "./risk-table-patients.js";
import {riskTablePatternKey} from "./risk-table-pattern-key.js";

export interface RiskTableColumns {
  endpoints: EndpointId[];
  patterns: RiskTablePattern[];
  /** Per count: its endpoint's index in `endpoints`, its pattern's in `patterns`. */
  endpoint: number[];
  pattern: number[];
  time_months: number[];
  events: number[];
  censored: number[];
  entries: number[];
}

/** The counts as columns, endpoints and patterns listed in the order they first occur. */
export function riskTableColumns(rows: readonly RiskTableCount[]): RiskTableColumns {
  const out: RiskTableColumns = {endpoints: [], patterns: [], endpoint: [], pattern: [], time_months: [], events: [], censored: [], entries: []};
  const endpointIndex = new Map<EndpointId, number>();
  const patternIndex = new Map<string, number>();
  for (const r of rows) {
    let e = endpointIndex.get(r.endpoint);
    if (e === undefined) endpointIndex.set(r.endpoint, (e = out.endpoints.push(r.endpoint) - 1));
    const key = riskTablePatternKey(r);
    let p = patternIndex.get(key);
    if (p === undefined) patternIndex.set(key, (p = out.patterns.push({arm: r.arm, primary_tumor: r.primary_tumor, hormonally_active: r.hormonally_active, extrahepatic_disease: r.extrahepatic_disease}) - 1));
    out.endpoint.push(e);
    out.pattern.push(p);
    out.time_months.push(r.time_months);
    out.events.push(r.events);
    out.censored.push(r.censored);
    out.entries.push(r.entries);
  }
  return out;
}

/** The counts back as one object each, in the columns' order. */
export function riskTableCounts(columns: RiskTableColumns): RiskTableCount[] {
  return columns.endpoint.map((e, i) => ({
    endpoint: columns.endpoints[e],
    ...columns.patterns[columns.pattern[i]],
    time_months: columns.time_months[i],
    events: columns.events[i],
    censored: columns.censored[i],
    entries: columns.entries[i]
  }));
}
