import { EXIT_USAGE } from './exit-codes.js';

/** An error the user can fix; printed as one line, never with a stack unless --verbose. */
export class UsageError extends Error {
  readonly exitCode: number = EXIT_USAGE;
}

/** A path or input problem that stops the run (a missing path, nothing usable). */
export class InputError extends UsageError {}
