/** A mistake on the command line: main prints it without a stack trace, exit code 2. */
export class UsageError extends Error {}
