// The effects a command may have, passed in so tests can capture them (style.md, habit 8).
import { printable } from '../domain/printable.js';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** Whether progress can be redrawn on one line. */
  interactive: boolean;
}

/**
 * The terminal's. Every line is made printable first (domain/printable.ts): a school's name in the
 * register cannot ring the bell, move the cursor or recolour the terminal with an escape sequence.
 */
export function processIO(): CliIO {
  return {
    out: (line) => process.stdout.write(printable(line) + '\n'),
    err: (line) => process.stderr.write(printable(line) + '\n'),
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
