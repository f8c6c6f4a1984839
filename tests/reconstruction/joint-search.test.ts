import {describe, expect, it} from "vitest";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {jointVariables} from "../../data-loaders/reconstruction/joint-variables.js";
import {mulberry32} from "../../data-loaders/reconstruction/prng.js";
import {searchTimes, type TimeVariable} from "../../data-loaders/reconstruction/search-times.js";

const patient = (fields: Partial<PatientRow>): PatientRow => ({arm: "bland", primary_tumor: "carcinoid", lost_to_follow_up: 0, response_1mo: "regression", ttp_months: null, ttp_event: null, tttf_months: null, tttf_event: null, os_months: 20, os_event: 1, ...fields}) as PatientRow;

const state = (vs: readonly TimeVariable[]) => vs.map((v) => v.get().join("/")).sort().join(" ");

describe("searchTimes: swaps", () => {
  const pair = (swap?: string): TimeVariable[] => {
    const values: [number, number][] = [[2, 1], [8, 0]];
    return values.map((_, i) => ({lo: 1, hi: 10, ...(swap ? {swap} : {}), get: () => values[i], set: (time: number, event: number) => void (values[i] = [time, event])}));
  };
  // Zero only once the two (time, event) pairs have traded places; any other
  // change of the pooled pairs costs more, so single moves never get there.
  const cost = (vs: TimeVariable[]) => () => (state(vs) !== "2/1 8/0" ? 2 : vs[0].get()[0] === 8 ? 0 : 1);

  it("exchanges two variables' pairs, keeping what they pool", () => {
    const vs = pair("deaths");
    expect(searchTimes(vs, cost(vs), mulberry32(1), {iterations: 200, temperature: 1e-9})).toBe(0);
    expect(vs.map((v) => v.get())).toEqual([[8, 0], [2, 1]]);
  });

  it("does not exchange variables outside a swap group", () => {
    const vs = pair();
    expect(searchTimes(vs, cost(vs), mulberry32(1), {iterations: 200, temperature: 1e-9})).toBe(1);
  });

  it("never gives a variable a pair outside its bounds or a fixed event it does not have", () => {
    const values: [number, number][] = [[2, 1], [8, 0], [5, 1]];
    const bounds = [{lo: 1, hi: 10, fixedEvent: 1}, {lo: 6, hi: 10}, {lo: 1, hi: 10}];
    const vs: TimeVariable[] = values.map((_, i) => ({...bounds[i], swap: "all", get: () => values[i], set: (time: number, event: number) => void (values[i] = [time, event])}));
    const rng = mulberry32(3);
    searchTimes(vs, () => rng.next(), mulberry32(2), {iterations: 500, temperature: 10});
    vs.forEach((v, i) => {
      const [time, event] = v.get();
      expect(time).toBeGreaterThanOrEqual(bounds[i].lo);
      expect(time).toBeLessThanOrEqual(bounds[i].hi);
      if (bounds[i].fixedEvent !== undefined) expect(event).toBe(bounds[i].fixedEvent);
    });
  });
});

