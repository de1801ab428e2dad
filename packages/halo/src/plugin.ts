import type { VendorPlugin } from "@scanstat/core/adapter-kit";
import { createHaloAdapter } from "./adapter/halo-adapter.js";
import { createHaloClient } from "./client/halo-client.js";
import { readHaloEnvironment } from "./halo-environment.js";
import { manifest } from "./manifest.js";

/** Halo Security for a host that reads its variables: adapter, credential check (`user/me.json`). */
export const plugin: VendorPlugin = {
  manifest,
  createAdapter: (variables, settings) => createHaloAdapter({ ...readHaloEnvironment(variables), ...settings }),
  async checkCredentials(variables, settings, options) {
    const answer = await createHaloClient({ ...readHaloEnvironment(variables), ...settings }).getCurrentUser(options);
    const who = answer.user?.email || answer.user?.name;
    return who ? `user ${who}` : undefined;
  },
};
