/** The command line is wrong: one line on stderr and exit 64. Nothing was sent to any vendor. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "usage" as const;

  static isInstance(error: unknown): error is UsageError {
    return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "usage";
  }
}
