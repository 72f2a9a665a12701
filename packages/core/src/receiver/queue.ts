/** Options for the in-process queue that runs handlers after the acknowledgement. */
export interface WorkQueueOptions {
  /** Handlers running at once. Default 16. */
  readonly concurrency?: number;
  /** Jobs waiting beyond those running; past this the queue is full. Default 1,000. */
  readonly maxPending?: number;
  /** A job still running after this many ms has its signal aborted and frees its slot. Default 60,000. */
  readonly jobTimeoutMs?: number;
}

/** A job receives a signal that aborts on timeout or shutdown. */
export type Job = (signal: AbortSignal) => Promise<void>;

/** A place held in the queue for a job that will be supplied later. */
export interface Reservation {
  /** Supplies the job for the held place. */
  run(job: Job): void;
  /** Gives the held place back. */
  cancel(): void;
}

/** A bounded queue with a concurrency limit; it never rejects and never throws out of a job. */
export interface WorkQueue {
  /** False (and the job is not taken) when the queue is full. */
  push(job: Job): boolean;
  /** Holds a place (so work between the check and the push cannot lose it); `undefined` when full. */
  reserve(): Reservation | undefined;
  /** Whether a push would be refused now. */
  readonly full: boolean;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting. */
  readonly pending: number;
  /** Resolves when nothing is running or waiting. */
  drain(): Promise<void>;
  /** Aborts running jobs' signals and drops waiting ones. */
  close(): void;
}

/** Creates a {@link WorkQueue}. `onJobError` receives errors and timeouts; it must not throw. */
export function createWorkQueue(options: WorkQueueOptions, onJobError: (error: unknown) => void): WorkQueue {
  const concurrency = options.concurrency ?? 16;
  const maxPending = options.maxPending ?? 1_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 60_000;
  const waiting: Job[] = [];
  const controllers = new Set<AbortController>();
  let running = 0;
  let reserved = 0;
  let idle: (() => void)[] = [];

  // Capacity is what may run plus what may wait; held places count as taken.
  const isFull = (): boolean => running + waiting.length + reserved >= concurrency + maxPending;

  const settleIdle = (): void => {
    if (running === 0 && waiting.length === 0 && reserved === 0) {
      const resolvers = idle;
      idle = [];
      for (const resolve of resolvers) resolve();
    }
  };

  const start = (job: Job): void => {
    running++;
    const controller = new AbortController();
    controllers.add(controller);
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      controllers.delete(controller);
      running--;
      const next = waiting.shift();
      if (next) start(next);
      else settleIdle();
    };
    const timer = setTimeout(() => {
      controller.abort(new Error(`handler timed out after ${jobTimeoutMs} ms`));
      onJobError(new Error(`handler timed out after ${jobTimeoutMs} ms; its slot was released`));
      finish();
    }, jobTimeoutMs);
    Promise.resolve()
      .then(() => job(controller.signal))
      .catch(onJobError)
      .finally(finish);
  };

  return {
    push(job) {
      if (isFull()) return false;
      if (running < concurrency) start(job);
      else waiting.push(job);
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
          if (!release()) return;
          if (running < concurrency) start(job);
          else waiting.push(job);
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
      return running;
    },
    get pending() {
      return waiting.length;
    },
    drain() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    close() {
      waiting.length = 0;
      for (const c of controllers) c.abort(new Error("receiver closed"));
      settleIdle();
    },
  };
}
