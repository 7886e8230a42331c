// ScriptApp: the identity token, and installable triggers built with newTrigger and listed by the tests.

export const EventType = {
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_OPEN: 'ON_OPEN',
  CLOCK: 'CLOCK',
} as const;

export interface FakeTrigger {
  id: string;
  handler: string;
  eventType: string;
  every?: { minutes?: number; hours?: number; days?: number };
  atHour?: number;
  timeZone?: string;
  getHandlerFunction(): string;
  getEventType(): string;
  getUniqueId(): string;
}

export class FakeScriptApp {
  readonly EventType = EventType;
  readonly AuthMode = { FULL: 'FULL', LIMITED: 'LIMITED', NONE: 'NONE' } as const;
  readonly triggers: FakeTrigger[] = [];
  private next = 1;

  constructor(public identityToken: () => string) {}

  getIdentityToken() {
    return this.identityToken();
  }

  getProjectTriggers() {
    return [...this.triggers];
  }

  deleteTrigger(trigger: FakeTrigger) {
    const i = this.triggers.indexOf(trigger);
    if (i >= 0) this.triggers.splice(i, 1);
  }

  newTrigger(handler: string) {
    const make = (eventType: string, extra: Partial<FakeTrigger> = {}) => {
      const id = `trigger-${this.next++}`;
      const trigger: FakeTrigger = {
        id,
        handler,
        eventType,
        ...extra,
        getHandlerFunction: () => handler,
        getEventType: () => eventType,
        getUniqueId: () => id,
      };
      this.triggers.push(trigger);
      return trigger;
    };
    const clock: Partial<FakeTrigger> = {};
    const set = (extra: Partial<FakeTrigger>) => {
      Object.assign(clock, extra);
      return clockBuilder;
    };
    const clockBuilder = {
      everyMinutes: (minutes: number) => set({ every: { minutes } }),
      everyHours: (hours: number) => set({ every: { hours } }),
      everyDays: (days: number) => set({ every: { days } }),
      atHour: (hour: number) => set({ atHour: hour }),
      inTimezone: (timeZone: string) => set({ timeZone }),
      create: () => make(EventType.CLOCK, clock),
    };
    return {
      forSpreadsheet: (_spreadsheet: unknown) => ({
        onEdit: () => ({ create: () => make(EventType.ON_EDIT) }),
        onChange: () => ({ create: () => make(EventType.ON_CHANGE) }),
        onOpen: () => ({ create: () => make(EventType.ON_OPEN) }),
      }),
      timeBased: () => clockBuilder,
    };
  }

  /** Handlers of the installed triggers of one event type. */
  handlersFor(eventType: string): string[] {
    return this.triggers.filter((t) => t.eventType === eventType).map((t) => t.handler);
  }
}
