const alreadyInProgress = /Scan Already In Progress\s*\(\s*([^()\s]+)\s*\)/i;

/** The id in Halo's "Scan Already In Progress (<scan id>)" answer to start.json, or undefined. */
export function scanAlreadyInProgressId(message: string | null | undefined): string | undefined {
  return message ? alreadyInProgress.exec(message)?.[1] : undefined;
}
