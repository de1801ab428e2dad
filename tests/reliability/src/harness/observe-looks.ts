import type { Clock, ScanAdapter } from "@scanstat/core";

/**
 * The same adapter, noting when each scan was last read (a `getScan`, or an `ok` entry of a
 * `getScans`): what "every scan is polled" means to a user, whatever requests it took.
 */
export function observeLooks(adapter: ScanAdapter, clock: Clock, looks: Map<string, number[]>): ScanAdapter {
  const note = (id: string) => {
    const times = looks.get(id) ?? [];
    times.push(clock.now());
    looks.set(id, times);
  };
  const observed: ScanAdapter = {
    ...adapter,
    async getScan(id, options) {
      const scan = await adapter.getScan(id, options);
      note(id);
      return scan;
    },
  };
  if (adapter.getScans) {
    const getScans = adapter.getScans.bind(adapter);
    observed.getScans = async (ids, options) => {
      const lookups = await getScans(ids, options);
      for (const lookup of lookups) if (lookup.ok) note(lookup.id);
      return lookups;
    };
  }
  return observed;
}
