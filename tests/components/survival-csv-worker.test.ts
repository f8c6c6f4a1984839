// The own-CSV worker's protocol, run in this process with a stand-in for the
// worker's global scope: a result's curve CSV holds every step of its whole
// curves, going back to a mapping analysed a moment ago answers with the same
// numbers, and asking for the CSV of a result whose analysis newer ones have
// pushed out gets the message that says so instead of another result's rows.
import {csvParse} from "d3-dsv";
import {beforeAll, describe, expect, it} from "vitest";
import {kaplanMeierByGroup} from "../../src/lib/survival/index.js";

type Message = {type: string; id?: number; [key: string]: unknown};

const posted: Message[] = [];
let listener: (event: {data: unknown}) => Promise<void> | void;
let keptAnalyses = 0;

/** The first message posted since `from` that `match` accepts, once the worker has posted it. */
async function next(match: (m: Message) => boolean, from = 0): Promise<Message> {
  for (let waited = 0; waited < 20_000; waited += 5) {
    const found = posted.slice(from).find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no message matched; posted: ${posted.map((m) => `${m.type}:${m.id}`).join(", ")}`);
}

/** Seeded rows with more distinct times than a 300-pixel chart draws, so the posted curves are cut. */
function rows(n: number) {
  let s = 11;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ["time,event,group,arm"];
  const data = {time: [] as number[], event: [] as number[], group: [] as string[]};
  for (let i = 0; i < n; ++i) {
    const time = Math.round(-Math.log(1 - random()) * 5000) / 10 + 0.1;
    const event = random() < 0.7 ? 1 : 0;
    const group = i % 2 ? "b" : "a";
    lines.push(`${time},${event},${group},${i % 3 ? "x" : "y"}`);
    data.time.push(time);
    data.event.push(event);
    data.group.push(group);
  }
  return {text: lines.join("\n") + "\n", data};
}

const {text, data} = rows(4000);
const view = {width: 300, height: 200, xmax: null, pooled: false};
const options = {confType: "log", confLevel: 0.95, rho: 0};

beforeAll(async () => {
  (globalThis as unknown as {self: unknown}).self = {
    postMessage: (message: Message) => posted.push(message),
    addEventListener: (type: string, handler: typeof listener) => type === "message" && (listener = handler)
  };
  ({KEPT_ANALYSES: keptAnalyses} = await import("../../src/components/survival-csv-worker.js"));
  await next((m) => m.type === "ready");
  listener({data: {type: "inspect", file: new File([text], "rows.csv", {type: "text/csv"})}});
  await next((m) => m.type === "columns");
});

describe("survival-csv-worker", () => {
  it("writes every step of a cut result's whole curves into its curve CSV", async () => {
    const from = posted.length;
    listener({data: {type: "analyse", id: 1, columns: {time: "time", event: "event", group: "group"}, options, view}});
    const result = await next((m) => m.type === "result" && m.id === 1, from);
    expect(result.cut).toBe(true);
    listener({data: {type: "curve-csv", id: 1}});
    const answer = await next((m) => m.type === "curve-csv" && m.id === 1, from);
    expect(answer.error).toBeUndefined();
    const csv = csvParse(answer.text as string);
    const fits = kaplanMeierByGroup({time: Float64Array.from(data.time), event: Uint8Array.from(data.event), group: data.group});
    for (const {group, fit} of fits) {
      const lines = csv.filter((r) => r.group === group);
      expect(lines.map((r) => Number(r.time))).toEqual(Array.from(fit.time));
      expect(lines.map((r) => Number(r.surv))).toEqual(Array.from(fit.surv));
      expect(lines.map((r) => Number(r.n_risk))).toEqual(Array.from(fit.nRisk));
    }
    const drawn = (result.analysis as {curves: {fit: {time: Float64Array}}[]}).curves.reduce((sum, c) => sum + c.fit.time.length, 0);
    expect(csv.length).toBeGreaterThan(drawn);
  });

  it("answers a mapping analysed before with the same curves, test and details, and keeps its curve CSV", async () => {
    const from = posted.length;
    listener({data: {type: "analyse", id: 2, columns: {time: "time", event: "event", group: "arm"}, options, view}});
    const arm = await next((m) => m.type === "details" && m.id === 2, from);
    listener({data: {type: "analyse", id: 3, columns: {time: "time", event: "event", group: "group"}, options, view}});
    const again = await next((m) => m.type === "result" && m.id === 3, from);
    const first = posted.find((m) => m.type === "result" && m.id === 1)!;
    expect(again.analysis).toEqual(first.analysis);
    expect(again.n).toBe(first.n);
    const details = await next((m) => m.type === "details" && m.id === 3, from);
    expect(details.details).not.toEqual(arm.details);
    // Once its details are done, the mapping is answered whole from what was kept, equal to the first answer.
    listener({data: {type: "analyse", id: 4, columns: {time: "time", event: "event", group: "group"}, options, view}});
    const kept4 = await next((m) => m.type === "details" && m.id === 4, from);
    expect(posted.filter((m) => m.id === 4 && m.type === "progress")).toEqual([]);
    expect(posted.find((m) => m.type === "result" && m.id === 4)!.analysis).toEqual(first.analysis);
    expect(kept4.details).toEqual(details.details);
    listener({data: {type: "curve-csv", id: 2}});
    const kept = await next((m) => m.type === "curve-csv" && m.id === 2, from);
    expect(new Set(csvParse(kept.text as string).map((r) => r.group))).toEqual(new Set(["x", "y"]));
  });

  it("answers the curve CSV of a result pushed out by newer mappings with the message that says so, and the newest one's with its rows", async () => {
    const from = posted.length;
    // As many other mappings as the worker keeps (other conventions count as other analyses) push out the first.
    const levels = Array.from({length: keptAnalyses}, (_, k) => 0.8 + k / 100);
    levels.forEach((confLevel, k) => listener({data: {type: "analyse", id: 10 + k, columns: {time: "time", event: "event", group: "arm"}, options: {...options, confLevel}, view}}));
    // Mappings asked for faster than they are analysed are skipped, all but the last: ask again, waiting for each.
    for (const [k, confLevel] of levels.entries()) {
      listener({data: {type: "analyse", id: 20 + k, columns: {time: "time", event: "event", group: "arm"}, options: {...options, confLevel}, view}});
      await next((m) => m.type === "details" && m.id === 20 + k, from);
    }
    listener({data: {type: "curve-csv", id: 1}});
    const stale = await next((m) => m.type === "curve-csv" && m.id === 1, from);
    expect(stale.text).toBeUndefined();
    expect(stale.error).toBe("These curves have been replaced by a newer analysis: download from the chart now shown.");
    const newest = 20 + keptAnalyses - 1;
    listener({data: {type: "curve-csv", id: newest}});
    const fresh = await next((m) => m.type === "curve-csv" && m.id === newest, from);
    expect(fresh.error).toBeUndefined();
    expect(new Set(csvParse(fresh.text as string).map((r) => r.group))).toEqual(new Set(["x", "y"]));
  });

  it("keeps the analysis of a result the page shows again from what it kept, pushing out the least recently shown instead", async () => {
    const from = posted.length;
    const analyse = async (id: number, confLevel: number) => {
      listener({data: {type: "analyse", id, columns: {time: "time", event: "event", group: "group"}, options: {...options, confLevel}, view}});
      await next((m) => m.type === "details" && m.id === id, from);
    };
    for (let k = 0; k < keptAnalyses; ++k) await analyse(40 + k, 0.9 + k / 100);
    listener({data: {type: "shown", id: 40}});
    await analyse(40 + keptAnalyses, 0.975);
    listener({data: {type: "curve-csv", id: 40}});
    listener({data: {type: "curve-csv", id: 41}});
    const kept = await next((m) => m.type === "curve-csv" && m.id === 40, from);
    const dropped = await next((m) => m.type === "curve-csv" && m.id === 41, from);
    expect(kept.error).toBeUndefined();
    expect(new Set(csvParse(kept.text as string).map((r) => r.group))).toEqual(new Set(["a", "b"]));
    expect(dropped.error).toBe("These curves have been replaced by a newer analysis: download from the chart now shown.");
  });

  it("fits the curves of another category column ahead once a mapping's models are fitted, so choosing it answers without fitting, as the engine fits it", async () => {
    expect(keptAnalyses).toBe(6);
    const from = posted.length;
    const types = {group: "category", arm: "category"};
    listener({data: {type: "analyse", id: 60, columns: {time: "time", event: "event", group: "group", types}, options, view}});
    await next((m) => m.type === "details" && m.id === 60, from);
    // Fitted ahead one task after the details: give it that task.
    await new Promise((resolve) => setTimeout(resolve, 50));
    listener({data: {type: "analyse", id: 61, columns: {time: "time", event: "event", group: "arm", types}, options, view}});
    await next((m) => m.type === "result" && m.id === 61, from);
    // A mapping fitted now reports its validating and fitting; one fitted ahead goes straight to its result.
    expect(posted.slice(from).filter((m) => m.type === "progress" && m.id === 61)).toEqual([]);
    listener({data: {type: "curve-csv", id: 61}});
    const csv = csvParse((await next((m) => m.type === "curve-csv" && m.id === 61, from)).text as string);
    const arm = text.trim().split("\n").slice(1).map((line) => line.split(",")[3]);
    const fits = kaplanMeierByGroup({time: data.time, event: data.event, group: arm});
    for (const {group, fit} of fits) {
      const own = csv.filter((r) => r.group === group);
      expect(own.map((r) => Number(r.time))).toEqual(Array.from(fit.time));
      expect(own.map((r) => Number(r.surv))).toEqual(Array.from(fit.surv));
    }
  });
});
