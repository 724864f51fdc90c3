/**
 * A configuration problem the operator must fix. `main` prints its message as
 * one line and exits non-zero, without a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    /** The environment variable or file the problem is in. */
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}
