// The effects a command may have, passed in so tests can capture them (style.md, habit 8).
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** Whether progress can be redrawn on one line. */
  interactive: boolean;
}

export function processIO(): CliIO {
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    env: process.env,
    now: () => new Date(),
    interactive: Boolean(process.stderr.isTTY),
  };
}

/** A failure the user can mend: printed as one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
