// Session: the signed-in clerk.

export class FakeSession {
  constructor(
    public email: string,
    private readonly timeZone = 'Asia/Shanghai',
  ) {}
  getActiveUser() {
    return { getEmail: () => this.email };
  }
  getEffectiveUser() {
    return { getEmail: () => this.email };
  }
  getScriptTimeZone() {
    return this.timeZone;
  }
  getActiveUserLocale() {
    return 'zh_CN';
  }
}
