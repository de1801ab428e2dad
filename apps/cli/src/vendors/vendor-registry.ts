import type { CreateSandboxSimulator, VendorManifest, VendorPlugin } from "@scanstat/core/adapter-kit";
// Each vendor package's manifest, and nothing else of it (its `./manifest` entry is plain data):
// the plugins and simulators stay in lazy chunks, so `--version` and start-up parse no vendor code.
import { manifest as haloManifest } from "@scanstat/halo/manifest";
import { manifest as projectDiscoveryManifest } from "@scanstat/projectdiscovery/manifest";
import { manifest as sodaManifest } from "@scanstat/soda/manifest";
import { manifest as telmaiManifest } from "@scanstat/telmai/manifest";

/** One vendor as the CLI knows it: its manifest at once, its code when a command needs it. */
export interface VendorRegistryEntry {
  readonly manifest: VendorManifest;
  /** The package's `./plugin` entry: adapter, credential check, webhook reading. */
  loadPlugin(): Promise<{ plugin: VendorPlugin }>;
  /** The package's `./testing` entry, for `demo`, `sandbox` and tests. */
  loadTesting(): Promise<{ createSandboxSimulator: CreateSandboxSimulator }>;
}

export type VendorRegistry = readonly VendorRegistryEntry[];

/**
 * Every vendor the CLI knows, in the order it lists them: the one place in the CLI that names a
 * vendor package. A fifth vendor is one package and one entry here.
 */
export const vendorRegistry: VendorRegistry = [
  {
    manifest: sodaManifest,
    loadPlugin: () => import("@scanstat/soda/plugin"),
    loadTesting: () => import("@scanstat/soda/testing"),
  },
  {
    manifest: projectDiscoveryManifest,
    loadPlugin: () => import("@scanstat/projectdiscovery/plugin"),
    loadTesting: () => import("@scanstat/projectdiscovery/testing"),
  },
  {
    manifest: telmaiManifest,
    loadPlugin: () => import("@scanstat/telmai/plugin"),
    loadTesting: () => import("@scanstat/telmai/testing"),
  },
  {
    manifest: haloManifest,
    loadPlugin: () => import("@scanstat/halo/plugin"),
    loadTesting: () => import("@scanstat/halo/testing"),
  },
];

/** A vendor's entry; an unknown vendor is a programming error here (words are resolved before). */
export function registryEntryOf(vendor: string, registry: VendorRegistry = vendorRegistry): VendorRegistryEntry {
  const entry = registry.find((candidate) => candidate.manifest.vendor === vendor);
  if (!entry) throw new Error(`no registry entry for vendor "${vendor}"`);
  return entry;
}
