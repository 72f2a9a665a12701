/**
 * Tiny benchmark helpers shared by every package's `bench/*.bench.ts`. Benchmarks report ratios measured in one
 * run (e.g. validation time ÷ JSON.parse time), never absolute timings asserted in tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

/** Result of {@link measure}. */
export interface Measurement {
  readonly name: string;
  /** Nanoseconds per operation: the fastest batch (the least disturbed by other load on the machine). */
  readonly nsPerOp: number;
  /** Operations per second derived from the median. */
  readonly opsPerSec: number;
  readonly samples: number;
}

let sink: unknown;

/**
 * Measures `fn`: warms it up, then takes `samples` timed batches sized to ~`batchMs` each and returns the
 * fastest batch's ns/op (minimum, not median: on a shared machine, noise only ever adds time). The return value of `fn` is kept in a sink so the work cannot be optimised away.
 */
export function measure(
  name: string,
  fn: () => unknown,
  options: { samples?: number; batchMs?: number } = {},
): Measurement {
  const samples = options.samples ?? 15;
  const batchMs = options.batchMs ?? 40;
  let iterations = 1;
  // Warm up and size the batch.
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = fn();
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= batchMs / 4) {
      iterations = Math.max(1, Math.round((iterations * batchMs) / Math.max(elapsedMs, 0.001)));
      break;
    }
    iterations *= 4;
  }
  const perOp: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = fn();
    perOp.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  const nsPerOp = Math.min(...perOp);
  if (sink === Symbol.for("never")) console.log("");
  return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp, samples };
}

/**
 * Measures several cases interleaved (round-robin, one batch of each per round), so load that comes and goes
 * affects every case alike and ratios between them stay meaningful. Reports each case's fastest batch.
 */
export function measureAll(
  cases: Readonly<Record<string, () => unknown>>,
  options: { rounds?: number; batchMs?: number } = {},
): Measurement[] {
  const rounds = options.rounds ?? 20;
  const batchMs = options.batchMs ?? 25;
  const entries = Object.entries(cases);
  const sizes = entries.map(([, fn]) => {
    let iterations = 1;
    for (;;) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) sink = fn();
      const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (elapsedMs >= batchMs / 4) return Math.max(1, Math.round((iterations * batchMs) / Math.max(elapsedMs, 0.001)));
      iterations *= 4;
    }
  });
  const best = entries.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    entries.forEach(([, fn], index) => {
      const iterations = sizes[index] as number;
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) sink = fn();
      best[index] = Math.min(best[index] as number, Number(process.hrtime.bigint() - start) / iterations);
    });
  }
  return entries.map(([name], index) => {
    const nsPerOp = best[index] as number;
    return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp, samples: rounds };
  });
}

/** Percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Prints measurements as a table, each with its ratio to `baseline` (by name). */
export function printTable(title: string, rows: readonly Measurement[], baseline?: string): void {
  const base = baseline ? rows.find((r) => r.name === baseline) : undefined;
  console.log(`\n## ${title}\n`);
  console.log(`| case | ns/op | ops/s |${base ? ` × ${base.name} |` : ""}`);
  console.log(`|---|---:|---:|${base ? "---:|" : ""}`);
  for (const r of rows) {
    const ratio = base ? ` ${(r.nsPerOp / base.nsPerOp).toFixed(3)} |` : "";
    console.log(`| ${r.name} | ${r.nsPerOp.toFixed(0)} | ${Math.round(r.opsPerSec).toLocaleString("en-US")} |${ratio}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The goal benchmark: what receiving an event costs beyond `JSON.parse` of its body.
// ---------------------------------------------------------------------------------------------------------------

/** One payload of a family's goal benchmark: its compact JSON text. */
export interface PayloadCase {
  readonly name: string;
  readonly text: string;
}

/** Targets printed beside each figure of {@link benchAgainstJsonParse}. */
export interface GoalTargets {
  /** Per-payload cost goal: `(safeParse − JSON.parse) ÷ JSON.parse`. */
  readonly cost: number;
  /** Mixed-stream cost goal. */
  readonly mixed: number;
  /** Allocation goal: bytes allocated per `safeParse` ÷ bytes allocated per `JSON.parse`. */
  readonly allocation: number;
}

/** What {@link benchAgainstJsonParse} measured. */
export interface GoalSummary {
  readonly medianCost: number;
  readonly mixedCost: number;
  readonly allocationRatio: number;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

const formatLoad = (): string => loadavg()[0]?.toFixed(2) ?? "?";

/** Iterations that take about `ms` milliseconds (at least 1). */
function batchSize(fn: () => unknown, ms: number): number {
  let iterations = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = fn();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsed >= ms / 4) return Math.max(1, Math.round((iterations * ms) / Math.max(elapsed, 0.001)));
    iterations *= 4;
  }
}

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / iterations;
}

/**
 * Cost of `candidate` over `baseline`, measured the way the goal is defined: rounds of paired batches (the two
 * run back to back, in alternating order, so load that comes and goes hits both alike); the cost of one round is
 * `candidate ÷ baseline − 1`, and the result is the median over rounds, with the baseline's median ns/op.
 */
export function pairedCost(
  baseline: () => unknown,
  candidate: () => unknown,
  options: { rounds?: number; batchMs?: number } = {},
): { cost: number; baselineNs: number; candidateNs: number; spread: [number, number] } {
  const rounds = options.rounds ?? 201;
  const batchMs = options.batchMs ?? 0.25;
  const n = Math.max(batchSize(baseline, batchMs), 1);
  const m = Math.max(batchSize(candidate, batchMs), 1);
  const costs: number[] = [];
  const base: number[] = [];
  const cand: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let b: number;
    let c: number;
    if (r % 2 === 0) {
      b = timeBatch(baseline, n);
      c = timeBatch(candidate, m);
    } else {
      c = timeBatch(candidate, m);
      b = timeBatch(baseline, n);
    }
    base.push(b);
    cand.push(c);
    costs.push(c / b - 1);
  }
  return {
    cost: median(costs),
    baselineNs: median(base),
    candidateNs: median(cand),
    spread: [percentile(costs, 25), percentile(costs, 75)],
  };
}

type Gc = () => void;
let gcFn: Gc | undefined;
/** `gc()`, exposed at run time when the process was not started with `--expose-gc`. */
async function forceGc(): Promise<Gc> {
  if (gcFn) return gcFn;
  const global = globalThis as { gc?: Gc };
  if (typeof global.gc === "function") gcFn = global.gc;
  else {
    const v8 = await import("node:v8");
    const vm = await import("node:vm");
    v8.setFlagsFromString("--expose-gc");
    gcFn = vm.runInNewContext("gc") as Gc;
  }
  return gcFn;
}

/**
 * Bytes allocated per call of `fn`: heap growth over a run of calls between two forced collections, counted only
 * when V8's GC profiler saw no collection during the run (the run is shortened and repeated otherwise); the median
 * of 7 such runs, minus the same measurement of an empty function.
 */
export async function allocatedBytesPerCall(fn: () => unknown, calls = 2_000): Promise<number> {
  const gc = await forceGc();
  const { GCProfiler, getHeapStatistics } = await import("node:v8");
  const measureOnce = (f: () => unknown): number => {
    let n = calls;
    for (;;) {
      gc();
      gc();
      const profiler = new GCProfiler();
      profiler.start();
      const before = getHeapStatistics().used_heap_size;
      for (let i = 0; i < n; i++) sink = f();
      const after = getHeapStatistics().used_heap_size;
      const collections = profiler.stop()?.statistics.length ?? 0;
      if (collections === 0) return (after - before) / n;
      if (n <= 8) return Number.NaN;
      n = Math.floor(n / 2);
    }
  };
  const empty = () => sink;
  const runs: number[] = [];
  const emptyRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    runs.push(measureOnce(fn));
    emptyRuns.push(measureOnce(empty));
  }
  return median(runs) - median(emptyRuns);
}

/**
 * The goal benchmark of one family: for each payload and for the mixed stream (every payload in turn per
 * operation), `(safeParse(text) − JSON.parse(text)) ÷ JSON.parse(text)` on compact text, a fresh parse every
 * call, measured by {@link pairedCost}; then bytes allocated per call against `JSON.parse`'s. Prints Markdown
 * tables with the goal beside each figure and the load average beside each section.
 */
export async function benchAgainstJsonParse(
  title: string,
  cases: readonly PayloadCase[],
  safeParse: (text: string) => unknown,
  goal: GoalTargets,
): Promise<GoalSummary> {
  // Warm every path (and every lazily built validator) so no payload pays for another's first use.
  for (let i = 0; i < 200; i++) for (const c of cases) safeParse(c.text);
  console.log(`\n## ${title}: safeParse(text) vs JSON.parse(text)\n`);
  console.log(`${cases.length} payloads (compact JSON), load average ${formatLoad()} at start.\n`);
  console.log("| payload | bytes | JSON.parse ns | safeParse ns | cost | goal | cost p25–p75 |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  const costs: number[] = [];
  for (const c of cases) {
    const r = pairedCost(
      () => JSON.parse(c.text),
      () => safeParse(c.text),
    );
    costs.push(r.cost);
    const mark = r.cost <= goal.cost ? "" : " ✗";
    console.log(
      `| ${c.name} | ${c.text.length} | ${r.baselineNs.toFixed(0)} | ${r.candidateNs.toFixed(0)} | ${r.cost.toFixed(2)}${mark} | ≤ ${goal.cost} | ${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)} |`,
    );
  }
  const texts = cases.map((c) => c.text);
  const mixed = pairedCost(
    () => {
      let last: unknown;
      for (const text of texts) last = JSON.parse(text);
      return last;
    },
    () => {
      let last: unknown;
      for (const text of texts) last = safeParse(text);
      return last;
    },
    { batchMs: 1 },
  );
  const allocJson = await allocatedBytesPerCall(
    () => {
      let last: unknown;
      for (const text of texts) last = JSON.parse(text);
      return last;
    },
    Math.max(20, Math.round(4_000 / texts.length)),
  );
  const allocSafe = await allocatedBytesPerCall(
    () => {
      let last: unknown;
      for (const text of texts) last = safeParse(text);
      return last;
    },
    Math.max(20, Math.round(4_000 / texts.length)),
  );
  const summary: GoalSummary = {
    medianCost: median(costs),
    mixedCost: mixed.cost,
    allocationRatio: allocSafe / allocJson,
  };
  const verdict = (value: number, target: number) =>
    value <= target ? "met" : `missed by ${(value - target).toFixed(2)}`;
  console.log(`\n| ${title} | figure | goal | |`);
  console.log("|---|---:|---:|---|");
  console.log(
    `| median cost over ${cases.length} payloads | ${summary.medianCost.toFixed(2)} | ≤ ${goal.cost} | ${verdict(summary.medianCost, goal.cost)} |`,
  );
  console.log(
    `| mixed stream (all ${cases.length} in turn) | ${summary.mixedCost.toFixed(2)} (p25–p75 ${mixed.spread[0].toFixed(2)}–${mixed.spread[1].toFixed(2)}) | ≤ ${goal.mixed} | ${verdict(summary.mixedCost, goal.mixed)} |`,
  );
  console.log(
    `| bytes allocated per event, safeParse ÷ JSON.parse | ${summary.allocationRatio.toFixed(2)} (${Math.round(allocSafe / texts.length)} B ÷ ${Math.round(allocJson / texts.length)} B) | ≤ ${goal.allocation} | ${verdict(summary.allocationRatio, goal.allocation)} |`,
  );
  console.log(`\nLoad average ${formatLoad()} at end.`);
  return summary;
}

/**
 * First-event latency: the time of the very first `safeParse` of each payload, in a process that has parsed
 * nothing yet (so it includes building that type's validator). Call it before anything else warms the family.
 */
export function firstEventLatency(
  cases: readonly PayloadCase[],
  typeOf: (text: string) => string,
  safeParse: (text: string) => unknown,
): void {
  const seen = new Set<string>();
  const rows: string[] = [];
  const all: number[] = [];
  for (const c of cases) {
    const type = typeOf(c.text);
    if (seen.has(type)) continue;
    seen.add(type);
    const start = process.hrtime.bigint();
    safeParse(c.text);
    const us = Number(process.hrtime.bigint() - start) / 1e3;
    all.push(us);
    rows.push(`| ${type} | ${us.toFixed(0)} |`);
  }
  console.log(`\n## First event of each type (fresh process, load average ${formatLoad()})\n`);
  console.log(
    `${seen.size} types; median ${median(all).toFixed(0)} µs, max ${Math.max(...all).toFixed(0)} µs, total ${all.reduce((a, b) => a + b, 0).toFixed(0)} µs.\n`,
  );
  console.log("| type | first safeParse µs |\n|---|---:|");
  console.log(rows.join("\n"));
}

/**
 * The payloads of a package's fixture folder (recursively, every `*.json` but manifests), as compact JSON text,
 * keeping those `accept` takes (a family's goal is measured on valid events of known types). Returns the cases and
 * the names left out.
 */
export function loadPayloads(
  dir: string,
  accept: (text: string) => boolean = () => true,
): { cases: PayloadCase[]; skipped: string[] } {
  const cases: PayloadCase[] = [];
  const skipped: string[] = [];
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".json") && !f.endsWith("manifest.json"))
    .sort();
  for (const file of files) {
    let text: string;
    try {
      text = JSON.stringify(JSON.parse(readFileSync(join(dir, file), "utf8")));
    } catch {
      skipped.push(file);
      continue;
    }
    if (accept(text)) cases.push({ name: file, text });
    else skipped.push(file);
  }
  return { cases, skipped };
}

/**
 * Size of the generated validators: builds the fast parser of every schema (timing each build; the ones the first
 * events already built cost nothing here) and prints the total code generated and how many functions it is, each
 * function counted once however many schemas share it. With `zodCompile`, also the size zod 4.6's own compiler
 * generates for the same schemas, one function per schema, for comparison.
 */
export function reportGeneratedCode(
  schemas: Readonly<Record<string, unknown>>,
  build: (schema: never) => unknown,
  size: () => { bytes: number; functions: number },
  zodCompile?: (schema: never) => { code?: string | undefined },
): void {
  const times: number[] = [];
  for (const schema of Object.values(schemas)) {
    const start = process.hrtime.bigint();
    build(schema as never);
    times.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  const { bytes, functions } = size();
  console.log(`\n## Generated validators (${Object.keys(schemas).length} event types)\n`);
  console.log(
    `Building the rest: median ${median(times).toFixed(0)} µs, max ${Math.max(...times).toFixed(0)} µs per type. ` +
      `Generated code in this process: ${(bytes / 1024).toFixed(1)} KiB in ${functions} functions.`,
  );
  if (zodCompile) {
    const start = process.hrtime.bigint();
    let zodBytes = 0;
    for (const schema of Object.values(schemas)) zodBytes += zodCompile(schema as never).code?.length ?? 0;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(
      `For comparison, zod's \`z.compile\` per type: ${(zodBytes / 1024 / 1024).toFixed(2)} MiB, built in ${ms.toFixed(0)} ms.`,
    );
  }
}

/** What {@link benchFamilyGoal} needs of an event family (any contactkit family fits). */
export interface BenchedFamily {
  readonly schemas: Readonly<Record<string, unknown>>;
  typeOf(value: unknown): string | undefined;
  safeParse(text: string): { readonly ok: boolean; readonly known?: boolean };
}

/**
 * A family's goal benchmark, the same for every vendor package: the first-event latency of each type, the size of
 * the generated parsers, then {@link benchAgainstJsonParse} over the corpus's valid known events.
 */
export async function benchFamilyGoal(
  title: string,
  family: BenchedFamily,
  corpus: readonly PayloadCase[],
  goal: GoalTargets,
  generated: {
    readonly build: (schema: never) => unknown;
    readonly size: () => { bytes: number; functions: number };
    readonly zodCompile?: (schema: never) => { code?: string | undefined };
  },
): Promise<GoalSummary> {
  firstEventLatency(
    corpus,
    (text) => family.typeOf(JSON.parse(text)) ?? "?",
    (text) => family.safeParse(text),
  );
  const cases = corpus.filter((c) => {
    const r = family.safeParse(c.text);
    return r.ok && r.known === true;
  });
  reportGeneratedCode(family.schemas, generated.build, generated.size, generated.zodCompile);
  return benchAgainstJsonParse(title, cases, (text) => family.safeParse(text), goal);
}
