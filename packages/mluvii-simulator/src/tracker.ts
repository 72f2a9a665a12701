/** Keeps count of the simulator's work in flight, so `idle()` can wait for it and `stop()` can cancel timers. */

/** Tracks promises and timers. */
export interface WorkTracker {
  /** Counts `promise` as work until it settles; returns it. */
  track<T>(promise: Promise<T>): Promise<T>;
  /** Waits `ms` as tracked work; resolves `false` when cancelled by `cancelAll`. */
  sleep(ms: number): Promise<boolean>;
  /** Resolves when no tracked work remains. */
  idle(): Promise<void>;
  /** Cancels every pending sleep and refuses new ones (used by `stop`). */
  cancelAll(): void;
  /** Whether `cancelAll` was called. */
  readonly cancelled: boolean;
}

/** Creates a tracker. */
export function createWorkTracker(): WorkTracker {
  let pending = 0;
  let cancelled = false;
  const waiters = new Set<() => void>();
  const sleepers = new Map<NodeJS.Timeout, (value: boolean) => void>();
  const settle = () => {
    pending--;
    if (pending === 0) for (const waiter of [...waiters]) waiter();
  };
  const tracker: WorkTracker = {
    track(promise) {
      pending++;
      promise.then(settle, settle);
      return promise;
    },
    sleep(ms) {
      if (cancelled) return Promise.resolve(false);
      if (ms <= 0) return Promise.resolve(true);
      return tracker.track(
        new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            sleepers.delete(timer);
            resolve(true);
          }, ms);
          sleepers.set(timer, resolve);
        }),
      );
    },
    idle() {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          // re-check on the next tick: finished work often schedules follow-up work synchronously
          setImmediate(() => {
            if (pending !== 0) return;
            waiters.delete(done);
            resolve();
          });
        };
        waiters.add(done);
      });
    },
    cancelAll() {
      cancelled = true;
      for (const [timer, resolve] of sleepers) {
        clearTimeout(timer);
        resolve(false);
      }
      sleepers.clear();
    },
    get cancelled() {
      return cancelled;
    },
  };
  return tracker;
}
