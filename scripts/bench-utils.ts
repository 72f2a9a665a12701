/**
 * Tiny benchmark helpers shared by every package's `bench/*.bench.ts`. Benchmarks report ratios measured in one
 * run (e.g. validation time ÷ JSON.parse time), never absolute timings asserted in tests.
 */

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
