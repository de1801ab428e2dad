import { join } from "node:path";

/**
 * Where scanstat looks for its configuration when neither `--config` nor `SCANSTAT_CONFIG` names
 * a file: `$XDG_CONFIG_HOME/scanstat/config.json`, else `~/.config/scanstat/config.json`.
 */
export function defaultConfigPath(env: Readonly<Record<string, string | undefined>>, homeDirectory: string): string {
  const configHome = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homeDirectory, ".config");
  return join(configHome, "scanstat", "config.json");
}
