import type { VendorPlugin } from "@scanstat/core/adapter-kit";
import { createSodaAdapter } from "./adapter/soda-adapter.js";
import { createSodaClient } from "./client/soda-client.js";
import { manifest } from "./manifest.js";
import { readSodaEnvironment } from "./soda-environment.js";

/** Soda for a host that reads its variables: adapter, credential check (`test-login`). */
export const plugin: VendorPlugin = {
  manifest,
  createAdapter: (variables, settings) => createSodaAdapter({ ...readSodaEnvironment(variables), ...settings }),
  async checkCredentials(variables, settings, options) {
    const answer = await createSodaClient({ ...readSodaEnvironment(variables), ...settings }).testLogin(options);
    return answer.organisationName ? `organisation "${answer.organisationName}"` : undefined;
  },
};
