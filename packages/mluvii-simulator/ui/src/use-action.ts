/** Runs a control-API call from a click or a submit, keeping its error to show next to the control. */
import { useState } from "preact/hooks";

/** `[run, error, busy]`: `run(fn)` calls `fn`, remembers its error message (cleared on the next run). */
export function useAction(): [(fn: () => Promise<unknown>) => Promise<boolean>, string | undefined, boolean] {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    setBusy(true);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return [run, error, busy];
}
