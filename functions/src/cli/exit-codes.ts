// Exit codes of the `shuangpei` command, and the error that carries one.

export const EXIT = {
  ok: 0,
  /** Finished, but found problems: rows with errors (validate), summaries not written, tabs refused (run). */
  problems: 1,
  /** Wrong arguments or unreadable input: nothing was done. */
  usage: 2,
  /** The machine lacks something (Java, the Firestore emulator, a free port). */
  environment: 3,
  /** A bug or an unexpected failure. */
  internal: 4,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
