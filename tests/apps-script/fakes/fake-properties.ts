// PropertiesService with Apps Script's limits: 9 kB per value, 500 kB per store.

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  readonly data = new Map<string, string>();
  writes = 0;

  getProperty(key: string) {
    return this.data.get(key) ?? null;
  }
  getProperties() {
    return Object.fromEntries(this.data);
  }
  getKeys() {
    return [...this.data.keys()];
  }
  setProperty(key: string, value: string) {
    return this.setProperties({ [key]: value });
  }
  setProperties(entries: Record<string, string>, deleteAllOthers = false) {
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [k, v] of Object.entries(entries)) {
      const text = String(v);
      if (bytes(text) > VALUE_LIMIT) throw new Error(`Exception: 属性值过大（${k}：${bytes(text)} 字节）`);
      next.set(k, text);
    }
    const total = [...next].reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (total > STORE_LIMIT) throw new Error(`Exception: 属性存储已满（${total} 字节）`);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.writes++;
    return this;
  }
  deleteProperty(key: string) {
    this.data.delete(key);
    this.writes++;
    return this;
  }
  deleteAllProperties() {
    this.data.clear();
    return this;
  }
}

export class FakePropertiesService {
  readonly script = new FakeProperties();
  readonly document = new FakeProperties();
  readonly user = new FakeProperties();
  getScriptProperties() {
    return this.script;
  }
  getDocumentProperties() {
    return this.document;
  }
  getUserProperties() {
    return this.user;
  }
}
