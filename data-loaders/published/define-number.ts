import {roundingBand} from "./rounding-band.js";
import type {Arm, Denominator, Location, PublishedNumber, Relation, StatisticKind, TimeOrigin} from "./types.js";

export interface NumberSpec {
  id: string;
  label: string;
  /** Printed text; the value, its decimals and any inequality are read from it. */
  text: string;
  location: Location;
  quote: string;
  kind: StatisticKind;
  endpoint: string;
  arm?: Arm;
  subgroup?: string;
  denominator?: Denominator;
  timeMonths?: number;
  timeOrigin?: TimeOrigin;
  unit?: PublishedNumber["unit"];
  inferredSymbol?: string;
}

const NUMBER = /(\d*\.\d+|\d+)/;

/** Builds an entry from its printed text so value, precision and band cannot drift apart. */
export function defineNumber(spec: NumberSpec): PublishedNumber {
  const match = NUMBER.exec(spec.text);
  if (!match) throw new Error(`published number ${spec.id}: no number in "${spec.text}"`);
  const digits = match[1];
  const value = Number(digits);
  const dot = digits.indexOf(".");
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  const relation: Relation = /</.test(spec.text) ? "less_than" : />/.test(spec.text) ? "greater_than" : "rounded";
  return {
    id: spec.id,
    label: spec.label,
    value,
    text: spec.text,
    decimals,
    relation,
    band: roundingBand(value, decimals, relation, spec.kind.endsWith("_p") || spec.kind === "p_value" ? 1 : Infinity),
    location: spec.location,
    quote: spec.quote,
    ...(spec.inferredSymbol ? {inferredSymbol: spec.inferredSymbol} : {}),
    kind: spec.kind,
    endpoint: spec.endpoint,
    arm: spec.arm ?? "all",
    subgroup: spec.subgroup ?? "all",
    denominator: spec.denominator ?? "none",
    ...(spec.timeMonths !== undefined ? {timeMonths: spec.timeMonths} : {}),
    timeOrigin: spec.timeOrigin ?? "none",
    ...(spec.unit ? {unit: spec.unit} : {})
  };
}
