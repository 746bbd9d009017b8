// Runs one API action from a button or form: busy while it runs, the error message if it fails,
// and a callback with the answer when it succeeds.
import { useState } from 'react';
import { ApiError } from '../../api';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(action: () => Promise<T>, onDone?: (result: T) => void) {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      onDone?.(result);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
