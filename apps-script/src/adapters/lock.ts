// LockPort over the script lock: one sync run at a time for this spreadsheet's script.
import type { LockPort } from '../app/ports';

export function scriptLock(): LockPort {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  return {
    tryLock: (waitMs) => {
      lock ??= LockService.getScriptLock();
      return lock.tryLock(waitMs);
    },
    release: () => lock?.releaseLock(),
  };
}
