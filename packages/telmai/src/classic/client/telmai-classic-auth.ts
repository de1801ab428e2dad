import {
  AuthError,
  type Clock,
  ConfigError,
  credentialFingerprint,
  type HttpAuth,
  type HttpClient,
  ScanstatError,
  systemClock,
} from "@scanstat/core";
import { type TelmaiClassicToken, telmaiClassicTokenSchema } from "./telmai-classic-schemas.js";

/** A username and password for `POST /api/auth/auth/token` (library option; the CLI uses API keys). */
export interface TelmaiClassicLogin {
  username: string;
  password: string;
  /** The `clientId` parameter of the token endpoint, when your deployment needs one. */
  clientId?: string;
}

/**
 * How the classic API is reached: an API key (sent as `X-TLM-Key`, `TELMAI_API_KEY`), or a login
 * whose bearer tokens are fetched, refreshed with the `refresh_token` grant, and fetched again
 * after a 401.
 */
export type TelmaiClassicCredentials = { apiKey: string } | { login: TelmaiClassicLogin };

/** A secret as it may appear: verbatim, and percent- or form-encoded in a URL (the token call uses the query). */
function encodedForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])];
}

export function telmaiClassicApiKeyAuth(apiKey: string, deployment: string): HttpAuth {
  const key = apiKey.trim();
  if (!key) throw new ConfigError("telmai: TELMAI_API_KEY is empty", { vendor: "telmai" });
  const host = new URL(deployment).host;
  return {
    headers: () => ({ "x-tlm-key": key }),
    secrets: () => encodedForms(key),
    fingerprint: () => `${host}:classic-key-${credentialFingerprint(key)}`,
  };
}

/** The token call, made with an HTTP client that carries no credentials of its own. */
export type RequestTelmaiClassicToken = (parameters: Record<string, string | undefined>) => Promise<TelmaiClassicToken>;

export interface TelmaiClassicLoginAuthOptions {
  login: TelmaiClassicLogin;
  tenant: string;
  deployment: string;
  requestToken: RequestTelmaiClassicToken;
  clock?: Clock;
}

/** Refresh a minute before the token says it expires: a request never leaves with a dying token. */
const expiryMarginMs = 60_000;

function expiresInMs(token: TelmaiClassicToken): number | undefined {
  const seconds = Number(token.expires);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/**
 * Bearer tokens from a login. The docs disagree on the parameter spelling (`grantType` on the
 * newest page, `grant_type` on older ones) and the server's choice is unknown, so both are sent
 * (a Spring-style server ignores the one it does not bind: an inference). The first request logs
 * in with the password grant; an expired token is renewed with the `refresh_token` grant (then
 * the password again if that is refused); a 401 does the same once per request (the core's
 * `refresh`). Concurrent requests share one token call.
 */
export function telmaiClassicLoginAuth(options: TelmaiClassicLoginAuthOptions): HttpAuth & {
  /** The current access token, fetching one when there is none (for callers that need it as text). */
  accessToken(): Promise<string>;
} {
  const { login, tenant, requestToken } = options;
  const clock = options.clock ?? systemClock;
  if (!login.username?.trim() || !login.password) {
    throw new ConfigError("telmai: a classic login needs a username and a password", { vendor: "telmai" });
  }
  const host = new URL(options.deployment).host;
  const seen = new Set<string>(encodedForms(login.password));
  let current: { access: string; refresh?: string; renewAt?: number } | undefined;
  let pending: Promise<string> | undefined;

  const remember = (token: TelmaiClassicToken): string => {
    const access = token.access_token.trim();
    if (!access) {
      throw new AuthError("telmai requestToken: the answer carried an empty access_token", {
        vendor: "telmai",
        operation: "requestToken",
      });
    }
    for (const value of [access, token.refresh_token])
      if (value) for (const form of encodedForms(value)) seen.add(form);
    const lifetime = expiresInMs(token);
    current = {
      access,
      ...(token.refresh_token ? { refresh: token.refresh_token } : {}),
      ...(lifetime !== undefined ? { renewAt: clock.now() + Math.max(0, lifetime - expiryMarginMs) } : {}),
    };
    return access;
  };

  const passwordGrant = () =>
    requestToken({
      grantType: "password",
      grant_type: "password",
      username: login.username.trim(),
      password: login.password,
      clientId: login.clientId,
      tenant,
    });

  const refreshGrant = (refreshToken: string) =>
    requestToken({
      grantType: "refresh_token",
      grant_type: "refresh_token",
      refreshToken,
      refresh_token: refreshToken,
      clientId: login.clientId,
      tenant,
    });

  /** One token call at a time; a refused refresh token falls back to the password. */
  const renew = (): Promise<string> => {
    pending ??= (async () => {
      const refreshToken = current?.refresh;
      if (refreshToken) {
        try {
          return remember(await refreshGrant(refreshToken));
        } catch (error) {
          if (!AuthError.isInstance(error)) throw error;
        }
      }
      return remember(await passwordGrant());
    })()
      .catch((error: unknown) => {
        if (ScanstatError.isInstance(error)) throw error;
        throw new AuthError(`telmai requestToken: ${String((error as Error)?.message ?? error).split("\n")[0]}`, {
          vendor: "telmai",
          operation: "requestToken",
          cause: error,
        });
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  const accessToken = async (): Promise<string> => {
    if (pending) return pending;
    if (current && (current.renewAt === undefined || clock.now() < current.renewAt)) return current.access;
    return renew();
  };

  return {
    accessToken,
    async headers() {
      return { authorization: `Bearer ${await accessToken()}` };
    },
    async refresh() {
      const refused = current?.access;
      if (pending) return (await pending) !== refused;
      return (await renew()) !== refused;
    },
    secrets: () => [...seen],
    fingerprint: () => `${host}:classic-login-${credentialFingerprint(`${tenant}\u0000${login.username.trim()}`)}`,
  };
}

/** The token call over `http` (a client without auth): `POST /api/auth/auth/token`, parameters in the query as the docs' curl. */
export function telmaiClassicTokenRequester(http: HttpClient): RequestTelmaiClassicToken {
  return async (parameters) => {
    const response = await http.request({
      operation: "requestToken",
      rateLimitClass: "auth",
      method: "POST",
      path: "/api/auth/auth/token",
      query: parameters,
      // The docs' curl: `Content-type: application/x-www-form-urlencoded` and an empty body.
      form: {},
      // Asking for a token changes nothing at the vendor: safe to repeat.
      idempotent: true,
      schema: telmaiClassicTokenSchema,
    });
    return response.data;
  };
}
