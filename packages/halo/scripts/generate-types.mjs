#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { generateVendorTypes } from "../../../scripts/generate-vendor-types.mjs";

await generateVendorTypes({
  packageDir: fileURLToPath(new URL("..", import.meta.url)),
  spec: "specs/halo-scans.openapi.yaml",
  output: "src/client/generated/halo-api.ts",
});
