#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { generateVendorTypes } from "../../../scripts/generate-vendor-types.mjs";

/**
 * Soda's published spec writes enum-valued fields as `{"type":"object","$ref":"…a string enum…"}`.
 * A `$ref` says it all: drop every sibling `type` so generators and validators see the real type.
 */
function dropTypeBesideRef(node) {
  if (Array.isArray(node)) return node.map(dropTypeBesideRef);
  if (node === null || typeof node !== "object") return node;
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" && "$ref" in node) continue;
    result[key] = dropTypeBesideRef(value);
  }
  return result;
}

await generateVendorTypes({
  packageDir: fileURLToPath(new URL("..", import.meta.url)),
  spec: "specs/soda-cloud-scans.openapi.json",
  output: "src/client/generated/soda-api.ts",
  normalise: dropTypeBesideRef,
  openapi: { alphabetize: true },
});
