// Runs tasks with the same key one after another (in this process), tasks with different keys side by side.

/**
 * Two transactions that read and then write the same documents deadlock until Firestore aborts one and the
 * client retries it (the emulator waits about 2.5 s first). Queuing writes to one tab here turns that
 * contention into a short wait; across processes Firestore's own transactions still keep the data right.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
