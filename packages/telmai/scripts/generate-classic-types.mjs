#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { generateVendorTypes } from "../../../scripts/generate-vendor-types.mjs";

// Telmai classic (docs.telm.ai): a spec of its own, beside the Fabric one.
await generateVendorTypes({
  packageDir: fileURLToPath(new URL("..", import.meta.url)),
  spec: "specs/telmai-classic.openapi.yaml",
  output: "src/classic/client/generated/telmai-classic-api.ts",
});