describe("jointVariables", () => {
  const cohort = () => [
    patient({id: "lost", lost_to_follow_up: 1, response_1mo: null, os_months: 3, os_event: 0}),
    patient({id: "dead", os_months: 9, os_event: 1}),
    patient({id: "progressed", ttp_months: 0, ttp_event: 1, tttf_months: 0, tttf_event: 1, os_months: 4}),
    patient({id: "censored", ttp_months: 7, ttp_event: 0, tttf_months: 7, tttf_event: 0, os_months: 30, os_event: 0}),
    patient({id: "failed", ttp_months: 5, ttp_event: 1, tttf_months: 9, tttf_event: 1, os_months: 12})
  ];
  const bounds = (deaths: PatientRow[]) => ({osFloor: (p: PatientRow) => (p.lost_to_follow_up === 1 ? 0.5 : 1.5), maxFollowUp: 170, deaths: new Set(deaths)});

  it("has survival for everyone, TTP for patients with a TTP above 0, TTTF for those who progressed", () => {
    const patients = cohort();
    expect(jointVariables(patients, bounds([])).length).toBe(5 + 2 + 1);
  });

  it("reads each bound from the other times at the moment of the move", () => {
    const patients = cohort();
    const failed = patients[4];
    const [survival, progression, failure] = jointVariables([failed], bounds([]));
    expect([survival.lo, progression.hi, failure.lo, failure.hi]).toEqual([9, 9, 5, 12]);
    failure.set(11, 1);
    progression.set(10, 1);
    expect([survival.lo, progression.hi, failure.lo]).toEqual([11, 11, 10]);
  });

  it("moves a censored TTTF with its censored TTP", () => {
    const censored = cohort()[3];
    const [, ttp] = jointVariables([censored], bounds([]));
    ttp.set(12.5, 0);
    expect([censored.ttp_months, censored.tttf_months, censored.ttp_event, censored.tttf_event]).toEqual([12.5, 12.5, 0, 0]);
  });

  it("keeps the cohort coherent through a search that accepts every move", () => {
    const patients = cohort();
    const vs = jointVariables(patients, bounds([patients[1]]));
    const rng = mulberry32(5);
    searchTimes(vs, () => rng.next(), mulberry32(6), {iterations: 3000, temperature: 1e6});
    const [lost, dead] = patients;
    expect([lost.os_event, dead.os_event]).toEqual([0, 1]);
    for (const p of patients) {
      if (p.ttp_months === null) continue;
      expect(p.ttp_months).toBeLessThanOrEqual(p.os_months);
      expect(p.tttf_months as number).toBeGreaterThanOrEqual(p.ttp_months);
      expect(p.tttf_months as number).toBeLessThanOrEqual(p.os_months);
      if (p.ttp_event === 0) expect(p.tttf_months).toBe(p.ttp_months);
    }
    expect(patients[2].ttp_months).toBe(0);
  });
});

describe("searchTimes: costing a candidate only as far as the acceptance rule needs", () => {
  const targets = [3, 41.5, 17, 8.2, 29, 0.5, 12, 36.6, 22, 5];
  const variables = (): TimeVariable[] => {
    const values: [number, number][] = targets.map(() => [25, 0]);
    return values.map((_, i) => ({lo: 0, hi: 50, get: () => values[i], set: (time: number, event: number) => void (values[i] = [time, event])}));
  };
  /** Distance to the targets (events should be 1), summed term by term; with a limit it stops once past it. */
  const cost = (vs: TimeVariable[], stops: {count: number}) => (limit = Infinity) => {
    let sum = 0;
    for (let i = 0; i < vs.length; ++i) {
      const [time, event] = vs[i].get();
      sum += Math.abs(time - targets[i]) + (event === 1 ? 0 : 3);
      if (sum > limit && i < vs.length - 1) {
        ++stops.count;
        return sum;
      }
    }
    return sum;
  };

  it("takes the same path as a search costing every candidate in full", () => {
    for (const temperature of [0.3, 5, 50]) {
      const [full, bounded] = [variables(), variables()];
      const [fullRng, boundedRng] = [mulberry32(5), mulberry32(5)];
      const stops = {count: 0};
      const fullBest = searchTimes(full, () => cost(full, {count: 0})(), fullRng, {iterations: 3000, temperature});
      const boundedBest = searchTimes(bounded, cost(bounded, stops), boundedRng, {iterations: 3000, temperature});
      expect(boundedBest).toBe(fullBest);
      expect(state(bounded)).toBe(state(full));
      // Both used the random stream alike: it continues from the same point.
      expect(boundedRng.next()).toBe(fullRng.next());
      expect(stops.count).toBeGreaterThan(100);
    }
  });
});
