/** Options for the in-process queue that runs handlers (after the acknowledgement, or before it in `after-handlers`). */
export interface WorkQueueOptions {
  /** Handlers running at once. Default 16. */
  readonly concurrency?: number;
  /** Jobs waiting beyond those running; past this the queue is full. Default 1,000. */
  readonly maxPending?: number;
  /** A job still running after this many ms has its signal aborted and frees its slot. Default 60,000. */
  readonly jobTimeoutMs?: number;
}

/** A job receives a signal that aborts on timeout, cancellation or shutdown. */
export type Job = (signal: AbortSignal) => Promise<void>;

/**
 * How a job ended: `done`; `failed` (it threw; the error went to `onJobError`); `timed-out` (still running after
 * `jobTimeoutMs`: its signal aborted, its slot freed); `cancelled` (by {@link QueuedJob.cancel}: removed if it was
 * waiting, aborted if it was running); `closed` (the queue closed first).
 */
export type JobOutcome = "done" | "failed" | "timed-out" | "cancelled" | "closed";

/** A job handed to the queue. */
export interface QueuedJob {
  /** Settles with the job's outcome; never rejects. */
  readonly outcome: Promise<JobOutcome>;
  /** Gives up on the job: a waiting job never starts, a running one has its signal aborted and its slot freed. */
  cancel(): void;
}

/** A place held in the queue for a job that will be supplied later. */
export interface Reservation {
  /** Supplies the job for the held place. A second call, or a call after `cancel`, is settled as `cancelled`. */
  run(job: Job): QueuedJob;
  /** Gives the held place back. */
  cancel(): void;
}

/** A bounded queue with a concurrency limit; it never rejects and never throws out of a job. */
export interface WorkQueue {
  /** False (and the job is not taken) when the queue is full or closed. */
  push(job: Job): boolean;
  /** Holds a place (so work between the check and the push cannot lose it); `undefined` when full or closed. */
  reserve(): Reservation | undefined;
  /** Whether a push would be refused now. */
  readonly full: boolean;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting. */
  readonly pending: number;
  /** Resolves when nothing is running, waiting or reserved. */
  drain(): Promise<void>;
  /**
   * Final: aborts running jobs' signals, drops waiting ones, clears every timer (so nothing the queue started keeps
   * the process alive) and refuses new jobs. Running jobs that ignore their signal are abandoned: their slots are
   * freed and `drain()` resolves.
   */
  close(): void;
}

interface Entry {
  readonly job: Job;
  readonly settle: (outcome: JobOutcome) => void;
  /** Set once it runs: ends it early (timeout, cancel, close). */
  stop?: (outcome: JobOutcome, reason: Error) => void;
  done: boolean;
}

const cancelledJob: QueuedJob = { outcome: Promise.resolve("cancelled"), cancel: () => {} };

/** Creates a {@link WorkQueue}. `onJobError` receives errors and timeouts; it must not throw. */
export function createWorkQueue(options: WorkQueueOptions, onJobError: (error: unknown) => void): WorkQueue {
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const maxPending = Math.max(0, options.maxPending ?? 1_000);
  const jobTimeoutMs = options.jobTimeoutMs ?? 60_000;
  const waiting: Entry[] = [];
  const active = new Set<Entry>();
  let reserved = 0;
  let closed = false;
  let idle: (() => void)[] = [];

  // Capacity is what may run plus what may wait; held places count as taken.
  const isFull = (): boolean => closed || active.size + waiting.length + reserved >= concurrency + maxPending;

  const settleIdle = (): void => {
    if (active.size === 0 && waiting.length === 0 && reserved === 0) {
      const resolvers = idle;
      idle = [];
      for (const resolve of resolvers) resolve();
    }
  };

  const start = (entry: Entry): void => {
    active.add(entry);
    const controller = new AbortController();
    const finish = (outcome: JobOutcome): void => {
      if (entry.done) return;
      entry.done = true;
      clearTimeout(timer);
      active.delete(entry);
      entry.settle(outcome);
      const next = closed ? undefined : waiting.shift();
      if (next) start(next);
      else settleIdle();
    };
    entry.stop = (outcome, reason) => {
      controller.abort(reason);
      finish(outcome);
    };
    const timer = setTimeout(() => {
      const error = new Error(`handler timed out after ${jobTimeoutMs} ms; its slot was released`);
      entry.stop?.("timed-out", error);
      onJobError(error);
    }, jobTimeoutMs);
    Promise.resolve()
      .then(() => entry.job(controller.signal))
      .then(
        () => finish("done"),
        (error: unknown) => {
          // A job that fails after it was given up on is not reported again.
          if (entry.done) return;
          onJobError(error);
          finish("failed");
        },
      );
  };

  const enqueue = (job: Job): QueuedJob => {
    let settle!: (outcome: JobOutcome) => void;
    const outcome = new Promise<JobOutcome>((resolve) => {
      settle = resolve;
    });
    const entry: Entry = { job, settle, done: false };
    if (active.size < concurrency) start(entry);
    else waiting.push(entry);
    return {
      outcome,
      cancel() {
        if (entry.done) return;
        const index = waiting.indexOf(entry);
        if (index >= 0) {
          waiting.splice(index, 1);
          entry.done = true;
          entry.settle("cancelled");
          settleIdle();
        } else entry.stop?.("cancelled", new Error("handler cancelled"));
      },
    };
  };

  return {
    push(job) {
      if (isFull()) return false;
      enqueue(job);
      return true;
    },
    reserve() {
      if (isFull()) return undefined;
      reserved++;
      let used = false;
      const release = (): boolean => {
        if (used) return false;
        used = true;
        reserved--;
        return true;
      };
      return {
        run(job) {
          if (!release()) return cancelledJob;
          if (closed) {
            settleIdle();
            return { outcome: Promise.resolve("closed"), cancel: () => {} };
          }
          return enqueue(job);
        },
        cancel() {
          if (release()) settleIdle();
        },
      };
    },
    get full() {
      return isFull();
    },
    get running() {
      return active.size;
    },
    get pending() {
      return waiting.length;
    },
    drain() {
      if (active.size === 0 && waiting.length === 0 && reserved === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    close() {
      closed = true;
      for (const entry of waiting.splice(0)) {
        entry.done = true;
        entry.settle("closed");
      }
      const reason = new Error("receiver closed");
      for (const entry of [...active]) entry.stop?.("closed", reason);
      // Places still held are given back by their holders; drain waits for those only.
      settleIdle();
    },
  };
}
