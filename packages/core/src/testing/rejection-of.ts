/**
 * The error a promise rejects with, for a test to look at (`expect((await rejectionOf(p)).message)`).
 * Throws when the promise resolves instead, or rejects with something that is not an Error: either
 * is a finding the test must show.
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected a rejection with an Error, got ${String(error)}`);
  }
  throw new Error("expected a rejection, but it resolved");
}
