#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { generateVendorTypes } from "../../../scripts/generate-vendor-types.mjs";

await generateVendorTypes({
  packageDir: fileURLToPath(new URL("..", import.meta.url)),
  spec: "specs/pdcp-scans.openapi.yaml",
  output: "src/client/generated/projectdiscovery-api.ts",
  // A field with a `default` (agent_behavior) is not promised in answers.
  openapi: { alphabetize: true, defaultNonNullable: false },
});
