// LockService: one script lock; a test can pretend another execution holds it.

export class FakeLockService {
  held = false;
  /** Another execution holds the lock: every tryLock fails. */
  heldElsewhere = false;
  readonly waits: number[] = [];

  getScriptLock() {
    return {
      tryLock: (ms: number) => {
        this.waits.push(ms);
        if (this.heldElsewhere || this.held) return false;
        this.held = true;
        return true;
      },
      waitLock: (ms: number) => {
        this.waits.push(ms);
        if (this.heldElsewhere || this.held) throw new Error('Exception: 锁等待超时');
        this.held = true;
      },
      hasLock: () => this.held,
      releaseLock: () => {
        this.held = false;
      },
    };
  }
  getDocumentLock() {
    return this.getScriptLock();
  }
}
