// Builds a large XML part as UTF-8 bytes a megabyte at a time, so no second full copy of it is held as a string.

const FLUSH_AT = 1 << 20;

export class Utf8Chunks {
  private parts: string[] = [];
  private length = 0;
  private readonly buffers: Buffer[] = [];

  push(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= FLUSH_AT) this.flush();
    return this;
  }

  private flush(): void {
    if (!this.parts.length) return;
    this.buffers.push(Buffer.from(this.parts.join(''), 'utf8'));
    this.parts = [];
    this.length = 0;
  }

  bytes(): Buffer {
    this.flush();
    return this.buffers.length === 1 ? this.buffers[0]! : Buffer.concat(this.buffers);
  }
}
