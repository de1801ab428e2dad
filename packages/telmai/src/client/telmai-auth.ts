import {
  AuthError,
  ConfigError,
  credentialFingerprint,
  type HttpAuth,
  requireHeaderSafeCredential,
  ScanstatError,
} from "@scanstat/core";

/**
 * Returns a bearer token. Telmai takes Microsoft Entra ID tokens, which last about an hour:
 * the provider is asked at first use and again when Telmai answers 401.
 */
export type TelmaiTokenProvider = () => string | Promise<string>;

/** A static token (`TELMAI_TOKEN`) or a provider of fresh ones. */
export type TelmaiToken = string | TelmaiTokenProvider;

function usable(value: unknown): string {
  const token = typeof value === "string" ? value.trim().replace(/^bearer\s+/i, "") : "";
  if (!token)
    throw new ConfigError("telmai: no token: set TELMAI_TOKEN or pass a token provider", { vendor: "telmai" });
  // A token the header cannot carry is a configuration error, not a network error at the first request.
  return requireHeaderSafeCredential(token, { vendor: "telmai", variable: "TELMAI_TOKEN" });
}

/** A provider that throws (Entra ID unreachable, consent missing) is an AuthError, not a network fault. */
function providerFailed(cause: unknown): never {
  if (ScanstatError.isInstance(cause)) throw cause;
  const said = String((cause as Error)?.message ?? cause).split("\n")[0];
  throw new AuthError(`telmai: the token provider failed: ${said}`, { vendor: "telmai", cause });
}

/**
 * `Authorization: Bearer …` from a static token or a provider. After a 401 the core calls
 * `refresh` once per request: a provider is asked for a new token (concurrent 401s share one
 * call); when it hands back the token just refused, or the token is static, there is nothing
 * new to try and the 401 stands as an AuthError.
 */
export function createTelmaiAuth(token: TelmaiToken | undefined, deployment: string): HttpAuth {
  const host = new URL(deployment).host;
  if (typeof token !== "function") {
    const value = usable(token);
    return {
      headers: () => ({ authorization: `Bearer ${value}` }),
      secrets: () => [value],
      fingerprint: () => `${host}:token-${credentialFingerprint(value)}`,
    };
  }

  const seen = new Set<string>();
  let current: Promise<string> | undefined;
  let refreshing: Promise<boolean> | undefined;
  const ask = (): Promise<string> => {
    const asked = Promise.resolve()
      .then(token)
      .then(usable, providerFailed)
      .then((value) => {
        seen.add(value);
        return value;
      });
    // A failed call is not kept: the next request asks again.
    asked.catch(() => {
      if (current === asked) current = undefined;
    });
    current = asked;
    return asked;
  };

  return {
    async headers() {
      return { authorization: `Bearer ${await (current ?? ask())}` };
    },
    refresh() {
      refreshing ??= (async () => {
        const refused = await current?.catch(() => undefined);
        return (await ask()) !== refused;
      })().finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
    // Every token seen, for redaction: a refused one may still appear in an error.
    secrets: () => [...seen],
    // Tokens from one provider are one identity: one budget per deployment.
    fingerprint: () => `${host}:token-provider`,
  };
}
