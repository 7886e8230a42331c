// A Date class for the script's context whose "now" the test moves (back-off, timestamps).

export class FakeClock {
  constructor(public now: number) {}

  advance(ms: number) {
    this.now += ms;
  }

  /** Date for the vm context: `new Date()` and `Date.now()` read this clock; everything else is Date. */
  dateClass(): DateConstructor {
    const clock = this;
    class ClockDate extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(clock.now);
        else super(...(args as [string]));
      }
      static override now() {
        return clock.now;
      }
    }
    return ClockDate as unknown as DateConstructor;
  }
}
