var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
};

// ../packages/core/src/errors/scanstat-error.ts
function hasCode(error, code2) {
  return ScanstatError.isInstance(error) && error.code === code2;
}
var marker, errorNames, ScanstatError, init_scanstat_error = __esm({
  "../packages/core/src/errors/scanstat-error.ts"() {
    "use strict";
    marker = /* @__PURE__ */ Symbol.for("scanstat.error"), errorNames = {
      auth: "AuthError",
      permission: "PermissionError",
      not_found: "NotFoundError",
      rate_limited: "RateLimitedError",
      vendor: "VendorError",
      network: "NetworkError",
      timeout: "TimeoutError",
      bad_response: "VendorResponseError",
      invalid_request: "InvalidRequestError",
      unsupported: "UnsupportedOperationError",
      config: "ConfigError",
      invalid_ref: "InvalidScanRefError"
    }, ScanstatError = class extends Error {
      [marker] = !0;
      vendor;
      operation;
      status;
      requestId;
      mayHaveActed;
      hint;
      constructor(message, options2 = {}) {
        let oneLine = message.replace(/\s+/g, " ").trim();
        super(options2.hint ? `${oneLine} (${options2.hint})` : oneLine, { cause: options2.cause }), this.vendor = options2.vendor, this.operation = options2.operation, this.status = options2.status, this.requestId = options2.requestId, this.mayHaveActed = options2.mayHaveActed ?? !1, this.hint = options2.hint;
      }
      get name() {
        return errorNames[this.code];
      }
      static isInstance(error) {
        return typeof error == "object" && error !== null && error[marker] === !0;
      }
    };
  }
});

// ../packages/core/src/errors/errors.ts
var AuthError, PermissionError, NotFoundError, RateLimitedError, VendorError, InvalidRequestError, NetworkError, TimeoutError, VendorResponseError, UnsupportedOperationError, ConfigError, InvalidScanRefError, init_errors = __esm({
  "../packages/core/src/errors/errors.ts"() {
    "use strict";
    init_scanstat_error();
    AuthError = class extends ScanstatError {
      code = "auth";
      static isInstance(error) {
        return hasCode(error, "auth");
      }
    }, PermissionError = class extends ScanstatError {
      code = "permission";
      permission;
      constructor(message, options2 = {}) {
        super(message, options2), this.permission = options2.permission;
      }
      static isInstance(error) {
        return hasCode(error, "permission");
      }
    }, NotFoundError = class extends ScanstatError {
      code = "not_found";
      static isInstance(error) {
        return hasCode(error, "not_found");
      }
    }, RateLimitedError = class extends ScanstatError {
      code = "rate_limited";
      /** The vendor's `Retry-After`, in milliseconds, when it sent one. */
      retryAfterMs;
      constructor(message, options2 = {}) {
        super(message, options2), this.retryAfterMs = options2.retryAfterMs;
      }
      static isInstance(error) {
        return hasCode(error, "rate_limited");
      }
    }, VendorError = class extends ScanstatError {
      code = "vendor";
      static isInstance(error) {
        return hasCode(error, "vendor");
      }
    }, InvalidRequestError = class extends ScanstatError {
      code = "invalid_request";
      static isInstance(error) {
        return hasCode(error, "invalid_request");
      }
    }, NetworkError = class extends ScanstatError {
      code = "network";
      requestSent;
      constructor(message, options2) {
        super(message, options2), this.requestSent = options2.requestSent;
      }
      static isInstance(error) {
        return hasCode(error, "network");
      }
    }, TimeoutError = class extends ScanstatError {
      code = "timeout";
      static isInstance(error) {
        return hasCode(error, "timeout");
      }
    }, VendorResponseError = class extends ScanstatError {
      code = "bad_response";
      field;
      constructor(message, options2 = {}) {
        super(message, options2), this.field = options2.field;
      }
      static isInstance(error) {
        return hasCode(error, "bad_response");
      }
    }, UnsupportedOperationError = class extends ScanstatError {
      code = "unsupported";
      static isInstance(error) {
        return hasCode(error, "unsupported");
      }
    }, ConfigError = class extends ScanstatError {
      code = "config";
      static isInstance(error) {
        return hasCode(error, "config");
      }
    }, InvalidScanRefError = class extends ScanstatError {
      code = "invalid_ref";
      static isInstance(error) {
        return hasCode(error, "invalid_ref");
      }
    };
  }
});

// ../packages/core/src/adapter/adapter-operations.ts
function requireCapability(adapter, capability) {
  if (!adapter.capabilities[capability])
    throw new UnsupportedOperationError(`${adapter.vendor} cannot ${capabilityWords[capability]}`, {
      vendor: adapter.vendor
    });
}
function implemented(adapter, capability, method) {
  requireCapability(adapter, capability);
  let fn = adapter[method];
  if (typeof fn != "function")
    throw new UnsupportedOperationError(`${adapter.vendor} declares "${capability}" but does not implement ${method}`, {
      vendor: adapter.vendor
    });
  return fn.bind(adapter);
}
function triggerScan(adapter, input, options2) {
  return implemented(adapter, "trigger", "triggerScan")(input, options2);
}
function cancelScan(adapter, id, options2) {
  return implemented(adapter, "cancel", "cancelScan")(id, options2);
}
function listScans(adapter, query, options2) {
  return implemented(adapter, "list", "listScans")(query, options2);
}
function getLogs(adapter, id, options2) {
  return implemented(adapter, "logs", "getLogs")(id, options2);
}
async function getScans(adapter, ids, options2) {
  return adapter.capabilities.batchGet && typeof adapter.getScans == "function" ? adapter.getScans(ids, options2) : Promise.all(
    ids.map(async (id) => {
      try {
        return { id, ok: !0, scan: await adapter.getScan(id, options2) };
      } catch (error) {
        if (ScanstatError.isInstance(error)) return { id, ok: !1, error };
        throw error;
      }
    })
  );
}
var capabilityWords, init_adapter_operations = __esm({
  "../packages/core/src/adapter/adapter-operations.ts"() {
    "use strict";
    init_scanstat_error();
    init_errors();
    capabilityWords = {
      trigger: "trigger scans",
      cancel: "cancel scans",
      list: "list scans",
      logs: "stream scan logs",
      batchGet: "read many scans in one request"
    };
  }
});

// ../packages/core/src/clock/clamp-timer.ts
function clampTimerMs(ms) {
  return Number.isNaN(ms) ? 0 : Math.min(Math.max(0, ms), 2147483647);
}
var init_clamp_timer = __esm({
  "../packages/core/src/clock/clamp-timer.ts"() {
    "use strict";
  }
});

// ../packages/core/src/clock/clock.ts
var systemClock, init_clock = __esm({
  "../packages/core/src/clock/clock.ts"() {
    "use strict";
    init_clamp_timer();
    systemClock = {
      now: () => Date.now(),
      sleep: (ms, signal) => new Promise((resolve2, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        let until = Date.now() + Math.max(0, Number.isNaN(ms) ? 0 : ms), timer, wait = () => {
          let left = until - Date.now();
          if (left <= 0) {
            signal?.removeEventListener("abort", onAbort), resolve2();
            return;
          }
          timer = setTimeout(wait, clampTimerMs(left));
        }, onAbort = () => {
          clearTimeout(timer), reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: !0 }), timer = setTimeout(wait, clampTimerMs(until - Date.now()));
      })
    };
  }
});

// ../packages/core/src/http/backoff.ts
function backoffDelay(attempt, options2, random = Math.random) {
  let minMs = options2.minMs ?? 0, ceiling = Math.min(options2.maxMs, options2.baseMs * 2 ** Math.max(0, attempt - 1));
  return ceiling <= minMs ? ceiling : Math.round(minMs + random() * (ceiling - minMs));
}
var init_backoff = __esm({
  "../packages/core/src/http/backoff.ts"() {
    "use strict";
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/HTTPError.js
var HTTPError, init_HTTPError = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/HTTPError.js"() {
    HTTPError = class extends Error {
      response;
      request;
      options;
      constructor(response, request, options2) {
        let code2 = response.status || response.status === 0 ? response.status : "", title = response.statusText ?? "", status = `${code2} ${title}`.trim(), reason = status ? `status code ${status}` : "an unknown error";
        super(`Request failed with ${reason}: ${request.method} ${request.url}`), this.name = "HTTPError", this.response = response, this.request = request, this.options = options2;
      }
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/NonError.js
var NonError, init_NonError = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/NonError.js"() {
    NonError = class extends Error {
      name = "NonError";
      value;
      constructor(value) {
        let message = "Non-error value was thrown";
        try {
          typeof value == "string" ? message = value : value && typeof value == "object" && "message" in value && typeof value.message == "string" && (message = value.message);
        } catch {
        }
        super(message), this.value = value;
      }
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/ForceRetryError.js
var ForceRetryError, init_ForceRetryError = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/ForceRetryError.js"() {
    init_NonError();
    ForceRetryError = class extends Error {
      name = "ForceRetryError";
      customDelay;
      code;
      customRequest;
      constructor(options2) {
        let cause = options2?.cause ? options2.cause instanceof Error ? options2.cause : new NonError(options2.cause) : void 0;
        super(options2?.code ? `Forced retry: ${options2.code}` : "Forced retry", cause ? { cause } : void 0), this.customDelay = options2?.delay, this.code = options2?.code, this.customRequest = options2?.request;
      }
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/core/constants.js
var supportsRequestStreams, supportsAbortController, supportsAbortSignal, supportsResponseStreams, supportsFormData, requestMethods, validate, responseTypes, maxSafeTimeout, usualFormBoundarySize, stop, RetryMarker, retry, kyOptionKeys, vendorSpecificOptions, requestOptionsRegistry, init_constants = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/core/constants.js"() {
    supportsRequestStreams = (() => {
      let duplexAccessed = !1, hasContentType = !1, supportsReadableStream = typeof globalThis.ReadableStream == "function", supportsRequest = typeof globalThis.Request == "function";
      if (supportsReadableStream && supportsRequest)
        try {
          hasContentType = new globalThis.Request("https://empty.invalid", {
            body: new globalThis.ReadableStream(),
            method: "POST",
            // @ts-expect-error - Types are outdated.
            get duplex() {
              return duplexAccessed = !0, "half";
            }
          }).headers.has("Content-Type");
        } catch (error) {
          if (error instanceof Error && error.message === "unsupported BodyInit type")
            return !1;
          throw error;
        }
      return duplexAccessed && !hasContentType;
    })(), supportsAbortController = typeof globalThis.AbortController == "function", supportsAbortSignal = typeof globalThis.AbortSignal == "function" && typeof globalThis.AbortSignal.any == "function", supportsResponseStreams = typeof globalThis.ReadableStream == "function", supportsFormData = typeof globalThis.FormData == "function", requestMethods = ["get", "post", "put", "patch", "head", "delete"], validate = () => {
    };
    validate();
    responseTypes = {
      json: "application/json",
      text: "text/*",
      formData: "multipart/form-data",
      arrayBuffer: "*/*",
      blob: "*/*",
      // Supported in modern Fetch implementations (for example, browsers and recent Node.js/undici).
      // We still feature-check at runtime before exposing the shortcut.
      bytes: "*/*"
    }, maxSafeTimeout = 2147483647, usualFormBoundarySize = new TextEncoder().encode("------WebKitFormBoundaryaxpyiPgbbPti10Rw").length, stop = /* @__PURE__ */ Symbol("stop"), RetryMarker = class {
      options;
      constructor(options2) {
        this.options = options2;
      }
    }, retry = (options2) => new RetryMarker(options2), kyOptionKeys = {
      json: !0,
      parseJson: !0,
      stringifyJson: !0,
      searchParams: !0,
      prefixUrl: !0,
      retry: !0,
      timeout: !0,
      hooks: !0,
      throwHttpErrors: !0,
      onDownloadProgress: !0,
      onUploadProgress: !0,
      fetch: !0,
      context: !0
    }, vendorSpecificOptions = {
      next: !0
      // Next.js cache revalidation (revalidate, tags)
    }, requestOptionsRegistry = {
      method: !0,
      headers: !0,
      body: !0,
      mode: !0,
      credentials: !0,
      cache: !0,
      redirect: !0,
      referrer: !0,
      referrerPolicy: !0,
      integrity: !0,
      keepalive: !0,
      signal: !0,
      window: !0,
      duplex: !0
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/body.js
var getBodySize, withProgress, streamResponse, streamRequest, init_body = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/body.js"() {
    init_constants();
    getBodySize = (body) => {
      if (!body)
        return 0;
      if (body instanceof FormData) {
        let size = 0;
        for (let [key, value] of body)
          size += usualFormBoundarySize, size += new TextEncoder().encode(`Content-Disposition: form-data; name="${key}"`).length, size += typeof value == "string" ? new TextEncoder().encode(value).length : value.size;
        return size;
      }
      if (body instanceof Blob)
        return body.size;
      if (body instanceof ArrayBuffer)
        return body.byteLength;
      if (typeof body == "string")
        return new TextEncoder().encode(body).length;
      if (body instanceof URLSearchParams)
        return new TextEncoder().encode(body.toString()).length;
      if ("byteLength" in body)
        return body.byteLength;
      if (typeof body == "object" && body !== null)
        try {
          let jsonString = JSON.stringify(body);
          return new TextEncoder().encode(jsonString).length;
        } catch {
          return 0;
        }
      return 0;
    }, withProgress = (stream, totalBytes, onProgress) => {
      let previousChunk, transferredBytes = 0;
      return stream.pipeThrough(new TransformStream({
        transform(currentChunk, controller) {
          if (controller.enqueue(currentChunk), previousChunk) {
            transferredBytes += previousChunk.byteLength;
            let percent = totalBytes === 0 ? 0 : transferredBytes / totalBytes;
            percent >= 1 && (percent = 1 - Number.EPSILON), onProgress?.({ percent, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, previousChunk);
          }
          previousChunk = currentChunk;
        },
        flush() {
          previousChunk && (transferredBytes += previousChunk.byteLength, onProgress?.({ percent: 1, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, previousChunk));
        }
      }));
    }, streamResponse = (response, onDownloadProgress) => {
      if (!response.body)
        return response;
      if (response.status === 204)
        return new Response(null, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers
        });
      let totalBytes = Math.max(0, Number(response.headers.get("content-length")) || 0);
      return new Response(withProgress(response.body, totalBytes, onDownloadProgress), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    }, streamRequest = (request, onUploadProgress, originalBody) => {
      if (!request.body)
        return request;
      let totalBytes = getBodySize(originalBody ?? request.body);
      return new Request(request, {
        // @ts-expect-error - Types are outdated.
        duplex: "half",
        body: withProgress(request.body, totalBytes, onUploadProgress)
      });
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/is.js
var isObject, init_is = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/is.js"() {
    isObject = (value) => value !== null && typeof value == "object";
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/merge.js
function newHookValue(original, incoming, property) {
  return Object.hasOwn(incoming, property) && incoming[property] === void 0 ? [] : deepMerge(original[property] ?? [], incoming[property] ?? []);
}
var validateAndMerge, mergeHeaders, mergeHooks, appendSearchParameters, deepMerge, init_merge = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/merge.js"() {
    init_constants();
    init_is();
    validateAndMerge = (...sources) => {
      for (let source of sources)
        if ((!isObject(source) || Array.isArray(source)) && source !== void 0)
          throw new TypeError("The `options` argument must be an object");
      return deepMerge({}, ...sources);
    }, mergeHeaders = (source1 = {}, source2 = {}) => {
      let result = new globalThis.Headers(source1), isHeadersInstance = source2 instanceof globalThis.Headers, source = new globalThis.Headers(source2);
      for (let [key, value] of source.entries())
        isHeadersInstance && value === "undefined" || value === void 0 ? result.delete(key) : result.set(key, value);
      return result;
    };
    mergeHooks = (original = {}, incoming = {}) => ({
      beforeRequest: newHookValue(original, incoming, "beforeRequest"),
      beforeRetry: newHookValue(original, incoming, "beforeRetry"),
      afterResponse: newHookValue(original, incoming, "afterResponse"),
      beforeError: newHookValue(original, incoming, "beforeError")
    }), appendSearchParameters = (target, source) => {
      let result = new URLSearchParams();
      for (let input of [target, source])
        if (input !== void 0)
          if (input instanceof URLSearchParams)
            for (let [key, value] of input.entries())
              result.append(key, value);
          else if (Array.isArray(input))
            for (let pair of input) {
              if (!Array.isArray(pair) || pair.length !== 2)
                throw new TypeError("Array search parameters must be provided in [[key, value], ...] format");
              result.append(String(pair[0]), String(pair[1]));
            }
          else if (isObject(input))
            for (let [key, value] of Object.entries(input))
              value !== void 0 && result.append(key, String(value));
          else {
            let parameters = new URLSearchParams(input);
            for (let [key, value] of parameters.entries())
              result.append(key, value);
          }
      return result;
    }, deepMerge = (...sources) => {
      let returnValue = {}, headers3 = {}, hooks = {}, searchParameters, signals = [];
      for (let source of sources)
        if (Array.isArray(source))
          Array.isArray(returnValue) || (returnValue = []), returnValue = [...returnValue, ...source];
        else if (isObject(source)) {
          for (let [key, value] of Object.entries(source)) {
            if (key === "signal" && value instanceof globalThis.AbortSignal) {
              signals.push(value);
              continue;
            }
            if (key === "context") {
              if (value != null && (!isObject(value) || Array.isArray(value)))
                throw new TypeError("The `context` option must be an object");
              returnValue = {
                ...returnValue,
                context: value == null ? {} : { ...returnValue.context, ...value }
              };
              continue;
            }
            if (key === "searchParams") {
              value == null ? searchParameters = void 0 : searchParameters = searchParameters === void 0 ? value : appendSearchParameters(searchParameters, value);
              continue;
            }
            isObject(value) && key in returnValue && (value = deepMerge(returnValue[key], value)), returnValue = { ...returnValue, [key]: value };
          }
          isObject(source.hooks) && (hooks = mergeHooks(hooks, source.hooks), returnValue.hooks = hooks), isObject(source.headers) && (headers3 = mergeHeaders(headers3, source.headers), returnValue.headers = headers3);
        }
      return searchParameters !== void 0 && (returnValue.searchParams = searchParameters), signals.length > 0 && (signals.length === 1 ? returnValue.signal = signals[0] : supportsAbortSignal ? returnValue.signal = AbortSignal.any(signals) : returnValue.signal = signals.at(-1)), returnValue;
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/normalize.js
var normalizeRequestMethod, retryMethods, retryStatusCodes, retryAfterStatusCodes, defaultRetryOptions, normalizeRetryOptions, init_normalize = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/normalize.js"() {
    init_constants();
    normalizeRequestMethod = (input) => requestMethods.includes(input) ? input.toUpperCase() : input, retryMethods = ["get", "put", "head", "delete", "options", "trace"], retryStatusCodes = [408, 413, 429, 500, 502, 503, 504], retryAfterStatusCodes = [413, 429, 503], defaultRetryOptions = {
      limit: 2,
      methods: retryMethods,
      statusCodes: retryStatusCodes,
      afterStatusCodes: retryAfterStatusCodes,
      maxRetryAfter: Number.POSITIVE_INFINITY,
      backoffLimit: Number.POSITIVE_INFINITY,
      delay: (attemptCount) => 0.3 * 2 ** (attemptCount - 1) * 1e3,
      jitter: void 0,
      retryOnTimeout: !1
    }, normalizeRetryOptions = (retry2 = {}) => {
      if (typeof retry2 == "number")
        return {
          ...defaultRetryOptions,
          limit: retry2
        };
      if (retry2.methods && !Array.isArray(retry2.methods))
        throw new Error("retry.methods must be an array");
      if (retry2.methods &&= retry2.methods.map((method) => method.toLowerCase()), retry2.statusCodes && !Array.isArray(retry2.statusCodes))
        throw new Error("retry.statusCodes must be an array");
      let normalizedRetry = Object.fromEntries(Object.entries(retry2).filter(([, value]) => value !== void 0));
      return {
        ...defaultRetryOptions,
        ...normalizedRetry
      };
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/TimeoutError.js
var TimeoutError2, init_TimeoutError = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/errors/TimeoutError.js"() {
    TimeoutError2 = class extends Error {
      request;
      constructor(request) {
        super(`Request timed out: ${request.method} ${request.url}`), this.name = "TimeoutError", this.request = request;
      }
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/timeout.js
async function timeout(request, init, abortController, options2) {
  return new Promise((resolve2, reject) => {
    let timeoutId = setTimeout(() => {
      abortController && abortController.abort(), reject(new TimeoutError2(request));
    }, options2.timeout);
    options2.fetch(request, init).then(resolve2).catch(reject).then(() => {
      clearTimeout(timeoutId);
    });
  });
}
var init_timeout = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/timeout.js"() {
    init_TimeoutError();
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/delay.js
async function delay(ms, { signal }) {
  return new Promise((resolve2, reject) => {
    signal && (signal.throwIfAborted(), signal.addEventListener("abort", abortHandler, { once: !0 }));
    function abortHandler() {
      clearTimeout(timeoutId), reject(signal.reason);
    }
    let timeoutId = setTimeout(() => {
      signal?.removeEventListener("abort", abortHandler), resolve2();
    }, ms);
  });
}
var init_delay = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/delay.js"() {
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/options.js
var findUnknownOptions, hasSearchParameters, init_options = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/options.js"() {
    init_constants();
    findUnknownOptions = (request, options2) => {
      let unknownOptions = {};
      for (let key in options2)
        Object.hasOwn(options2, key) && !(key in requestOptionsRegistry) && !(key in kyOptionKeys) && (!(key in request) || key in vendorSpecificOptions) && (unknownOptions[key] = options2[key]);
      return unknownOptions;
    }, hasSearchParameters = (search) => search === void 0 ? !1 : Array.isArray(search) ? search.length > 0 : search instanceof URLSearchParams ? search.size > 0 : typeof search == "object" ? Object.keys(search).length > 0 : typeof search == "string" ? search.trim().length > 0 : !!search;
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/type-guards.js
function isHTTPError(error) {
  return error instanceof HTTPError || error?.name === HTTPError.name;
}
function isTimeoutError(error) {
  return error instanceof TimeoutError2 || error?.name === TimeoutError2.name;
}
function isForceRetryError(error) {
  return error instanceof ForceRetryError || error?.name === ForceRetryError.name;
}
var init_type_guards = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/utils/type-guards.js"() {
    init_HTTPError();
    init_TimeoutError();
    init_ForceRetryError();
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/core/Ky.js
var Ky, init_Ky = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/core/Ky.js"() {
    init_HTTPError();
    init_NonError();
    init_ForceRetryError();
    init_body();
    init_merge();
    init_normalize();
    init_timeout();
    init_delay();
    init_options();
    init_type_guards();
    init_constants();
    Ky = class _Ky {
      static create(input, options2) {
        let ky2 = new _Ky(input, options2), function_ = async () => {
          if (typeof ky2.#options.timeout == "number" && ky2.#options.timeout > maxSafeTimeout)
            throw new RangeError(`The \`timeout\` option cannot be greater than ${maxSafeTimeout}`);
          await Promise.resolve();
          let response = await ky2.#fetch();
          for (let hook of ky2.#options.hooks.afterResponse) {
            let clonedResponse = ky2.#decorateResponse(response.clone()), modifiedResponse;
            try {
              modifiedResponse = await hook(ky2.request, ky2.#getNormalizedOptions(), clonedResponse, { retryCount: ky2.#retryCount });
            } catch (error) {
              throw ky2.#cancelResponseBody(clonedResponse), ky2.#cancelResponseBody(response), error;
            }
            if (modifiedResponse instanceof RetryMarker)
              throw ky2.#cancelResponseBody(clonedResponse), ky2.#cancelResponseBody(response), new ForceRetryError(modifiedResponse.options);
            let nextResponse = modifiedResponse instanceof globalThis.Response ? modifiedResponse : response;
            clonedResponse !== nextResponse && ky2.#cancelResponseBody(clonedResponse), response !== nextResponse && ky2.#cancelResponseBody(response), response = nextResponse;
          }
          if (ky2.#decorateResponse(response), !response.ok && (typeof ky2.#options.throwHttpErrors == "function" ? ky2.#options.throwHttpErrors(response.status) : ky2.#options.throwHttpErrors)) {
            let error = new HTTPError(response, ky2.request, ky2.#getNormalizedOptions());
            for (let hook of ky2.#options.hooks.beforeError)
              error = await hook(error, { retryCount: ky2.#retryCount });
            throw error;
          }
          if (ky2.#options.onDownloadProgress) {
            if (typeof ky2.#options.onDownloadProgress != "function")
              throw new TypeError("The `onDownloadProgress` option must be a function");
            if (!supportsResponseStreams)
              throw new Error("Streams are not supported in your environment. `ReadableStream` is missing.");
            let progressResponse = response.clone();
            return ky2.#cancelResponseBody(response), streamResponse(progressResponse, ky2.#options.onDownloadProgress);
          }
          return response;
        }, result = ky2.#retry(function_).finally(() => {
          let originalRequest = ky2.#originalRequest;
          ky2.#cancelBody(originalRequest?.body ?? void 0), ky2.#cancelBody(ky2.request.body ?? void 0);
        });
        for (let [type, mimeType] of Object.entries(responseTypes))
          type === "bytes" && typeof globalThis.Response?.prototype?.bytes != "function" || (result[type] = async () => {
            ky2.request.headers.set("accept", ky2.request.headers.get("accept") || mimeType);
            let response = await result;
            if (type === "json") {
              if (response.status === 204)
                return "";
              let text6 = await response.text();
              return text6 === "" ? "" : options2.parseJson ? options2.parseJson(text6) : JSON.parse(text6);
            }
            return response[type]();
          });
        return result;
      }
      // eslint-disable-next-line unicorn/prevent-abbreviations
      static #normalizeSearchParams(searchParams) {
        return searchParams && typeof searchParams == "object" && !Array.isArray(searchParams) && !(searchParams instanceof URLSearchParams) ? Object.fromEntries(Object.entries(searchParams).filter(([, value]) => value !== void 0)) : searchParams;
      }
      request;
      #abortController;
      #retryCount = 0;
      // eslint-disable-next-line @typescript-eslint/prefer-readonly -- False positive: #input is reassigned on line 202
      #input;
      #options;
      #originalRequest;
      #userProvidedAbortSignal;
      #cachedNormalizedOptions;
      // eslint-disable-next-line complexity
      constructor(input, options2 = {}) {
        if (this.#input = input, this.#options = {
          ...options2,
          headers: mergeHeaders(this.#input.headers, options2.headers),
          hooks: mergeHooks({
            beforeRequest: [],
            beforeRetry: [],
            beforeError: [],
            afterResponse: []
          }, options2.hooks),
          method: normalizeRequestMethod(options2.method ?? this.#input.method ?? "GET"),
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          prefixUrl: String(options2.prefixUrl || ""),
          retry: normalizeRetryOptions(options2.retry),
          throwHttpErrors: options2.throwHttpErrors ?? !0,
          timeout: options2.timeout ?? 1e4,
          fetch: options2.fetch ?? globalThis.fetch.bind(globalThis),
          context: options2.context ?? {}
        }, typeof this.#input != "string" && !(this.#input instanceof URL || this.#input instanceof globalThis.Request))
          throw new TypeError("`input` must be a string, URL, or Request");
        if (this.#options.prefixUrl && typeof this.#input == "string") {
          if (this.#input.startsWith("/"))
            throw new Error("`input` must not begin with a slash when using `prefixUrl`");
          this.#options.prefixUrl.endsWith("/") || (this.#options.prefixUrl += "/"), this.#input = this.#options.prefixUrl + this.#input;
        }
        supportsAbortController && supportsAbortSignal && (this.#userProvidedAbortSignal = this.#options.signal ?? this.#input.signal, this.#abortController = new globalThis.AbortController(), this.#options.signal = this.#userProvidedAbortSignal ? AbortSignal.any([this.#userProvidedAbortSignal, this.#abortController.signal]) : this.#abortController.signal), supportsRequestStreams && (this.#options.duplex = "half"), this.#options.json !== void 0 && (this.#options.body = this.#options.stringifyJson?.(this.#options.json) ?? JSON.stringify(this.#options.json), this.#options.headers.set("content-type", this.#options.headers.get("content-type") ?? "application/json"));
        let userProvidedContentType = options2.headers && new globalThis.Headers(options2.headers).has("content-type");
        if (this.#input instanceof globalThis.Request && (supportsFormData && this.#options.body instanceof globalThis.FormData || this.#options.body instanceof URLSearchParams) && !userProvidedContentType && this.#options.headers.delete("content-type"), this.request = new globalThis.Request(this.#input, this.#options), hasSearchParameters(this.#options.searchParams)) {
          let searchParams = "?" + (typeof this.#options.searchParams == "string" ? this.#options.searchParams.replace(/^\?/, "") : new URLSearchParams(_Ky.#normalizeSearchParams(this.#options.searchParams)).toString()), url = this.request.url.replace(/(?:\?.*?)?(?=#|$)/, searchParams);
          this.request = new globalThis.Request(url, this.#options);
        }
        if (this.#options.onUploadProgress) {
          if (typeof this.#options.onUploadProgress != "function")
            throw new TypeError("The `onUploadProgress` option must be a function");
          if (!supportsRequestStreams)
            throw new Error("Request streams are not supported in your environment. The `duplex` option for `Request` is not available.");
          this.request = this.#wrapRequestWithUploadProgress(this.request, this.#options.body ?? void 0);
        }
      }
      #calculateDelay() {
        let retryDelay2 = this.#options.retry.delay(this.#retryCount), jitteredDelay = retryDelay2;
        this.#options.retry.jitter === !0 ? jitteredDelay = Math.random() * retryDelay2 : typeof this.#options.retry.jitter == "function" && (jitteredDelay = this.#options.retry.jitter(retryDelay2), (!Number.isFinite(jitteredDelay) || jitteredDelay < 0) && (jitteredDelay = retryDelay2));
        let backoffLimit = this.#options.retry.backoffLimit ?? Number.POSITIVE_INFINITY;
        return Math.min(backoffLimit, jitteredDelay);
      }
      async #calculateRetryDelay(error) {
        if (this.#retryCount++, this.#retryCount > this.#options.retry.limit)
          throw error;
        let errorObject = error instanceof Error ? error : new NonError(error);
        if (errorObject instanceof ForceRetryError)
          return errorObject.customDelay ?? this.#calculateDelay();
        if (!this.#options.retry.methods.includes(this.request.method.toLowerCase()))
          throw error;
        if (this.#options.retry.shouldRetry !== void 0) {
          let result = await this.#options.retry.shouldRetry({ error: errorObject, retryCount: this.#retryCount });
          if (result === !1)
            throw error;
          if (result === !0)
            return this.#calculateDelay();
        }
        if (isTimeoutError(error) && !this.#options.retry.retryOnTimeout)
          throw error;
        if (isHTTPError(error)) {
          if (!this.#options.retry.statusCodes.includes(error.response.status))
            throw error;
          let retryAfter = error.response.headers.get("Retry-After") ?? error.response.headers.get("RateLimit-Reset") ?? error.response.headers.get("X-RateLimit-Retry-After") ?? error.response.headers.get("X-RateLimit-Reset") ?? error.response.headers.get("X-Rate-Limit-Reset");
          if (retryAfter && this.#options.retry.afterStatusCodes.includes(error.response.status)) {
            let after = Number(retryAfter) * 1e3;
            Number.isNaN(after) ? after = Date.parse(retryAfter) - Date.now() : after >= Date.parse("2024-01-01") && (after -= Date.now());
            let max = this.#options.retry.maxRetryAfter ?? after;
            return after < max ? after : max;
          }
          if (error.response.status === 413)
            throw error;
        }
        return this.#calculateDelay();
      }
      #decorateResponse(response) {
        return this.#options.parseJson && (response.json = async () => this.#options.parseJson(await response.text())), response;
      }
      #cancelBody(body) {
        body && body.cancel().catch(() => {
        });
      }
      #cancelResponseBody(response) {
        this.#cancelBody(response.body ?? void 0);
      }
      async #retry(function_) {
        try {
          return await function_();
        } catch (error) {
          let ms = Math.min(await this.#calculateRetryDelay(error), maxSafeTimeout);
          if (this.#retryCount < 1)
            throw error;
          if (await delay(ms, this.#userProvidedAbortSignal ? { signal: this.#userProvidedAbortSignal } : {}), error instanceof ForceRetryError && error.customRequest) {
            let managedRequest = this.#options.signal ? new globalThis.Request(error.customRequest, { signal: this.#options.signal }) : new globalThis.Request(error.customRequest);
            this.#assignRequest(managedRequest);
          }
          for (let hook of this.#options.hooks.beforeRetry) {
            let hookResult = await hook({
              request: this.request,
              options: this.#getNormalizedOptions(),
              error,
              retryCount: this.#retryCount
            });
            if (hookResult instanceof globalThis.Request) {
              this.#assignRequest(hookResult);
              break;
            }
            if (hookResult instanceof globalThis.Response)
              return hookResult;
            if (hookResult === stop)
              return;
          }
          return this.#retry(function_);
        }
      }
      async #fetch() {
        this.#abortController?.signal.aborted && (this.#abortController = new globalThis.AbortController(), this.#options.signal = this.#userProvidedAbortSignal ? AbortSignal.any([this.#userProvidedAbortSignal, this.#abortController.signal]) : this.#abortController.signal, this.request = new globalThis.Request(this.request, { signal: this.#options.signal }));
        for (let hook of this.#options.hooks.beforeRequest) {
          let result = await hook(this.request, this.#getNormalizedOptions(), { retryCount: this.#retryCount });
          if (result instanceof Response)
            return result;
          if (result instanceof globalThis.Request) {
            this.#assignRequest(result);
            break;
          }
        }
        let nonRequestOptions = findUnknownOptions(this.request, this.#options);
        return this.#originalRequest = this.request, this.request = this.#originalRequest.clone(), this.#options.timeout === !1 ? this.#options.fetch(this.#originalRequest, nonRequestOptions) : timeout(this.#originalRequest, nonRequestOptions, this.#abortController, this.#options);
      }
      #getNormalizedOptions() {
        if (!this.#cachedNormalizedOptions) {
          let { hooks, ...normalizedOptions } = this.#options;
          this.#cachedNormalizedOptions = Object.freeze(normalizedOptions);
        }
        return this.#cachedNormalizedOptions;
      }
      #assignRequest(request) {
        this.#cachedNormalizedOptions = void 0, this.request = this.#wrapRequestWithUploadProgress(request);
      }
      #wrapRequestWithUploadProgress(request, originalBody) {
        return !this.#options.onUploadProgress || !request.body ? request : streamRequest(request, this.#options.onUploadProgress, originalBody ?? this.#options.body ?? void 0);
      }
    };
  }
});

// ../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/index.js
var createInstance, ky, distribution_default, init_distribution = __esm({
  "../node_modules/.pnpm/ky@1.14.3/node_modules/ky/distribution/index.js"() {
    init_Ky();
    init_constants();
    init_merge();
    init_type_guards();
    createInstance = (defaults) => {
      let ky2 = (input, options2) => Ky.create(input, validateAndMerge(defaults, options2));
      for (let method of requestMethods)
        ky2[method] = (input, options2) => Ky.create(input, validateAndMerge(defaults, options2, { method }));
      return ky2.create = (newDefaults) => createInstance(validateAndMerge(newDefaults)), ky2.extend = (newDefaults) => (typeof newDefaults == "function" && (newDefaults = newDefaults(defaults ?? {})), createInstance(validateAndMerge(defaults, newDefaults))), ky2.stop = stop, ky2.retry = retry, ky2;
    }, ky = createInstance(), distribution_default = ky;
  }
});

// ../packages/core/src/rate-limit/sliding-window-limiter.ts
function createSlidingWindowLimiter(clock = systemClock) {
  let windows = /* @__PURE__ */ new Map();
  function nextSendAt(slots, limit, now) {
    let burst = Math.ceil(limit.requests / paceParts), at = now;
    if (slots.length >= limit.requests) {
      let counted = slots.map((slot) => slot.answeredAt ?? now).sort((a, b) => a - b);
      at = counted[counted.length - limit.requests] + limit.windowMs;
    }
    return slots.length >= burst && (at = Math.max(at, Math.ceil(slots[slots.length - burst].grantedAt + limit.windowMs / paceParts))), at;
  }
  function forget(window, limit, now) {
    let { slots } = window, stale = 0;
    for (; stale < slots.length; ) {
      let slot = slots[stale];
      if (!(slot.answeredAt !== void 0 && slot.answeredAt <= now - limit.windowMs) || slot.grantedAt > now - limit.windowMs / paceParts) break;
      stale++;
    }
    stale > 0 && slots.splice(0, stale);
  }
  async function pump(window, limit) {
    window.pumping = !0;
    try {
      for (; window.queue.length > 0; ) {
        let now = clock.now();
        forget(window, limit, now);
        let sendAt = nextSendAt(window.slots, limit, now);
        if (sendAt <= now) {
          let waiter = window.queue.shift();
          waiter.signal?.removeEventListener("abort", waiter.onAbort);
          let slot = { grantedAt: now, answeredAt: void 0 };
          window.slots.push(slot), waiter.resolve({
            answered: () => {
              slot.answeredAt ??= clock.now();
            }
          });
          continue;
        }
        await clock.sleep(sendAt - now);
      }
    } finally {
      window.pumping = !1;
    }
  }
  return {
    acquire(key, limit, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      let window = windows.get(key);
      window || (window = { slots: [], queue: [], pumping: !1 }, windows.set(key, window));
      let current = window;
      return new Promise((resolve2, reject) => {
        let waiter = {
          resolve: resolve2,
          reject,
          signal,
          onAbort: () => {
            let index = current.queue.indexOf(waiter);
            index >= 0 && current.queue.splice(index, 1), reject(signal?.reason);
          }
        };
        signal?.addEventListener("abort", waiter.onAbort, { once: !0 }), current.queue.push(waiter), current.pumping || pump(current, limit);
      });
    }
  };
}
var paceParts, sharedRateLimiter, init_sliding_window_limiter = __esm({
  "../packages/core/src/rate-limit/sliding-window-limiter.ts"() {
    "use strict";
    init_clock();
    paceParts = 10;
    sharedRateLimiter = createSlidingWindowLimiter(systemClock);
  }
});

// ../packages/core/src/http/network-failure.ts
function errorCode(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current == "object"; depth++) {
    let code2 = current.code;
    if (typeof code2 == "string") return code2;
    current = current.cause;
  }
}
function provablyNotSent(code2) {
  return code2 !== void 0 && notSentCodes.has(code2);
}
function describeNetworkFailure(code2, cause, host, redact = (text6) => text6) {
  return code2 && Object.hasOwn(networkWords, code2) ? `${networkWords[code2]} by ${host} [${code2}]` : firstLine(redact(code2 ?? cause?.message ?? "connection failed"));
}
function firstLine(text6, max = 200) {
  let line = text6.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}\u2026` : line;
}
function redactedCause(error, redact, depth = 0) {
  if (error == null || depth > 4) return;
  let source = error, copy = new Error(redact(String(source.message ?? error)));
  copy.name = typeof source.name == "string" ? source.name : "Error", copy.stack = `${copy.name}: ${copy.message}`, typeof source.code == "string" && Object.assign(copy, { code: source.code });
  let inner = redactedCause(source.cause, redact, depth + 1);
  return inner && Object.defineProperty(copy, "cause", { value: inner, writable: !0, configurable: !0 }), copy;
}
var networkWords, notSentCodes, init_network_failure = __esm({
  "../packages/core/src/http/network-failure.ts"() {
    "use strict";
    networkWords = {
      ECONNREFUSED: "connection refused",
      ECONNRESET: "connection reset",
      ENOTFOUND: "host not found",
      EAI_AGAIN: "DNS lookup failed",
      ETIMEDOUT: "connection timed out",
      UND_ERR_CONNECT_TIMEOUT: "connection timed out",
      UND_ERR_SOCKET: "connection closed",
      EPIPE: "connection closed"
    }, notSentCodes = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "ERR_INVALID_URL"]);
  }
});

// ../packages/core/src/http/retry-after.ts
function parseRetryAfter(value, now) {
  if (value == null) return;
  let trimmed = value.trim();
  if (trimmed === "") return;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e3);
  let date2 = Date.parse(trimmed);
  if (!Number.isNaN(date2))
    return Math.max(0, date2 - now);
}
var init_retry_after = __esm({
  "../packages/core/src/http/retry-after.ts"() {
    "use strict";
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
function cached(getter) {
  return new Cached(getter);
}
function cleanRegex(source) {
  let start = source.startsWith("^") ? 1 : 0, end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
function mergeDefs(...defs) {
  let mergedDescriptors = {};
  for (let def of defs) {
    let descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function isObject2(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
function clone(inst, def, params) {
  let cl = new inst._zod.constr(def ?? inst._zod.def);
  return (!def || params?.parent) && (cl._zod.parent = inst), cl;
}
function normalizeParams(_params) {
  let params = _params;
  if (!params)
    return {};
  if (typeof params == "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue !== !0)
      return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue === !1)
      return !0;
  return !1;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    return (_a3 = iss).path ?? (_a3.path = []), iss.path.unshift(path), iss;
  });
}
function unwrapMessage(message) {
  return typeof message == "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  let caps = [];
  for (let ch of defChecks ?? []) {
    let d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    let max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++)
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  let traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") && (traits.has("$ZodCheck") ? (_a3 = iss).schema ?? (_a3.schema = iss.inst) : iss.schema = iss.inst);
  let schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0, message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input", full = {};
  for (let k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return full.path ?? (full.path = []), full.message = message, ctx?.reportInput && (full.input = iss.input), full;
}
function issue(...args) {
  let [iss, input, inst] = args;
  return typeof iss == "string" ? {
    message: iss,
    code: "custom",
    input,
    inst
  } : { ...iss };
}
function members(proto, table) {
  for (let key in table) {
    let desc = Object.getOwnPropertyDescriptor(table, key);
    desc.get ? Object.defineProperty(proto, key, { ...desc, enumerable: !1 }) : defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value;
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  let proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  let proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod, Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      Object.defineProperty(this, key, breaker);
      let outer = broke;
      broke = !1;
      try {
        let value = compute(this);
        return broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }), broke = broke || outer, value;
      } catch (err) {
        throw delete this[key], broke = broke || outer, err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  let proto = claim(inst, key);
  proto && Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      let desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
      return Object.defineProperty(this, key, desc), desc.value = make(this), Object.defineProperty(this, key, desc), desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, installing, broke, breaker, init_util = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter, this._value = void 0;
      }
      get value() {
        let getter = this._getter;
        return getter !== void 0 && (this._value = getter(), this._getter = void 0), this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    broke = !1, breaker = {
      configurable: !0,
      get() {
        broke = !0;
      }
    };
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
function newError(Definition) {
  let E = _E;
  if (E) {
    let saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return _E = null, new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  let zodProto = {};
  function Internals(def) {
    this.def = def, this.constr = _, this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  let protoMembers = proto, initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name))
        return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if (inst._zod.traits.add(name), initializer2(inst, def), initialized) {
      let own2 = Object.getPrototypeOf(inst), ctorProto = inst._zod.constr.prototype, up = own2;
      for (; up && up !== ctorProto; )
        up = Object.getPrototypeOf(up);
      let target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    let proto2 = _.prototype;
    for (let k in proto2)
      Object.prototype.hasOwnProperty.call(proto2, k) && (k in inst || (inst[k] = proto2[k].bind(inst)));
  }
  let Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    let inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    let deferred = inst._zod.deferred;
    if (deferred) {
      for (let fn of deferred)
        fn();
      inst._zod.deferred = void 0;
    }
    let pp = globalThis.__zod_globalConfig?.postProcessor;
    return pp && pp(inst), inst;
  }
  return Object.defineProperty(_, "init", { value: init }), Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name)
  }), Object.defineProperty(_, "name", { value: name }), _;
}
function config(newConfig) {
  return newConfig && Object.assign(globalConfig, newConfig), globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig, init_core = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: !1 }, _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
function _getMessage() {
  let internals = this._zod;
  return internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError, init_errors2 = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: !0,
      configurable: !0
    }, _issuesDesc = { value: void 0, enumerable: !1 }, _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), initializer = (inst, def) => {
      inst.name = "$ZodError", _issuesDesc.value = def, Object.defineProperty(inst, "issues", _issuesDesc), _issuesDesc.value = void 0, Object.defineProperty(inst, "message", _messageDesc);
      let proto = Object.getPrototypeOf(inst);
      _installedToString.has(proto) || (_installedToString.add(proto), Object.defineProperty(proto, "toString", {
        configurable: !0,
        enumerable: !1,
        get() {
          let value = () => this.message;
          return Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
        }
      }));
    }, $ZodError = $constructor("$ZodError", initializer), $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error;
  return {
    success: !1,
    get error() {
      return error || (error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config()))), issues = void 0, ctx = void 0), error;
    },
    set error(e) {
      error = e, issues = void 0, ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync, init_parse = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors2();
    init_util();
    _parse = (_Err) => {
      let fn = (schema, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          throw new $ZodAsyncError();
        if (result.issues.length) {
          let e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, _params?.callee ?? fn), e;
        }
        return result.value;
      };
      return fn;
    }, parse = /* @__PURE__ */ _parse($ZodRealError), _parseAsync = (_Err) => {
      let fn = async (schema, value, _ctx, params) => {
        let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise && (result = await result), result.issues.length) {
          let e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, params?.callee ?? fn), e;
        }
        return result.value;
      };
      return fn;
    }, parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError), _safeParse = (_Err) => (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        throw new $ZodAsyncError();
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
    }, safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
      return result instanceof Promise && (result = await result), result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
    }, safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js
var anyString, number, boolean, init_regexes = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/, number = /^-?\d+(?:\.\d+)?$/, boolean = /^(?:true|false)$/i;
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
var $ZodCheck, init_checks = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js"() {
    init_core();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {}), inst._zod.def = def, (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
var version, init_versions = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  let ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      let ctx = { async: !1 };
      try {
        let r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  let caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  let cap = Math.min(...caps.map((c) => c[0])), parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    let n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (let [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          let start = payload.issues.length;
          return ch._zod.check(payload), payload.issues[start].continue = !1, attachSchema(payload.issues, start, inst), payload;
        }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  let isPresent = key in input, isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent)
        return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      result.issues.length || final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
      return;
    }
    result.value === void 0 ? (isPresent || optin === "defaulted" && !isOptionalOut) && (final.value[key] = void 0) : final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  let keys = Object.keys(def.shape), ownSymbols = Object.getOwnPropertySymbols(def.shape), symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS, allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (let k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  let okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  let unrecognized = [], keySet = def.keySet, _catchall = def.catchall._zod, t = _catchall.def.type, optin = _catchall.optin, optout = _catchall.optout, seen = 0;
  for (let key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      t === "never" && unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    let r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return unrecognized.length && payload.issues.push({
    code: "unrecognized_keys",
    keys: unrecognized,
    input,
    inst,
    // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
    continue: !0
  }), proms.length ? Promise.all(proms).then(() => payload) : payload;
}
function handleUnionResults(results, final, inst, ctx) {
  for (let result of results)
    if (result.issues.length === 0)
      return final.value = result.value, final;
  let nonaborted = results.filter((r) => !aborted(r));
  return nonaborted.length === 1 ? (final.value = nonaborted[0].value, nonaborted[0]) : (final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  }), final);
}
function handleOptionalResult(payload, result) {
  return payload.value = result.issues.length ? void 0 : result.value, payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    let _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    inst._zod.def.params && (_iss.params = inst._zod.def.params), payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodBoolean, $ZodUnknown, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodOptional, $ZodNullable, $ZodCustom, init_schemas = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {}), inst._zod.def = def, inst._zod.bag = inst._zod.bag || {}, inst._zod.version = version;
      let defChecks = inst._zod.def.checks, checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (let ch of checks)
        for (let fn of ch._zod.onattach)
          fn(inst);
      if (checks.length === 0)
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      else {
        let runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload), asyncResult;
          for (let ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload) || !ch._zod.def.when(payload))
                continue;
            } else if (isAborted)
              continue;
            let currLen = payload.issues.length, _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === !1)
              throw new $ZodAsyncError();
            if (asyncResult || _ instanceof Promise)
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _, payload.issues.length !== currLen && (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
              });
            else {
              if (payload.issues.length === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
            }
          }
          return asyncResult ? asyncResult.then(() => payload) : payload;
        }, handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary))
            return canary.aborted = !0, canary;
          let checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks)
            return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            let canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
            return canary instanceof Promise ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx)) : handleCanaryResult(canary, payload, ctx);
          }
          let result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    }), toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = def.pattern ?? anyString, inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch {
          }
        return typeof payload.value == "string" || payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        }), payload;
      };
    }), $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = number, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch {
          }
        let input = payload.value;
        if (typeof input == "number" && !Number.isNaN(input) && Number.isFinite(input))
          return payload;
        let received = typeof input == "number" ? Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? void 0 : String(input) : void 0;
        return payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        }), payload;
      };
    }), $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = boolean, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = !!payload.value;
          } catch {
          }
        let input = payload.value;
        return typeof input == "boolean" || payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        }), payload;
      };
    }), $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload) => payload;
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      let memo = globalConfig.memoizer;
      memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!Array.isArray(input))
          return payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        let proms = [], abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          let item = input[i], result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise)
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          else if (handleArrayResult(result, payload, i), abortEarly && result.issues.length !== 0 && aborted(result))
            break;
        }
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }, capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      let desc = Object.getOwnPropertyDescriptor(def, "shape"), sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        let get = () => {
          let newSh = { ...sh };
          return Object.defineProperty(def, "shape", { value: newSh }), get.raw = newSh, newSh;
        };
        get.raw = sh, Object.defineProperty(def, "shape", { get });
      }
      let _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        let shape = zod.def.shape, propValues = {};
        for (let key in shape) {
          let field = shape[key]._zod;
          if (field.values) {
            Object.prototype.hasOwnProperty.call(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
            for (let v of field.values)
              propValues[key].add(v);
            field.optin !== void 0 && propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      let isObject5 = isObject2, catchall2 = def.catchall, value, memo = globalConfig.memoizer;
      memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        let input = payload.value;
        if (!isObject5(input))
          return payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        let proms = [], shape = value.shape, abortEarly = ctx?.abortEarly, seen = payload.issues.length;
        for (let key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          let el = shape[key], optin = el._zod.optin, optout = el._zod.optout, r = el._zod.run({ value: input[key], issues: [] }, ctx);
          r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
        }
        return catchall2 ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0) : proms.length ? Promise.all(proms).then(() => payload) : payload;
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0), defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0), defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values))
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }), defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          let patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
      });
      let first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first)
          return first(payload, ctx);
        let async = !1, results = [];
        for (let option of def.options) {
          let result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise)
            results.push(result), async = !0;
          else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        return async ? Promise.all(results).then((results2) => handleUnionResults(results2, payload, inst, ctx)) : handleUnionResults(results, payload, inst, ctx);
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), inst._zod.optout = "optional", defineLazyInternal(inst, "values", (zod) => {
        let values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      }), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      }), inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          let result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          return result instanceof Promise ? result.then((result2) => handleOptionalResult(payload, result2)) : handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    }), $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      }), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0), inst._zod.parse = (payload, ctx) => payload.value === null ? payload : def.innerType._zod.run(payload, ctx);
    }), $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def), $ZodType.init(inst, def), inst._zod.parse = (payload, _) => payload, inst._zod.check = (payload) => {
        let input = payload.value, r = def.fn(input);
        if (r instanceof Promise)
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        handleRefineResult(r, payload, input, inst);
      };
    });
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/index.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry, init_registries = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        let meta2 = _meta[0];
        return this._map.set(schema, meta2), meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.set(meta2.id, schema), this;
      }
      clear() {
        return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
      }
      remove(schema) {
        let meta2 = this._map.get(schema);
        return meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.delete(meta2.id), this._map.delete(schema), this;
      }
      get(schema) {
        let p = schema._zod.parent;
        if (p) {
          let pm = { ...this.get(p) ?? {} };
          delete pm.id;
          let f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/compile.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  return def.checks && (def.checks = [...def.checks]), def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
  let norm = normalizeParams(_params);
  return norm.abort ?? (norm.abort = !0), new Class({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
}
var init_api = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js"() {
    init_util();
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// ../packages/core/src/http/compile-check.ts
function compileCheck(schema) {
  let definition = definitionOf(schema), checks = definition.checks ?? [];
  if (!(definition.coerce || definition.type !== "custom" && checks.length > 0))
    switch (definition.type) {
      case "string":
        return (value) => typeof value == "string";
      case "number":
        return (value) => typeof value == "number" && Number.isFinite(value);
      case "unknown":
        return () => !0;
      case "custom": {
        let fn = definition.fn;
        return fn && checks.length <= 1 ? (value) => fn(value) === !0 : void 0;
      }
      case "optional":
      case "nullable": {
        let inner = definition.innerType && compileCheck(definition.innerType), empty = definition.type === "optional" ? void 0 : null;
        return inner && ((value) => value === empty || inner(value));
      }
      case "array": {
        let element = definition.element && compileCheck(definition.element);
        return element && ((value) => {
          if (!Array.isArray(value)) return !1;
          for (let item of value) if (!element(item)) return !1;
          return !0;
        });
      }
      case "object":
        return compileObjectCheck(definition);
      default:
        return;
    }
}
function compileObjectCheck(definition) {
  let shape = definition.shape ?? {}, keys = Object.keys(shape), fields = [], optional2 = [];
  for (let key of keys) {
    let field = compileCheck(shape[key]);
    if (!field) return;
    fields.push(field), optional2.push(isOptionalKey(shape[key]));
  }
  let catchall2;
  if (definition.catchall && (definitionOf(definition.catchall).type === "never" || (catchall2 = compileCheck(definition.catchall), !catchall2)))
    return;
  let known2 = new Set(keys);
  return (value) => {
    if (typeof value != "object" || value === null || Array.isArray(value)) return !1;
    let record = value;
    for (let index = 0; index < keys.length; index++) {
      let key = keys[index], field = record[key];
      if (field === void 0 && !(key in record)) {
        if (!optional2[index]) return !1;
        continue;
      }
      if (!fields[index](field)) return !1;
    }
    if (catchall2) {
      for (let key in record) if (!known2.has(key) && !catchall2(record[key])) return !1;
    }
    return !0;
  };
}
var definitionOf, isOptionalKey, init_compile_check = __esm({
  "../packages/core/src/http/compile-check.ts"() {
    "use strict";
    definitionOf = (schema) => schema._zod.def, isOptionalKey = (schema) => schema._zod.optin === "optional";
  }
});

// ../packages/core/src/http/validate.ts
function valueAt(data, path) {
  let current = data;
  for (let key of path) {
    if (current === null || typeof current != "object") return;
    current = current[key];
  }
  return current;
}
function describeValue(value) {
  return value === null ? "null" : typeof value == "number" && !Number.isFinite(value) ? Number.isNaN(value) ? "NaN" : "a number too large to hold (1e400 and beyond read as Infinity)" : Array.isArray(value) ? "array" : typeof value;
}
function validate2(schema, data) {
  let fast = fastChecks.get(schema);
  if (fast === void 0 && (fast = compileCheck(schema) ?? null, fastChecks.set(schema, fast)), fast?.(data)) return { ok: !0, data };
  let result = safeParse(schema, data);
  if (result.success) return { ok: !0, data };
  let issue2 = result.error.issues[0], path = issue2?.path ?? [], field = path.length > 0 ? path.map(String).join(".") : "(body)", actual = valueAt(data, path), problem2;
  return issue2?.code === "invalid_type" ? problem2 = actual === void 0 ? `missing (expected ${issue2.expected})` : `expected ${issue2.expected}, got ${describeValue(actual)}` : issue2?.code === "custom" ? problem2 = actual === void 0 ? `missing (${issue2.message})` : `${issue2.message}, got ${describeValue(actual)}` : issue2?.code === "invalid_value" ? problem2 = "not one of the allowed values" : problem2 = issue2?.code ? issue2.code.replace(/_/g, " ") : "invalid", { ok: !1, field, problem: problem2 };
}
var fastChecks, init_validate = __esm({
  "../packages/core/src/http/validate.ts"() {
    "use strict";
    init_core2();
    init_compile_check();
    fastChecks = /* @__PURE__ */ new WeakMap();
  }
});

// ../packages/core/src/http/answer-failure.ts
function looksLikeHtml(contentType, text6) {
  return (contentType ?? "").includes("html") || /^\s*<(!doctype|html)/i.test(text6);
}
function defaultError(info, options2) {
  let said = info.details.message ? `: ${firstLine(info.details.message)}` : "", page = !info.details.message && looksLikeHtml(info.headers.get("content-type"), info.text) ? " (an HTML error page)" : "", base = `${info.vendor} ${info.operation}: HTTP ${info.status}${said}${page}`;
  switch (!0) {
    case info.status === 401:
      return new AuthError(`${base} \u2014 the credentials were refused`, options2);
    case info.status === 403:
      return new PermissionError(
        `${base} \u2014 the credentials lack a permission${info.details.permission ? ` (${info.details.permission})` : ""}`,
        { ...options2, ...info.details.permission ? { permission: info.details.permission } : {} }
      );
    case info.status === 404:
      return new NotFoundError(base, options2);
    case info.status === 429:
      return new RateLimitedError(base, options2);
    case (info.status === 400 || info.status === 409 || info.status === 422):
      return new InvalidRequestError(base, options2);
    default:
      return new VendorError(base, options2);
  }
}
function failedAnswer(reading, answer) {
  let { vendor, redact } = reading, body;
  try {
    body = answer.text ? JSON.parse(answer.text) : void 0;
  } catch {
    body = void 0;
  }
  let details = {};
  for (let [name, value] of Object.entries(body !== void 0 && reading.parseErrorBody?.(body) || {}))
    typeof value == "string" && (details[name] = redact(value));
  let info = {
    vendor,
    operation: answer.operation,
    status: answer.status,
    headers: answer.headers,
    body,
    // Redact first, then cut: a cut through a secret would leave a piece the redactor cannot see.
    // (A 4 KiB window first, so a 32 MiB body is not scanned whole; a secret is far shorter.)
    text: redact(answer.text.slice(0, 4096)).slice(0, 2048),
    details
  }, retryAfterMs = parseRetryAfter(answer.headers.get("retry-after"), answer.now), options2 = {
    vendor,
    operation: answer.operation,
    status: answer.status,
    ...details.requestId ? { requestId: details.requestId } : {}
  }, error = reading.classifyError?.(info) ?? defaultError(info, options2), trace = { status: answer.status };
  if (answer.status === 429) {
    let wait = retryAfterMs !== void 0 ? ` \u2014 the vendor asks to wait ${Math.ceil(retryAfterMs / 1e3)} s` : "";
    return error = new RateLimitedError(`${error.message}${wait}`, {
      ...options2,
      ...retryAfterMs !== void 0 ? { retryAfterMs } : {}
    }), { error, notActedOn: !0, transient: !0, mayHaveActed: !1, trace, ...withRetryAfter(retryAfterMs) };
  }
  let serverFailed = answer.status >= 500;
  return {
    error,
    notActedOn: !1,
    transient: serverFailed,
    mayHaveActed: serverFailed,
    trace,
    ...withRetryAfter(serverFailed ? retryAfterMs : void 0)
  };
}
function withRetryAfter(retryAfterMs) {
  return retryAfterMs === void 0 ? {} : { retryAfterMs };
}
function readAnswerBody(reading, answer, shape) {
  if (shape.responseType === "none") return { ok: !0, data: void 0 };
  if (shape.responseType === "text") return { ok: !0, data: answer.text };
  let where = `${reading.vendor} ${answer.operation}`, options2 = { vendor: reading.vendor, operation: answer.operation, status: answer.status }, fail = (error2, transient) => ({
    ok: !1,
    failure: {
      error: error2,
      notActedOn: !1,
      transient,
      mayHaveActed: !0,
      trace: { status: answer.status, error: error2.message }
    }
  });
  if (answer.text.trim() === "")
    return fail(new VendorResponseError(`${where}: empty body where JSON was expected`, options2), !0);
  let json2;
  try {
    json2 = JSON.parse(answer.text);
  } catch (cause) {
    let html = looksLikeHtml(answer.headers.get("content-type"), answer.text), error2 = new VendorResponseError(`${where}: expected JSON, got ${html ? "an HTML page" : "malformed JSON"}`, {
      ...options2,
      cause: redactedCause(cause, reading.redact)
    });
    return fail(error2, !html);
  }
  if (!shape.schema) return { ok: !0, data: json2 };
  let result = validate2(shape.schema, json2);
  if (result.ok) return { ok: !0, data: result.data };
  let error = new VendorResponseError(`${where}: unexpected response: field "${result.field}" ${result.problem}`, {
    ...options2,
    field: result.field
  });
  return fail(error, !1);
}
var init_answer_failure = __esm({
  "../packages/core/src/http/answer-failure.ts"() {
    "use strict";
    init_errors();
    init_network_failure();
    init_retry_after();
    init_validate();
  }
});

// ../packages/core/src/http/bounded-body.ts
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}
async function readBoundedText(response, maxBytes, signal) {
  if (!response.body) return "";
  let reader = response.body.getReader(), decoder = new TextDecoder(), parts = [], total = 0, onAbort, aborted2 = new Promise((_, reject) => {
    onAbort = () => reject(signal?.reason), signal?.aborted ? onAbort() : signal?.addEventListener("abort", onAbort, { once: !0 });
  });
  aborted2.catch(() => {
  });
  try {
    for (; ; ) {
      let { done, value } = await Promise.race([reader.read(), aborted2]);
      if (done) break;
      if (total += value.byteLength, total > maxBytes) throw new BodyTooLargeError(maxBytes);
      parts.push(decoder.decode(value, { stream: !0 }));
    }
    return parts.push(decoder.decode()), parts.join("");
  } catch (error) {
    throw reader.cancel().catch(() => {
    }), error;
  } finally {
    onAbort && signal?.removeEventListener("abort", onAbort);
  }
}
var BodyTooLargeError, init_bounded_body = __esm({
  "../packages/core/src/http/bounded-body.ts"() {
    "use strict";
    BodyTooLargeError = class extends Error {
      constructor(maxBytes) {
        super(`the answer is larger than ${formatBytes(maxBytes)}`);
        this.maxBytes = maxBytes;
        this.name = "BodyTooLargeError";
      }
      maxBytes;
    };
  }
});

// ../packages/core/src/http/linked-signal.ts
function linkSignal(parent) {
  if (!parent) return { signal: void 0, dispose: () => {
  } };
  let controller = new AbortController();
  if (parent.aborted)
    return controller.abort(parent.reason), { signal: controller.signal, dispose: () => {
    } };
  let children = followers.get(parent);
  if (!children) {
    let created = /* @__PURE__ */ new Set();
    children = created, followers.set(parent, created), parent.addEventListener(
      "abort",
      () => {
        followers.delete(parent);
        for (let abort2 of [...created]) abort2();
      },
      { once: !0 }
    );
  }
  let abort = () => controller.abort(parent.reason);
  children.add(abort);
  let joined = children;
  return { signal: controller.signal, dispose: () => joined.delete(abort) };
}
var followers, init_linked_signal = __esm({
  "../packages/core/src/http/linked-signal.ts"() {
    "use strict";
    followers = /* @__PURE__ */ new WeakMap();
  }
});

// ../packages/core/src/http/redact.ts
function sentValues(secret) {
  let trimmed = secret.trim(), bare = trimmed.replace(/^bearer\s+/i, "").trim();
  return [secret, trimmed, bare];
}
function secretForms(secret) {
  let forms = /* @__PURE__ */ new Set();
  for (let value of sentValues(secret))
    forms.add(value), forms.add(encodeURIComponent(value)), forms.add(encodeURIComponent(value).replace(/%20/g, "+"));
  return [...forms].filter((form) => form.length >= shortestSecret).sort((a, b) => b.length - a.length);
}
function formsOf(secrets) {
  let key = secrets.length === 1 ? secrets[0] ?? "" : secrets.join("\0"), forms = formsCache.get(key);
  return forms || (forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length), formsCache.size >= 100 && formsCache.clear(), formsCache.set(key, forms)), forms;
}
function redactUrlUserinfo(text6) {
  return text6.includes("@") ? text6.replace(urlUserinfo, "$1***@") : text6;
}
function redactSecrets(text6, secrets) {
  let result = redactUrlUserinfo(text6);
  for (let form of formsOf(secrets))
    result.includes(form) && (result = result.split(form).join("***"));
  return result;
}
function basicAuthSecrets(user, password) {
  let values = /* @__PURE__ */ new Set([password]);
  for (let [name, secret] of [
    [user, password],
    [user.trim(), password.trim()],
    [user.trim(), password]
  ])
    try {
      values.add(btoa(`${name}:${secret}`));
    } catch {
    }
  return [...values];
}
function urlUserinfoSecrets(url) {
  try {
    let parsed = new URL(url.trim()), values = [parsed.password, decodeURIComponent(parsed.password), parsed.username].filter(
      (value) => value !== ""
    );
    return [...new Set(values)];
  } catch {
    return [];
  }
}
var shortestSecret, formsCache, urlUserinfo, init_redact = __esm({
  "../packages/core/src/http/redact.ts"() {
    "use strict";
    shortestSecret = 4;
    formsCache = /* @__PURE__ */ new Map();
    urlUserinfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]*@/gi;
  }
});

// ../packages/core/src/http/retry-policy.ts
function retryDelay(failure2, context) {
  let { retry: retry2 } = context;
  if (context.attempt >= retry2.maxAttempts || !failure2.notActedOn && !(context.idempotent && failure2.transient)) return;
  let delay2 = failure2.retryAfterMs ?? backoffDelay(context.attempt, { baseMs: retry2.baseDelayMs, maxMs: retry2.maxDelayMs }, context.random);
  return delay2 <= retry2.maxRetryAfterMs ? delay2 : void 0;
}
var defaultRetry, init_retry_policy = __esm({
  "../packages/core/src/http/retry-policy.ts"() {
    "use strict";
    init_backoff();
    defaultRetry = {
      maxAttempts: 4,
      baseDelayMs: 1e3,
      maxDelayMs: 2e4,
      maxRetryAfterMs: 6e4
    };
  }
});

// ../packages/core/src/http/redirect-policy.ts
function placeNames(from, to) {
  return from.host === to.host ? [from.origin, to.origin] : [from.host, to.host];
}
function decideRedirect(from, status, location, method) {
  if (!redirectStatuses.has(status) || location === null) return { follow: !1 };
  let to;
  try {
    to = new URL(location, from);
  } catch {
    return { refuse: `the answer redirects to "${location.slice(0, 200)}", which is not a URL` };
  }
  if (to.origin !== from.origin) {
    let [fromName, toName] = placeNames(from, to), downgrade = from.protocol === "https:" && to.protocol === "http:" ? " (from https to http)" : "";
    return {
      refuse: `the answer redirects from ${fromName} to ${toName}${downgrade}; scanstat sends credentials only to ${fromName} and did not follow`
    };
  }
  let nextMethod = (status === 303 || (status === 301 || status === 302) && method === "POST") && method !== "HEAD" ? "GET" : method;
  return { follow: !0, url: to, method: nextMethod, keepBody: nextMethod === method };
}
var redirectStatuses, init_redirect_policy = __esm({
  "../packages/core/src/http/redirect-policy.ts"() {
    "use strict";
    redirectStatuses = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
  }
});

// ../packages/core/src/http/vendor-exchange.ts
async function exchange(request, options2) {
  let { progress } = options2, body = request.body ? await request.clone().arrayBuffer() : void 0, current = request;
  for (let hop = 0; ; hop++) {
    let response = await options2.fetch(current);
    progress.answered || options2.onAnswer(), progress.answered = !0, progress.status = response.status;
    let decision = decideRedirect(
      new URL(current.url),
      response.status,
      response.headers.get("location"),
      current.method
    );
    if ("refuse" in decision || decision.follow && hop >= maxRedirects)
      throw response.body?.cancel().catch(() => {
      }), new RedirectRefusedError(
        "refuse" in decision ? decision.refuse : `the answer redirected more than ${maxRedirects} times`
      );
    if (decision.follow) {
      response.body?.cancel().catch(() => {
      });
      let headers3 = new Headers(current.headers);
      decision.keepBody || headers3.delete("content-type"), current = new Request(decision.url, {
        method: decision.method,
        headers: headers3,
        ...decision.keepBody && body !== void 0 ? { body } : {},
        signal: request.signal,
        redirect: "manual"
      });
      continue;
    }
    if (!options2.wantsBody(response.status))
      return response.body?.cancel().catch(() => {
      }), { response, text: "" };
    let text6 = await readBoundedText(response, options2.maxResponseBytes, request.signal);
    return { response, text: text6 };
  }
}
var maxRedirects, RedirectRefusedError, init_vendor_exchange = __esm({
  "../packages/core/src/http/vendor-exchange.ts"() {
    "use strict";
    init_bounded_body();
    init_redirect_policy();
    maxRedirects = 5, RedirectRefusedError = class extends Error {
      constructor(message) {
        super(message), this.name = "RedirectRefusedError";
      }
    };
  }
});

// ../packages/core/src/http/http-client.ts
function joinUrl(baseUrl, path, query) {
  let url = new URL(baseUrl.replace(/\/+$/, "") + (path.startsWith("/") ? path : `/${path}`));
  for (let [name, value] of Object.entries(query ?? {}))
    value != null && url.searchParams.set(name, String(value));
  return url.toString();
}
function mayHaveActed(error, hint) {
  let message = `${error.message} (${hint})`, field = (value, enumerable = !0) => ({ value, writable: !0, configurable: !0, enumerable });
  return Object.create(Object.getPrototypeOf(error), {
    ...Object.getOwnPropertyDescriptors(error),
    message: field(message, !1),
    mayHaveActed: field(!0),
    hint: field(hint),
    stack: field(String(error.stack ?? "").replace(error.message, message), !1)
  });
}
function createHttpClient(settings) {
  let clock = settings.clock ?? systemClock, limiter = settings.limiter ?? sharedRateLimiter, retry2 = { ...defaultRetry, ...settings.retry }, random = settings.random ?? Math.random, { vendor } = settings, secrets = () => settings.auth?.secrets() ?? [], redact = (text6) => redactSecrets(text6, secrets()), parsedBaseUrl;
  try {
    parsedBaseUrl = new URL(settings.baseUrl);
  } catch {
    parsedBaseUrl = void 0;
  }
  if (parsedBaseUrl?.protocol !== "http:" && parsedBaseUrl?.protocol !== "https:")
    throw new ConfigError(`${vendor}: the base URL "${redact(String(settings.baseUrl))}" is not an http(s) URL`, {
      vendor
    });
  let requestTimeoutMs = clampTimerMs(settings.requestTimeoutMs ?? 3e4), maxResponseBytes = settings.maxResponseBytes ?? 33554432, reading = {
    vendor,
    redact,
    ...settings.parseErrorBody ? { parseErrorBody: settings.parseErrorBody } : {},
    ...settings.classifyError ? { classifyError: settings.classifyError } : {}
  };
  async function send(request) {
    let link = linkSignal(request.signal);
    try {
      return await sendWithKy(request, link.signal);
    } finally {
      link.dispose();
    }
  }
  async function sendWithKy(request, signal) {
    let url = joinUrl(settings.baseUrl, request.path, request.query), printableUrl = redact(url), host = new URL(url).host, limitClass = request.rateLimitClass ?? request.operation, limit = settings.rateLimits?.[limitClass] ?? defaultRequestLimit, budgetKey = `${vendor}:${settings.auth?.fingerprint() ?? "anonymous"}:${limitClass}`, where = `${vendor} ${request.operation}`, errorOptions = { vendor, operation: request.operation }, hint = request.ambiguousHint ?? `the ${vendor} scan may have started: check the vendor before triggering again`, attempt, attemptNumber = 0, refreshed = !1, waitBeforeNext = 0, result, trace = (event) => settings.onTrace?.({
      vendor,
      operation: request.operation,
      method: request.method,
      url: printableUrl,
      attempt: attempt?.number ?? attemptNumber,
      durationMs: attempt ? Date.now() - attempt.wallStart : 0,
      ...event
    }), failureOf = (error, current) => {
      if (current?.failure && error === current.failure.error) return current.failure;
      if (isTimeoutError(error)) {
        let answered = current?.progress.answered ?? !1, timeout2 = new TimeoutError(
          answered ? `${where}: the answer did not finish within ${requestTimeoutMs} ms` : `${where}: no answer within ${requestTimeoutMs} ms`,
          { ...errorOptions, ...current?.progress.status ? { status: current.progress.status } : {} }
        );
        return {
          error: timeout2,
          notActedOn: !1,
          transient: !0,
          mayHaveActed: !0,
          trace: { error: timeout2.message }
        };
      }
    }, exchangeFailure = (cause, progress) => {
      let status = progress.status ? { status: progress.status } : {};
      if (cause instanceof RedirectRefusedError) {
        let error2 = new VendorError(`${where}: ${redact(cause.message)}`, { ...errorOptions, ...status });
        return {
          error: error2,
          notActedOn: !1,
          transient: !1,
          mayHaveActed: !0,
          trace: { ...status, error: error2.message }
        };
      }
      if (cause instanceof BodyTooLargeError) {
        let error2 = new VendorResponseError(
          `${where}: the answer is larger than ${formatBytes(cause.maxBytes)} (after decompression); scanstat stopped reading it`,
          { ...errorOptions, ...status }
        );
        return {
          error: error2,
          notActedOn: !1,
          transient: !1,
          mayHaveActed: !0,
          trace: { ...status, error: error2.message }
        };
      }
      let code2 = errorCode(cause), notSent = !progress.answered && provablyNotSent(code2), error = progress.answered ? new NetworkError(`${where}: the connection broke while reading the answer`, {
        ...errorOptions,
        ...status,
        cause: redactedCause(cause, redact),
        requestSent: !0
      }) : new NetworkError(`${where}: ${redact(describeNetworkFailure(code2, cause, host, redact))}`, {
        ...errorOptions,
        cause: redactedCause(cause, redact),
        requestSent: !notSent
      });
      return {
        error,
        notActedOn: notSent,
        transient: !0,
        mayHaveActed: !notSent,
        trace: { ...status, error: error.message }
      };
    }, finish = (current) => current?.slot?.answered(), headers3 = { accept: "application/json", ...settings.headers }, body;
    if (request.form) {
      body = new URLSearchParams();
      for (let [name, value] of Object.entries(request.form)) value !== void 0 && body.set(name, value);
    }
    try {
      await distribution_default(url, {
        method: request.method,
        headers: headers3,
        ...body ? { body } : request.json !== void 0 ? { json: request.json } : {},
        ...signal ? { signal } : {},
        redirect: "manual",
        timeout: requestTimeoutMs,
        throwHttpErrors: !1,
        retry: {
          // One more than the policy allows: a refreshed token is sent again without being a retry.
          limit: retry2.maxAttempts,
          methods: everyMethod,
          // The policy waits on the client's clock (virtual in tests) in beforeRetry; ky waits nothing.
          delay: () => 0,
          shouldRetry: ({ error }) => {
            if (signal?.aborted) return !1;
            let failure2 = failureOf(error, attempt);
            if (!failure2 || !attempt) return !1;
            let delay2 = retryDelay(failure2, {
              idempotent: request.idempotent,
              attempt: attempt.number,
              retry: retry2,
              random
            });
            return delay2 === void 0 ? !1 : (waitBeforeNext = delay2, !0);
          }
        },
        // Looked up per request, so a fetch patched later (msw, tests) is used.
        fetch: async (input, init) => {
          let current = attempt, fetchImpl = settings.fetch ?? globalThis.fetch, kyRequest = input instanceof Request ? input : new Request(input, init);
          try {
            let { response, text: text6 } = await exchange(kyRequest, {
              fetch: (next) => fetchImpl(next),
              maxResponseBytes,
              wantsBody: (status) => !(request.responseType === "none" && status >= 200 && status < 300),
              progress: current.progress,
              onAnswer: () => finish(current)
            });
            return current.text = text6, new Response(null, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers
            });
          } catch (cause) {
            throw !signal?.aborted && !kyRequest.signal.aborted ? (current.failure = exchangeFailure(cause, current.progress), current.failure.error) : cause;
          } finally {
            finish(current);
          }
        },
        hooks: {
          beforeRequest: [
            async (kyRequest) => {
              finish(attempt), attemptNumber++;
              let slot = await limiter.acquire(budgetKey, limit, signal) || void 0;
              attempt = {
                number: attemptNumber,
                wallStart: Date.now(),
                progress: { answered: !1 },
                slot,
                text: ""
              };
              for (let [name, value] of Object.entries(await settings.auth?.headers() ?? {}))
                kyRequest.headers.set(name, value);
            }
          ],
          afterResponse: [
            async (_kyRequest, _options, response) => {
              let current = attempt, answer = {
                operation: request.operation,
                status: response.status,
                headers: response.headers,
                text: current.text,
                now: clock.now()
              };
              if (response.ok || request.acceptStatus?.includes(response.status)) {
                let parsed = readAnswerBody(reading, answer, request);
                if (!parsed.ok)
                  throw current.failure = parsed.failure, parsed.failure.error;
                trace({ status: response.status }), result = { data: parsed.data, status: response.status, headers: response.headers };
                return;
              }
              if (response.status === 401 && settings.auth?.refresh && !refreshed && (refreshed = !0, await settings.auth.refresh()))
                return trace({ status: response.status, retryInMs: 0 }), attemptNumber--, waitBeforeNext = 0, distribution_default.retry({ delay: 0 });
              throw current.failure = failedAnswer(reading, answer), current.failure.error;
            }
          ],
          beforeRetry: [
            async ({ error }) => {
              if (!isForceRetryError(error)) {
                let failure2 = failureOf(error, attempt);
                trace({ ...failure2?.trace, retryInMs: waitBeforeNext });
              }
              let wait = waitBeforeNext;
              waitBeforeNext = 0, await clock.sleep(wait, signal);
            }
          ]
        }
      });
    } catch (caught) {
      if (finish(attempt), signal?.aborted) throw signal.reason;
      let failure2 = failureOf(caught, attempt);
      if (!failure2) throw caught;
      let error = !request.idempotent && failure2.mayHaveActed ? mayHaveActed(failure2.error, hint) : failure2.error;
      throw trace({ ...failure2.trace, error: error.message }), error;
    }
    if (finish(attempt), !result) throw new VendorError(`${where}: no answer`, errorOptions);
    return result;
  }
  return {
    vendor,
    baseUrl: settings.baseUrl,
    request: send,
    redact
  };
}
var defaultRequestLimit, everyMethod, init_http_client = __esm({
  "../packages/core/src/http/http-client.ts"() {
    "use strict";
    init_distribution();
    init_clock();
    init_clamp_timer();
    init_errors();
    init_sliding_window_limiter();
    init_answer_failure();
    init_bounded_body();
    init_linked_signal();
    init_network_failure();
    init_redact();
    init_retry_policy();
    init_vendor_exchange();
    defaultRequestLimit = { requests: 60, windowMs: 6e4, documented: !1 }, everyMethod = ["get", "post", "put", "patch", "delete", "head"];
  }
});

// ../packages/core/src/http/header-value.ts
function requireHeaderSafeCredential(value, where) {
  if (headerSafe.test(value)) return value;
  let index = [...value].findIndex((character2) => !headerSafe.test(character2)), code2 = `U+${(([...value][index] ?? "").codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new ConfigError(
    `${where.vendor}: ${where.variable} holds a character an HTTP header cannot carry (${code2} at character ${index + 1}): only printable ASCII is sent`,
    { vendor: where.vendor }
  );
}
var headerSafe, init_header_value = __esm({
  "../packages/core/src/http/header-value.ts"() {
    "use strict";
    init_errors();
    headerSafe = /^[\t\u0020-\u007e]*$/;
  }
});

// ../packages/core/src/http/page-cap.ts
function pageCapError(vendor, operation, pages) {
  return new VendorResponseError(
    `${vendor} ${operation}: the list did not end after ${pages} pages; stopped reading (a list that never ends is not a vendor's answer)`,
    { vendor, operation }
  );
}
var init_page_cap = __esm({
  "../packages/core/src/http/page-cap.ts"() {
    "use strict";
    init_errors();
  }
});

// ../packages/core/src/model/scan.ts
function isTerminalState(state) {
  return terminalStates.has(state);
}
function emptySeverityCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
}
var scanStates, terminalStates, verdicts, severities, init_scan = __esm({
  "../packages/core/src/model/scan.ts"() {
    "use strict";
    scanStates = [
      "queued",
      "running",
      "canceling",
      "completed",
      "failed",
      "canceled",
      "timed_out",
      "unknown"
    ], terminalStates = /* @__PURE__ */ new Set(["completed", "failed", "canceled", "timed_out"]);
    verdicts = ["pass", "warn", "fail", "error"], severities = ["critical", "high", "medium", "low", "info"];
  }
});

// ../packages/core/src/model/vendor-id.ts
function resolveVendorId(name) {
  let lower = name.trim().toLowerCase();
  return vendorIds.includes(lower) ? lower : aliases.get(lower);
}
var vendorIds, aliases, init_vendor_id = __esm({
  "../packages/core/src/model/vendor-id.ts"() {
    "use strict";
    vendorIds = ["soda", "projectdiscovery", "telmai", "halo"], aliases = /* @__PURE__ */ new Map([["pd", "projectdiscovery"]]);
  }
});

// ../packages/core/src/model/scan-ref.ts
function parseScanRef(text6) {
  let separator = text6.indexOf(":");
  if (separator <= 0)
    throw new InvalidScanRefError(
      `malformed scan ref "${text6}": expected <vendor>:<id> with vendor one of ${vendorIds.join(", ")} (alias pd)`
    );
  let vendorName = text6.slice(0, separator), id = text6.slice(separator + 1).trim(), vendor = resolveVendorId(vendorName);
  if (!vendor)
    throw new InvalidScanRefError(
      `unknown vendor "${vendorName}" in scan ref "${text6}": expected one of ${vendorIds.join(", ")} (alias pd)`
    );
  if (id.length === 0) throw new InvalidScanRefError(`scan ref "${text6}" has no scan id after "${vendorName}:"`);
  return checkScanId(id, `scan ref "${shown(text6)}"`), { vendor, id };
}
function shown(text6) {
  return text6.replace(
    new RegExp(controlCharacter.source, "g"),
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function checkScanId(id, where = "scan id") {
  if (id.trim() === "") throw new InvalidScanRefError(`${where}: the scan id is empty`);
  if (id === "." || id === "..")
    throw new InvalidScanRefError(`${where}: "${id}" is not a scan id (a path step, not a name)`);
  if (controlCharacter.test(id))
    throw new InvalidScanRefError(`${where}: the scan id holds a control character (${shown(id)})`);
}
function scanIdPathSegment(id) {
  return checkScanId(id), encodeURIComponent(id);
}
function formatScanRef(ref) {
  return `${ref.vendor}:${ref.id}`;
}
var controlCharacter, init_scan_ref = __esm({
  "../packages/core/src/model/scan-ref.ts"() {
    "use strict";
    init_errors();
    init_vendor_id();
    controlCharacter = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  }
});

// ../packages/core/src/model/result-evidence.ts
function gateVerdict(verdict, evidence) {
  if (!(verdict === void 0 || evidence.sources.length === 0))
    return !evidence.complete && verdict === "pass" ? "warn" : verdict;
}
function completeEvidence(...sources) {
  return { sources, complete: !0 };
}
function partialEvidence(sources, ...gaps) {
  return gaps.length > 0 ? { sources, complete: !1, gaps } : { sources, complete: !1 };
}
function noEvidence(...gaps) {
  return partialEvidence([], ...gaps);
}
var init_result_evidence = __esm({
  "../packages/core/src/model/result-evidence.ts"() {
    "use strict";
  }
});

// ../packages/core/src/model/severity-policy.ts
function isSeverityThreshold(value) {
  return value === "none" || severities.includes(value);
}
function countAtOrAbove(findings, threshold) {
  if (threshold === "none") return 0;
  let count2 = 0;
  for (let severity of severities)
    if (count2 += findings.bySeverity[severity] ?? 0, severity === threshold) break;
  return threshold === "info" && (count2 += findings.bySeverity.unknown ?? 0), count2;
}
function verdictForFindings(findings, policy = defaultSeverityPolicy) {
  if (countAtOrAbove(findings, policy.failOn) > 0) return "fail";
  let unknown2 = findings.bySeverity.unknown ?? 0;
  return unknown2 > 0 && policy.failOnUnknown ? "fail" : countAtOrAbove(findings, policy.warnOn) > 0 || unknown2 > 0 ? "warn" : "pass";
}
function resultForFindings(findings, evidence, policy = defaultSeverityPolicy) {
  let verdict = findings ? gateVerdict(verdictForFindings(findings, policy), evidence) : void 0;
  return { ...verdict ? { verdict } : {}, evidence, ...findings ? { findings } : {} };
}
var defaultSeverityPolicy, init_severity_policy = __esm({
  "../packages/core/src/model/severity-policy.ts"() {
    "use strict";
    init_result_evidence();
    init_scan();
    defaultSeverityPolicy = Object.freeze({ failOn: "high", warnOn: "medium" });
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  let def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall2) {
  return inst.clone(mergeDefs(inst._zod.def, { catchall: catchall2 }));
}
// @__NO_SIDE_EFFECTS__
function union(options2, params) {
  return new ZodMiniUnion({
    type: "union",
    options: options2,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullish(innerType) {
  return /* @__PURE__ */ optional(/* @__PURE__ */ nullable(innerType));
}
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
  return _custom(ZodMiniCustom, fn ?? (() => !0), _params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniBoolean, ZodMiniUnknown, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniOptional, ZodMiniNullable, ZodMiniCustom, init_schemas2 = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def), inst.def = def, inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        let def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: !0 });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        return reg.add(this, meta2), this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    }), ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def), ZodMiniType.init(inst, def), installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def), ZodMiniType.init(inst, def);
    });
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/checks.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/iso.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/coerce.js"() {
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// ../node_modules/.pnpm/zod@4.6.7/node_modules/zod/mini/index.js
var init_mini = __esm({
  "../node_modules/.pnpm/zod@4.6.7/node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// ../packages/core/src/wait/poll-delay.ts
function pollDelay(attempt, options2, random = Math.random) {
  return options2.intervalMs !== void 0 ? Math.max(0, options2.intervalMs) : backoffDelay(
    attempt,
    { baseMs: options2.minDelayMs, maxMs: options2.maxDelayMs, minMs: options2.minDelayMs },
    random
  );
}
var init_poll_delay = __esm({
  "../packages/core/src/wait/poll-delay.ts"() {
    "use strict";
    init_backoff();
  }
});

// ../packages/core/src/wait/next-poll-hint.ts
function hintedDelay(nextPollAt, now, maxDelayMs) {
  if (!nextPollAt) return;
  let at = Date.parse(nextPollAt);
  if (!(Number.isNaN(at) || at <= now))
    return Math.min(at - now, maxDelayMs);
}
var init_next_poll_hint = __esm({
  "../packages/core/src/wait/next-poll-hint.ts"() {
    "use strict";
  }
});

// ../packages/core/src/wait/scan-changed.ts
function sameData(a, b) {
  if (a === b) return !0;
  if (typeof a != "object" || typeof b != "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return !1;
  let aKeys = Object.keys(a).filter((key) => a[key] !== void 0), bKeys = Object.keys(b).filter((key) => b[key] !== void 0);
  return aKeys.length !== bKeys.length ? !1 : aKeys.every((key) => sameData(a[key], b[key]));
}
function scanChanged(previous, next) {
  return previous.state !== next.state || previous.vendorState !== next.vendorState || !sameData(previous.progress, next.progress) || !sameData(previous.result, next.result);
}
var init_scan_changed = __esm({
  "../packages/core/src/wait/scan-changed.ts"() {
    "use strict";
  }
});

// ../packages/core/src/wait/watch-error.ts
function isTransientError(error) {
  return transientCodes.has(error.code);
}
function toScanstatError(error, ref, operation) {
  if (ScanstatError.isInstance(error)) return error;
  let said = error instanceof Error ? error.message : String(error);
  return new VendorResponseError(`${ref.vendor} ${operation} ${ref.id}: ${said.slice(0, 200)}`, {
    vendor: ref.vendor,
    operation,
    cause: error
  });
}
var transientCodes, init_watch_error = __esm({
  "../packages/core/src/wait/watch-error.ts"() {
    "use strict";
    init_errors();
    init_scanstat_error();
    transientCodes = /* @__PURE__ */ new Set(["network", "timeout", "vendor", "rate_limited", "bad_response"]);
  }
});

// ../packages/core/src/wait/watch-scans.ts
function isScan(value) {
  return typeof value == "object" && value !== null && typeof value.state == "string" && typeof value.vendorState == "string";
}
function checkedSettings(options2) {
  let nonNegative = (name, value) => {
    if (value !== void 0 && !(typeof value == "number" && value >= 0))
      throw new ConfigError(`watch option ${name} must be a number of milliseconds >= 0, got ${String(value)}`);
  }, positiveInteger = (name, value) => {
    if (value !== void 0 && !(Number.isInteger(value) && value >= 1))
      throw new ConfigError(`watch option ${name} must be a whole number >= 1, got ${String(value)}`);
  };
  nonNegative("intervalMs", options2.intervalMs), nonNegative("minDelayMs", options2.minDelayMs), nonNegative("maxDelayMs", options2.maxDelayMs), nonNegative("timeoutMs", options2.timeoutMs), positiveInteger("concurrency", options2.concurrency), positiveInteger("maxConsecutiveFailures", options2.maxConsecutiveFailures), nonNegative("maxRetryAfterMs", options2.maxRetryAfterMs);
  let minDelayMs = options2.minDelayMs ?? 2e3, maxDelayMs = options2.maxDelayMs ?? Math.max(3e4, minDelayMs);
  if (minDelayMs > maxDelayMs)
    throw new ConfigError(`watch option minDelayMs (${minDelayMs}) is above maxDelayMs (${maxDelayMs})`);
  return {
    clock: options2.clock ?? systemClock,
    signal: options2.signal,
    intervalMs: options2.intervalMs,
    minDelayMs,
    maxDelayMs,
    timeoutMs: options2.timeoutMs,
    random: options2.random ?? Math.random,
    concurrency: options2.concurrency ?? 8,
    maxConsecutiveFailures: options2.maxConsecutiveFailures ?? 5,
    maxRetryAfterMs: options2.maxRetryAfterMs ?? 6e4
  };
}
function watchScans(resolveAdapter, refs, options2 = {}) {
  let settings = checkedSettings(options2);
  for (let ref of refs)
    if (typeof ref?.id != "string" || ref.id.trim() === "" || typeof ref.vendor != "string")
      throw new InvalidScanRefError(`cannot watch scan ref ${JSON.stringify(ref)}: expected { vendor, id }`);
  return { [Symbol.asyncIterator]: () => runWatch(resolveAdapter, refs, settings) };
}
async function* runWatch(resolveAdapter, refs, settings) {
  let { clock, signal } = settings, startedAt = clock.now(), deadline = settings.timeoutMs === void 0 ? Number.POSITIVE_INFINITY : startedAt + settings.timeoutMs, tracked = /* @__PURE__ */ new Map(), lanes = /* @__PURE__ */ new Map();
  for (let ref of refs) {
    let key = refKey(ref);
    if (tracked.has(key)) continue;
    let scan = {
      ref,
      order: tracked.size,
      scan: void 0,
      error: void 0,
      dueAt: startedAt,
      looks: 0,
      consecutiveFailures: 0,
      inFlight: !1,
      done: !1,
      warnedWords: /* @__PURE__ */ new Set()
    };
    tracked.set(key, scan);
    let lane = lanes.get(ref.vendor);
    lane || (lane = { vendor: ref.vendor, status: "idle", adapter: void 0, inFlight: 0, scans: [] }, lanes.set(ref.vendor, lane)), lane.scans.push(scan);
  }
  let outcomes = [], requestControllers = /* @__PURE__ */ new Set(), wake = () => {
  }, onAbort = () => wake();
  signal?.addEventListener("abort", onAbort, { once: !0 });
  let results = () => refs.map((ref) => {
    let entry = tracked.get(refKey(ref));
    return { ref, ...entry.scan ? { scan: entry.scan } : {}, ...entry.error ? { error: entry.error } : {} };
  }), end = (reason) => ({ type: "end", reason, results: results() });
  function run2(task, onSettled) {
    let controller = new AbortController();
    requestControllers.add(controller), task(controller.signal).then((produced) => {
      controller.signal.aborted || outcomes.push(...produced);
    }).finally(() => {
      requestControllers.delete(controller), onSettled(), wake();
    });
  }
  function resolveLane(lane) {
    lane.status = "resolving", run2(
      async () => {
        try {
          let adapter = await resolveAdapter(lane.vendor);
          if (typeof adapter?.getScan != "function")
            throw new ConfigError(`cannot set up ${lane.vendor}: no adapter for it`, { vendor: lane.vendor });
          return [{ type: "adapter", lane, adapter }];
        } catch (error) {
          let failure2 = ScanstatError.isInstance(error) ? error : new ConfigError(
            `cannot set up ${lane.vendor}: ${error instanceof Error ? error.message : String(error)}`,
            {
              vendor: lane.vendor,
              cause: error
            }
          );
          return [{ type: "adapter-failed", lane, error: failure2 }];
        }
      },
      () => {
      }
    );
  }
  function lookAt(lane, adapter, scan) {
    scan.inFlight = !0, lane.inFlight++, run2(
      async (requestSignal) => {
        try {
          let found = await adapter.getScan(scan.ref.id, { signal: requestSignal });
          if (!isScan(found)) {
            let error = new VendorResponseError(
              `${lane.vendor} getScan ${scan.ref.id}: the adapter returned no scan`,
              {
                vendor: lane.vendor,
                operation: "getScan"
              }
            );
            return [{ type: "failure", tracked: scan, error }];
          }
          return [{ type: "scan", tracked: scan, scan: found }];
        } catch (error) {
          return [{ type: "failure", tracked: scan, error: toScanstatError(error, scan.ref, "getScan") }];
        }
      },
      () => {
        scan.inFlight = !1, lane.inFlight--;
      }
    );
  }
  function lookAtBatch(lane, adapter, due) {
    for (let scan of due) scan.inFlight = !0;
    lane.inFlight++, run2(
      async (requestSignal) => {
        let ids = due.map((scan) => scan.ref.id);
        try {
          let answer = await getScans(adapter, ids, { signal: requestSignal }), lookups = Array.isArray(answer) ? answer : [], byId = new Map(lookups.map((lookup) => [lookup?.id, lookup]));
          return due.map((scan, index) => {
            let lookup = byId.get(scan.ref.id) ?? (lookups.length === ids.length ? lookups[index] : void 0);
            if (lookup?.ok && isScan(lookup.scan)) return { type: "scan", tracked: scan, scan: lookup.scan };
            if (lookup && lookup.ok === !1)
              return { type: "failure", tracked: scan, error: toScanstatError(lookup.error, scan.ref, "getScans") };
            let error = new VendorResponseError(`${lane.vendor} getScans: no scan in the answer for ${scan.ref.id}`, {
              vendor: lane.vendor,
              operation: "getScans"
            });
            return { type: "failure", tracked: scan, error };
          });
        } catch (error) {
          return due.map(
            (scan) => ({
              type: "failure",
              tracked: scan,
              error: toScanstatError(error, scan.ref, "getScans")
            })
          );
        }
      },
      () => {
        for (let scan of due) scan.inFlight = !1;
        lane.inFlight--;
      }
    );
  }
  let usesBatch = (adapter) => adapter.capabilities.batchGet && typeof adapter.getScans == "function", hasRoom = (lane) => lane.status === "ready" && lane.inFlight < (usesBatch(lane.adapter) ? 1 : settings.concurrency);
  function dispatch() {
    let now = clock.now();
    for (let lane of lanes.values()) {
      if (lane.status === "idle") {
        resolveLane(lane);
        continue;
      }
      if (!hasRoom(lane)) continue;
      let adapter = lane.adapter, due = lane.scans.filter((scan) => !scan.done && !scan.inFlight && scan.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt || a.order - b.order);
      if (due.length !== 0)
        if (usesBatch(adapter))
          lookAtBatch(lane, adapter, due);
        else
          for (let scan of due.slice(0, settings.concurrency - lane.inFlight)) lookAt(lane, adapter, scan);
    }
  }
  async function nextWake() {
    let woken = new Promise((resolve2) => {
      wake = resolve2;
    });
    if (signal?.aborted) return;
    let now = clock.now(), until = deadline;
    for (let lane of lanes.values())
      if (hasRoom(lane))
        for (let scan of lane.scans)
          !scan.done && !scan.inFlight && scan.dueAt > now && (until = Math.min(until, scan.dueAt));
    let sleeper = new AbortController();
    Number.isFinite(until) && clock.sleep(Math.max(0, until - now), sleeper.signal).then(
      () => wake(),
      () => {
      }
    ), await woken, sleeper.abort();
  }
  function* settle2(outcome) {
    let now = clock.now();
    if (outcome.type === "adapter") {
      outcome.lane.adapter = outcome.adapter, outcome.lane.status = "ready";
      return;
    }
    if (outcome.type === "adapter-failed") {
      outcome.lane.status = "failed";
      for (let scan of outcome.lane.scans)
        scan.done = !0, scan.error = outcome.error;
      for (let scan of outcome.lane.scans) yield { type: "error", ref: scan.ref, error: outcome.error };
      return;
    }
    let entry = outcome.tracked;
    if (entry.looks++, outcome.type === "scan") {
      let { scan } = outcome, previous = entry.scan;
      entry.scan = scan, entry.consecutiveFailures = 0, isTerminalState(scan.state) ? entry.done = !0 : entry.dueAt = now + (hintedDelay(scan.nextPollAt, now, settings.maxDelayMs) ?? pollDelay(entry.looks, settings, settings.random)), (!previous || scanChanged(previous, scan)) && (yield { type: "update", ref: entry.ref, scan, previous }), scan.state === "unknown" && !entry.warnedWords.has(scan.vendorState) && (entry.warnedWords.add(scan.vendorState), yield { type: "unknown-state", ref: entry.ref, scan });
      return;
    }
    let { error } = outcome;
    if (isTransientError(error)) {
      entry.consecutiveFailures++;
      let askedFor = RateLimitedError.isInstance(error) ? error.retryAfterMs ?? 0 : 0;
      if (entry.consecutiveFailures < settings.maxConsecutiveFailures && askedFor <= settings.maxRetryAfterMs) {
        entry.dueAt = now + Math.max(pollDelay(entry.looks, settings, settings.random), askedFor), yield { type: "retrying", ref: entry.ref, error };
        return;
      }
    }
    entry.done = !0, entry.error = error, yield { type: "error", ref: entry.ref, error };
  }
  try {
    for (; ; ) {
      for (; outcomes.length > 0 && !signal?.aborted; )
        for (let event of settle2(outcomes.shift()))
          if (yield event, signal?.aborted) break;
      if (signal?.aborted) {
        yield end("aborted");
        return;
      }
      let finished = !0;
      for (let scan of tracked.values()) scan.done || (finished = !1);
      if (finished) {
        yield end("terminal");
        return;
      }
      if (clock.now() >= deadline) {
        yield end("timeout");
        return;
      }
      dispatch(), outcomes.length === 0 && await nextWake();
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    for (let controller of requestControllers) controller.abort();
  }
}
var refKey, init_watch_scans = __esm({
  "../packages/core/src/wait/watch-scans.ts"() {
    "use strict";
    init_adapter_operations();
    init_clock();
    init_errors();
    init_scanstat_error();
    init_scan();
    init_next_poll_hint();
    init_poll_delay();
    init_scan_changed();
    init_watch_error();
    refKey = (ref) => `${ref.vendor}:${ref.id}`;
  }
});

// ../packages/core/src/model/vendor-count.ts
function vendorCount(value) {
  return typeof value == "number" && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
var init_vendor_count = __esm({
  "../packages/core/src/model/vendor-count.ts"() {
    "use strict";
  }
});

// ../packages/core/src/index.ts
var init_src = __esm({
  "../packages/core/src/index.ts"() {
    "use strict";
    init_adapter_operations();
    init_clock();
    init_errors();
    init_scanstat_error();
    init_http_client();
    init_redact();
    init_header_value();
    init_page_cap();
    init_validate();
    init_scan();
    init_scan_ref();
    init_severity_policy();
    init_result_evidence();
    init_vendor_id();
    init_sliding_window_limiter();
    init_watch_scans();
    init_vendor_count();
  }
});

// ../apps/cli/src/output/sanitize-terminal-text.ts
function escapeCharacter(character) {
  let code2 = character.charCodeAt(0);
  return code2 < 256 ? `\\x${code2.toString(16).padStart(2, "0")}` : `\\u${code2.toString(16).padStart(4, "0")}`;
}
function sanitizeTerminalText(text6) {
  return fieldUnsafe.lastIndex = 0, fieldUnsafe.test(text6) ? text6.replace(fieldUnsafe, escapeCharacter) : text6;
}
function sanitizeTerminalLines(text6) {
  return lineUnsafe.lastIndex = 0, lineUnsafe.test(text6) ? text6.replace(lineUnsafe, escapeCharacter) : text6;
}
var fieldUnsafe, lineUnsafe, init_sanitize_terminal_text = __esm({
  "../apps/cli/src/output/sanitize-terminal-text.ts"() {
    "use strict";
    fieldUnsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, lineUnsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  }
});

// ../apps/cli/src/arguments/usage-error.ts
var UsageError, init_usage_error = __esm({
  "../apps/cli/src/arguments/usage-error.ts"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
      code = "usage";
      static isInstance(error) {
        return typeof error == "object" && error !== null && error.code === "usage";
      }
    };
  }
});

// ../apps/cli/src/output/report-json.ts
function trimRaw(raw, limits = defaultRawLimits) {
  let values = 0, ancestors = /* @__PURE__ */ new Set(), visit = (value, depth) => {
    if (values++, values > limits.maxValues) return `[cut: more than ${limits.maxValues} values]`;
    switch (typeof value) {
      case "string":
        return value.length > limits.maxStringLength ? `${value.slice(0, limits.maxStringLength)}[cut: ${value.length - limits.maxStringLength} more characters]` : value;
      case "number":
      case "boolean":
        return value;
      case "undefined":
        return;
      case "object":
        break;
      default:
        return String(value);
    }
    if (value === null) return null;
    if (depth >= limits.maxDepth) return `[cut: deeper than ${limits.maxDepth} levels]`;
    if (ancestors.has(value)) return "[cut: refers to itself]";
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => visit(item, depth + 1) ?? null);
      let copy = {};
      for (let [key, item] of Object.entries(value)) {
        let kept = visit(item, depth + 1);
        kept !== void 0 && (copy[key] = kept);
      }
      return copy;
    } finally {
      ancestors.delete(value);
    }
  };
  return visit(raw, 0);
}
function escapeJsonForTerminal(json2) {
  return terminalUnsafeInJson.lastIndex = 0, terminalUnsafeInJson.test(json2) ? json2.replace(terminalUnsafeInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`) : json2;
}
function stringifyJson(value, indent) {
  return escapeJsonForTerminal(JSON.stringify(value, null, indent));
}
function reportableScan(scan) {
  return { ...scan, raw: trimRaw(scan.raw) };
}
function serializeReportElement(element, ref, indent) {
  try {
    return stringifyJson(element, indent);
  } catch (error) {
    let message = `this scan could not be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
    return stringifyJson({ ref, error: { code: "unserializable", message } }, indent);
  }
}
var defaultRawLimits, terminalUnsafeInJson, init_report_json = __esm({
  "../apps/cli/src/output/report-json.ts"() {
    "use strict";
    defaultRawLimits = { maxDepth: 32, maxStringLength: 65536, maxValues: 1e5 };
    terminalUnsafeInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  }
});

// ../apps/cli/src/output/report-entry.ts
function summarizeError(error) {
  return ScanstatError.isInstance(error) ? { code: error.code, message: error.message } : error instanceof Error ? { code: "internal", message: error.message.split(`
`)[0] ?? error.name } : { code: "internal", message: String(error) };
}
function refText(ref) {
  return sanitizeTerminalText(formatScanRef(ref));
}
var init_report_entry = __esm({
  "../apps/cli/src/output/report-entry.ts"() {
    "use strict";
    init_src();
    init_sanitize_terminal_text();
  }
});

// ../apps/cli/src/output/error-text.ts
function errorText(error, options2) {
  let prefix = options2.ref ? `scanstat: ${refText(options2.ref)}: ` : "scanstat: ", message = ScanstatError.isInstance(error) || error instanceof Error ? error.message.split(`
`)[0] ?? "" : String(error), known2 = ScanstatError.isInstance(error), shown2 = sanitizeTerminalText(message), text6 = `${prefix}${known2 ? shown2 : `unexpected error: ${shown2}`}
`;
  if (options2.verbose && error instanceof Error) {
    let current = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++)
      current.stack && (text6 += `${sanitizeTerminalLines(current.stack)}
`), current = current.cause, current instanceof Error && (text6 += `caused by:
`);
  }
  return text6;
}
var init_error_text = __esm({
  "../apps/cli/src/output/error-text.ts"() {
    "use strict";
    init_src();
    init_report_entry();
    init_sanitize_terminal_text();
  }
});

// ../apps/cli/src/commands/prepare-adapters.ts
async function prepareAdapters(context, refs, capability) {
  let vendors = [...new Set(refs.map((ref) => ref.vendor))];
  context.requireCredentials(vendors);
  let adapters = /* @__PURE__ */ new Map();
  for (let vendor of vendors) {
    let adapter = await context.adapter(vendor);
    capability && requireCapability(adapter, capability), adapters.set(vendor, adapter);
  }
  return adapters;
}
var init_prepare_adapters = __esm({
  "../apps/cli/src/commands/prepare-adapters.ts"() {
    "use strict";
    init_src();
  }
});

// ../apps/cli/src/output/format-json.ts
function jsonReportElement(entry) {
  if (entry.scan) {
    let scan = reportableScan(entry.scan);
    return entry.error ? { ...scan, error: entry.error } : scan;
  }
  return entry.error ? { ref: entry.ref, error: entry.error } : { ref: entry.ref };
}
function formatJsonReport(entries) {
  return entries.length === 0 ? `[]
` : `[
  ${entries.map(
    (entry) => (
      // Indented as JSON.stringify(array, null, 2) would: the same text, element by element.
      serializeReportElement(jsonReportElement(entry), entry.ref, 2).replace(/\n/g, `
  `)
    )
  ).join(`,
  `)}
]
`;
}
var init_format_json = __esm({
  "../apps/cli/src/output/format-json.ts"() {
    "use strict";
    init_report_json();
  }
});

// ../packages/core/src/testing/faults.ts
function transportFault(response) {
  return transportFaults.get(response);
}
function faultName(fault) {
  return fault.type === "status" || fault.type === "html" ? `${fault.type}:${fault.status}` : fault.type;
}
function errorResponse(kind) {
  let response = new Response(null, { status: 599 });
  return transportFaults.set(response, kind), response;
}
async function stalledResponse(original, ms) {
  let bytes = new Uint8Array(await original.arrayBuffer()), half = Math.floor(bytes.length / 2), timer, body = new ReadableStream({
    start(controller) {
      half > 0 && controller.enqueue(bytes.slice(0, half)), timer = setTimeout(() => {
        controller.enqueue(bytes.slice(half)), controller.close();
      }, ms);
    },
    cancel() {
      clearTimeout(timer);
    }
  }), headers3 = new Headers(original.headers);
  return headers3.delete("content-length"), new Response(body, { status: original.status, headers: headers3 });
}
async function respondWith(fault, original) {
  switch (fault.type) {
    case "status": {
      let isText = typeof fault.body == "string", body = fault.body === void 0 ? "" : isText ? fault.body : JSON.stringify(fault.body);
      return new Response(body, {
        status: fault.status,
        headers: { "content-type": isText ? "text/plain" : "application/json", ...fault.headers }
      });
    }
    case "html":
      return new Response(
        `<!DOCTYPE html><html><head><title>${fault.status} Bad Gateway</title></head><body><h1>${fault.status}</h1><p>upstream error</p></body></html>`,
        { status: fault.status, headers: { "content-type": "text/html" } }
      );
    case "reset":
    case "refused":
      return errorResponse(fault.type);
    case "delay":
      return await new Promise((resolve2) => setTimeout(resolve2, fault.ms)), original ?? new Response(null, { status: 204 });
    case "slowBody":
      return original ? stalledResponse(original, fault.ms) : new Response(null, { status: 204 });
    case "malformed":
      return new Response('{"content": [{"id": "trunc', {
        status: 200,
        headers: { "content-type": "application/json" }
      });
    case "empty":
      return new Response("", { status: 200, headers: { "content-type": "application/json" } });
    case "transform": {
      if (!original) return new Response("", { status: 200 });
      let body = await original.json().catch(() => {
      }), headers3 = new Headers(original.headers);
      return headers3.delete("content-length"), new Response(JSON.stringify(fault.transform(body)), { status: original.status, headers: headers3 });
    }
  }
}
function createFaultInjector() {
  let rules = [], randomRule, injected = {}, taken = (fault, afterHandling) => {
    let name = faultName(fault);
    return injected[name] = (injected[name] ?? 0) + 1, {
      name,
      // Drift and delays need the real answer first.
      afterHandling: afterHandling || fault.type === "transform" || fault.type === "delay" || fault.type === "slowBody",
      respond: (original) => respondWith(fault, original)
    };
  };
  return {
    add(fault, options2 = {}) {
      rules.push({
        fault,
        ...options2.operation ? { operation: options2.operation } : {},
        remaining: options2.times ?? 1,
        afterHandling: options2.afterHandling ?? !1
      });
    },
    random(options2) {
      randomRule = { random: Math.random, ...options2 };
    },
    clear() {
      rules = [], randomRule = void 0;
    },
    get injected() {
      return injected;
    },
    take(operation) {
      let rule = rules.find(
        (candidate) => candidate.remaining > 0 && (!candidate.operation || candidate.operation === operation)
      );
      if (rule)
        return rule.remaining--, rules = rules.filter((candidate) => candidate.remaining > 0), taken(rule.fault, rule.afterHandling);
      if (randomRule && (!randomRule.operations || operation && randomRule.operations.includes(operation)) && randomRule.random() < randomRule.rate) {
        let fault = randomRule.faults[Math.floor(randomRule.random() * randomRule.faults.length)];
        if (fault) return taken(fault, !1);
      }
    }
  };
}
var transportFaults, init_faults = __esm({
  "../packages/core/src/testing/faults.ts"() {
    "use strict";
    transportFaults = /* @__PURE__ */ new WeakMap();
  }
});

// ../packages/core/src/testing/serve-on-loopback.ts
import { createServer } from "node:http";
async function serveOnLoopback(mounts, options2 = {}) {
  let host = options2.host ?? "127.0.0.1", server = createServer((incoming, outgoing) => {
    answer(incoming, outgoing).catch(() => outgoing.destroy());
  });
  async function answer(incoming, outgoing) {
    let url = new URL(incoming.url ?? "/", `http://${host}`), mount = mounts.find(
      (candidate) => url.pathname === candidate.prefix || url.pathname.startsWith(`${candidate.prefix}/`)
    );
    if (!mount) {
      outgoing.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "no simulator here" }));
      return;
    }
    let chunks = [];
    for await (let chunk of incoming) chunks.push(chunk);
    let body = chunks.length > 0 ? Buffer.concat(chunks) : void 0, headers3 = new Headers();
    for (let [name, value] of Object.entries(incoming.headers))
      typeof value == "string" ? headers3.set(name, value) : Array.isArray(value) && headers3.set(name, value.join(", "));
    let request = new Request(`http://${incoming.headers.host ?? host}${url.pathname}${url.search}`, {
      method: incoming.method ?? "GET",
      headers: headers3,
      ...body && incoming.method !== "GET" && incoming.method !== "HEAD" ? { body } : {}
    }), response = await mount.simulator.handle(request);
    if (transportFault(response)) {
      incoming.socket.destroy();
      return;
    }
    let responseHeaders = {};
    if (response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    }), outgoing.writeHead(response.status, responseHeaders), response.body) {
      let reader = response.body.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read())
        outgoing.write(next.value) || await new Promise((resolve2) => outgoing.once("drain", resolve2));
    }
    outgoing.end();
  }
  await new Promise((resolve2, reject) => {
    server.once("error", reject), server.listen(options2.port ?? 0, host, () => resolve2());
  });
  let port = server.address().port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise((resolve2) => {
      server.closeAllConnections(), server.close(() => resolve2());
    })
  };
}
var init_serve_on_loopback = __esm({
  "../packages/core/src/testing/serve-on-loopback.ts"() {
    "use strict";
    init_faults();
  }
});

// ../packages/core/src/testing/simulator.ts
async function readBody(request) {
  let text6 = await request.clone().text();
  if (text6 === "") return;
  if ((request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text6));
  try {
    return JSON.parse(text6);
  } catch {
    return text6;
  }
}
function jsonResponse(body, init = {}) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "content-type": "application/json", ...init.headers }
  });
}
var Simulator, init_simulator = __esm({
  "../packages/core/src/testing/simulator.ts"() {
    "use strict";
    init_faults();
    Simulator = class {
      vendor;
      clock;
      faults;
      requests = [];
      #options;
      #routes;
      #windows = /* @__PURE__ */ new Map();
      constructor(options2) {
        this.#options = options2, this.vendor = options2.vendor, this.clock = options2.clock, this.faults = createFaultInjector(), this.#routes = options2.routes.map((route) => {
          let names = [], source = route.path.split("/").map((segment) => segment.startsWith(":") ? (names.push(segment.slice(1)), "([^/]+)") : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("/");
          return { route, pattern: new RegExp(`${source}$`), names };
        });
      }
      /** How many requests of an operation reached the simulator (faulted ones included). */
      count(operation, options2 = {}) {
        return this.requests.filter(
          (request) => request.operation === operation && (options2.status === void 0 || request.status === options2.status)
        ).length;
      }
      /** A `fetch` that calls the simulator directly; transport faults become the errors Node's fetch throws. */
      fetch = async (input, init) => {
        let request = input instanceof Request && !init ? input : new Request(input, init), response = await this.handle(request), fault = transportFault(response);
        if (fault) {
          let code2 = fault === "refused" ? "ECONNREFUSED" : "ECONNRESET";
          throw new TypeError("fetch failed", { cause: Object.assign(new Error(`${code2} (simulated)`), { code: code2 }) });
        }
        return response;
      };
      async handle(request) {
        let url = new URL(request.url), matched = this.#match(request.method, url.pathname), operation = matched?.route.operation, record = (response2, fault2) => (this.requests.push({
          method: request.method,
          path: url.pathname,
          search: url.search,
          operation,
          status: response2.status,
          at: this.clock.now(),
          ...fault2 ? { fault: fault2 } : {}
        }), response2), fault = this.faults.take(operation, request);
        if (fault && !fault.afterHandling)
          return record(await fault.respond(void 0), fault.name);
        if (!matched) return record(this.#options.notFoundResponse(url));
        let credential = this.#options.authenticate(request, matched.route);
        if (credential instanceof Response) return record(credential);
        let limited = this.#enforceRateLimit(credential, matched.route.operation);
        if (limited) return record(limited);
        let context = {
          request,
          url,
          params: matched.params,
          now: this.clock.now(),
          credential,
          body: () => readBody(request)
        }, response;
        try {
          response = await matched.route.handle(context);
        } catch (error) {
          response = new Response(JSON.stringify({ message: `simulator error: ${error.message}` }), {
            status: 500,
            headers: { "content-type": "application/json" }
          });
        }
        return fault?.afterHandling ? record(await fault.respond(response), fault.name) : record(response);
      }
      #match(method, pathname) {
        for (let candidate of this.#routes) {
          if (candidate.route.method !== method) continue;
          let found = candidate.pattern.exec(pathname);
          if (!found) continue;
          let params = {};
          return candidate.names.forEach((name, index) => {
            params[name] = decodeURIComponent(found[index + 1] ?? "");
          }), { route: candidate.route, params };
        }
      }
      #enforceRateLimit(credential, operation) {
        let limitClass = this.#options.rateLimitClass?.(operation) ?? operation, limit = this.#options.rateLimits?.[limitClass];
        if (!limit) return;
        let key = `${credential}\0${limitClass}`, now = this.clock.now(), sent = (this.#windows.get(key) ?? []).filter((at) => at > now - limit.windowMs);
        if (sent.length >= limit.requests) {
          this.#windows.set(key, sent);
          let retryAfterSeconds = Math.max(1, Math.ceil((sent[0] + limit.windowMs - now) / 1e3)), response = this.#options.rateLimitedResponse(retryAfterSeconds);
          return this.#options.sendRetryAfter !== !1 && response.headers.set("retry-after", String(retryAfterSeconds)), response;
        }
        sent.push(now), this.#windows.set(key, sent);
      }
    };
  }
});

// ../packages/core/src/testing/virtual-clock.ts
async function settle(turns = 5) {
  for (let index = 0; index < turns; index++) await new Promise((resolve2) => setImmediate(resolve2));
}
function createVirtualClock(options2) {
  return new VirtualClock(options2);
}
function createScaledClock(factor, start = Date.now()) {
  let realStart = Date.now(), now = () => start + (Date.now() - realStart) * factor;
  return {
    now,
    sleep: (ms, signal) => new Promise((resolve2, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      let target = now() + Math.max(0, ms), timer, onAbort = () => {
        clearTimeout(timer), reject(signal?.reason);
      }, wait = () => {
        let left = target - now();
        if (left <= 0) {
          signal?.removeEventListener("abort", onAbort), resolve2();
          return;
        }
        timer = setTimeout(wait, clampTimerMs(Math.max(1, left / factor)));
      };
      signal?.addEventListener("abort", onAbort, { once: !0 }), wait();
    })
  };
}
var VirtualClock, init_virtual_clock = __esm({
  "../packages/core/src/testing/virtual-clock.ts"() {
    "use strict";
    init_clamp_timer();
    VirtualClock = class {
      #now;
      #timers = [];
      #order = 0;
      #autoAdvance;
      #scheduled = !1;
      constructor(options2 = {}) {
        let start = options2.start ?? "2026-01-01T00:00:00Z";
        this.#now = typeof start == "number" ? start : Date.parse(start), this.#autoAdvance = options2.autoAdvance ?? !0;
      }
      now() {
        return this.#now;
      }
      /** Timers still waiting. */
      get pendingTimers() {
        return this.#timers.length;
      }
      sleep(ms, signal) {
        return signal?.aborted ? Promise.reject(signal.reason) : new Promise((resolve2, reject) => {
          let timer = {
            at: this.#now + Math.max(0, ms),
            order: this.#order++,
            resolve: () => {
              signal?.removeEventListener("abort", onAbort), resolve2();
            }
          }, onAbort = () => {
            this.#timers = this.#timers.filter((candidate) => candidate !== timer), reject(signal?.reason);
          };
          signal?.addEventListener("abort", onAbort, { once: !0 }), this.#timers.push(timer), this.#timers.sort((a, b) => a.at - b.at || a.order - b.order), this.#autoAdvance && this.#scheduleAutoAdvance();
        });
      }
      /** Moves time forward by `ms`, firing every timer due on the way, in order. */
      async advance(ms) {
        let target = this.#now + ms;
        for (; this.#timers.length > 0 && this.#timers[0].at <= target; ) {
          let timer = this.#timers.shift();
          this.#now = Math.max(this.#now, timer.at), timer.resolve(), await settle();
        }
        this.#now = target;
      }
      /** Sets the time without firing timers (for simulators' timelines in hand-driven tests). */
      setTime(epochMs) {
        this.#now = epochMs;
      }
      #scheduleAutoAdvance() {
        this.#scheduled || (this.#scheduled = !0, (async () => {
          await settle(), this.#scheduled = !1;
          let next = this.#timers.shift();
          next && (this.#now = Math.max(this.#now, next.at), next.resolve(), this.#timers.length > 0 && this.#scheduleAutoAdvance());
        })());
      }
    };
  }
});

// ../packages/core/src/testing/index.ts
var testing_exports = {};
__export(testing_exports, {
  Simulator: () => Simulator,
  VirtualClock: () => VirtualClock,
  createFaultInjector: () => createFaultInjector,
  createScaledClock: () => createScaledClock,
  createVirtualClock: () => createVirtualClock,
  jsonResponse: () => jsonResponse,
  serveOnLoopback: () => serveOnLoopback,
  transportFault: () => transportFault
});
var init_testing = __esm({
  "../packages/core/src/testing/index.ts"() {
    "use strict";
    init_faults();
    init_serve_on_loopback();
    init_simulator();
    init_virtual_clock();
  }
});

// ../apps/cli/src/transport/proxy-fetch.ts
var proxy_fetch_exports = {};
__export(proxy_fetch_exports, {
  createProxyAgent: () => createProxyAgent
});
import { EnvHttpProxyAgent } from "undici";
function createProxyAgent(settings) {
  let emitWarning = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    String(warning).includes("EnvHttpProxyAgent is experimental") || emitWarning.call(process, warning, ...rest);
  });
  try {
    return new EnvHttpProxyAgent(settings);
  } finally {
    process.emitWarning = emitWarning;
  }
}
var init_proxy_fetch = __esm({
  "../apps/cli/src/transport/proxy-fetch.ts"() {
    "use strict";
  }
});

// ../apps/cli/src/serve/listen-http.ts
import { createServer as createServer2 } from "node:http";
import { Readable } from "node:stream";
async function listenHttp(handler, options2) {
  let server = createServer2((incoming, outgoing) => {
    answer(incoming, outgoing).catch(() => {
      outgoing.headersSent || outgoing.writeHead(500, { "content-type": "text/plain; charset=utf-8" }), outgoing.end();
    });
  });
  server.headersTimeout = 1e4, server.requestTimeout = 6e4;
  async function answer(incoming, outgoing) {
    let hostHeader = incoming.headers.host ?? options2.host, url;
    try {
      let target = new URL(incoming.url ?? "/", "http://request.invalid");
      url = new URL(`${target.pathname}${target.search}`, `http://${hostHeader}`);
    } catch {
      outgoing.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`bad request
`);
      return;
    }
    let headers3 = new Headers();
    for (let [name, value] of Object.entries(incoming.headers))
      typeof value == "string" ? headers3.set(name, value) : Array.isArray(value) && headers3.set(name, value.join(", "));
    let method = incoming.method ?? "GET", hasBody = method !== "GET" && method !== "HEAD", request = new Request(url, {
      method,
      headers: headers3,
      ...hasBody ? { body: Readable.toWeb(incoming), duplex: "half" } : {}
    }), response = await handler(request), responseHeaders = {};
    if (response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    }), hasBody && !incoming.readableEnded && (responseHeaders.connection = "close"), outgoing.writeHead(response.status, responseHeaders), !response.body || method === "HEAD") {
      await response.body?.cancel().catch(() => {
      }), outgoing.end();
      return;
    }
    let reader = response.body.getReader(), onClose = () => {
      reader.cancel().catch(() => {
      });
    };
    outgoing.once("close", onClose);
    try {
      for (let next = await reader.read(); !next.done && (outgoing.write(next.value) || await new Promise((resolve2) => {
        outgoing.once("drain", resolve2), outgoing.once("close", resolve2);
      }), !outgoing.destroyed); next = await reader.read())
        ;
    } finally {
      outgoing.off("close", onClose), outgoing.end();
    }
  }
  await new Promise((resolve2, reject) => {
    server.once("error", reject), server.listen(options2.port, options2.host, () => {
      server.off("error", reject), resolve2();
    });
  });
  let address = server.address();
  return {
    url: `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`,
    port: address.port,
    close: () => new Promise((resolve2) => {
      server.closeAllConnections(), server.close(() => resolve2());
    })
  };
}
var init_listen_http = __esm({
  "../apps/cli/src/serve/listen-http.ts"() {
    "use strict";
  }
});

// ../apps/cli/src/serve/metered-limiter.ts
function meterLimiter(inner, clock) {
  let budgets = /* @__PURE__ */ new Map();
  return {
    async acquire(key, limit, signal) {
      await inner.acquire(key, limit, signal);
      let budget = budgets.get(key);
      budget || (budget = { limit, sent: [] }, budgets.set(key, budget)), budget.limit = limit, budget.sent.push(clock.now()), budget.sent.length > limit.requests && budget.sent.splice(0, budget.sent.length - limit.requests);
    },
    readings() {
      let now = clock.now();
      return [...budgets].map(([key, { limit, sent }]) => {
        let first = key.indexOf(":"), last = key.lastIndexOf(":"), inWindow = sent.filter((time3) => time3 > now - limit.windowMs).length;
        return {
          vendor: key.slice(0, first),
          credential: key.slice(first + 1, last),
          rateClass: key.slice(last + 1),
          limit: limit.requests,
          windowSeconds: limit.windowMs / 1e3,
          remaining: Math.max(0, limit.requests - inWindow)
        };
      });
    }
  };
}
var init_metered_limiter = __esm({
  "../apps/cli/src/serve/metered-limiter.ts"() {
    "use strict";
  }
});

// ../apps/cli/src/serve/request-guard.ts
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
function isLoopbackHost(host) {
  let name = host.trim().toLowerCase();
  return loopbackNames.has(name) || name.endsWith(".localhost") ? !0 : isIP(name) === 4 && name.startsWith("127.");
}
function tokenMatches(given, expected) {
  return timingSafeEqual(digest(given), digest(expected));
}
function requestToken(request, url) {
  let authorization = request.headers.get("authorization");
  return (authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : void 0) ?? url.searchParams.get("token") ?? void 0;
}
async function readCappedText(request, limit) {
  let declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError2(limit);
  if (!request.body) return "";
  let reader = request.body.getReader(), chunks = [], size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (size += next.value.byteLength, size > limit)
      throw reader.releaseLock(), new BodyTooLargeError2(limit);
    chunks.push(next.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
var loopbackNames, digest, BodyTooLargeError2, init_request_guard = __esm({
  "../apps/cli/src/serve/request-guard.ts"() {
    "use strict";
    loopbackNames = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
    digest = (text6) => createHash("sha256").update(text6, "utf8").digest();
    BodyTooLargeError2 = class extends Error {
      constructor(limit) {
        super(`the request body is larger than ${limit} bytes`);
        this.limit = limit;
        this.name = "BodyTooLargeError";
      }
      limit;
    };
  }
});

// ../apps/cli/src/serve/scan-board.ts
function sameShown(a, b) {
  let { raw: _a3, ...shownA } = a, { raw: _b, ...shownB } = b;
  return JSON.stringify(shownA) === JSON.stringify(shownB);
}
function createScanBoard(options2) {
  let maxScans = options2.maxScans ?? 1e3, entries = /* @__PURE__ */ new Map(), listeners = /* @__PURE__ */ new Set(), closed = !1, publicEntry = (tracked) => ({
    ref: tracked.ref,
    ...tracked.scan ? { scan: tracked.scan } : {},
    ...tracked.error ? { error: tracked.error } : {},
    ...tracked.message ? { message: tracked.message } : {},
    source: tracked.source
  }), emit = (change) => {
    for (let listener of [...listeners]) listener(change);
  }, changed = (tracked) => emit({ type: "scan", entry: publicEntry(tracked) });
  function store(tracked, scan) {
    let previous = tracked.scan, wasTerminal = previous !== void 0 && isTerminalState(previous.state);
    if (wasTerminal && !isTerminalState(scan.state)) return;
    let unchanged = previous !== void 0 && tracked.error === void 0 && sameShown(previous, scan);
    tracked.scan = scan, tracked.error = void 0, !unchanged && (!wasTerminal && isTerminalState(scan.state) && options2.onEnded?.(scan), changed(tracked));
  }
  function watch(tracked) {
    tracked.watch?.abort();
    let controller = new AbortController();
    tracked.watch = controller;
    let events = watchScans(options2.adapter, [tracked.ref], {
      clock: options2.clock,
      signal: controller.signal,
      ...options2.intervalMs !== void 0 ? { intervalMs: options2.intervalMs } : {},
      ...options2.random ? { random: options2.random } : {}
    }), current = () => !controller.signal.aborted && tracked.watch === controller;
    (async () => {
      for await (let event of events) {
        if (!current()) return;
        event.type === "update" ? store(tracked, event.scan) : event.type === "error" && (tracked.error = summarizeError(event.error), changed(tracked));
      }
      tracked.watch === controller && (tracked.watch = void 0);
    })();
  }
  function makeRoom(needed) {
    for (let tracked of [...entries.values()]) {
      if (entries.size + needed <= maxScans) return;
      (tracked.scan && isTerminalState(tracked.scan.state) || tracked.error !== void 0) && board.remove(tracked.ref);
    }
  }
  let board = {
    list: () => [...entries.values()].map(publicEntry),
    get(ref) {
      let tracked = entries.get(keyOf(ref));
      return tracked ? publicEntry(tracked) : void 0;
    },
    add(refs, source) {
      if (closed) return [];
      let fresh = [...new Map(refs.map((ref) => [keyOf(ref), ref])).values()].filter(
        (ref) => !entries.has(keyOf(ref))
      );
      if (entries.size + fresh.length > maxScans && makeRoom(fresh.length), entries.size + fresh.length > maxScans) throw new BoardFullError(maxScans);
      for (let ref of fresh) {
        let tracked = { ref: { vendor: ref.vendor, id: ref.id }, source, watch: void 0 };
        entries.set(keyOf(ref), tracked), changed(tracked), watch(tracked);
      }
      return fresh;
    },
    remove(ref) {
      let tracked = entries.get(keyOf(ref));
      return tracked ? (tracked.watch?.abort(), tracked.watch = void 0, entries.delete(keyOf(ref)), emit({ type: "remove", ref: tracked.ref }), !0) : !1;
    },
    refresh(ref) {
      let tracked = entries.get(keyOf(ref));
      tracked && !closed && watch(tracked);
    },
    apply(scan, message) {
      let tracked = entries.get(keyOf(scan.ref));
      !tracked || closed || (message !== void 0 && (tracked.message = message), store(tracked, scan));
    },
    subscribe(listener) {
      return listeners.add(listener), () => listeners.delete(listener);
    },
    close() {
      if (!closed) {
        closed = !0;
        for (let tracked of entries.values()) tracked.watch?.abort();
        emit({ type: "close" }), listeners.clear();
      }
    }
  };
  return board;
}
var BoardFullError, keyOf, init_scan_board = __esm({
  "../apps/cli/src/serve/scan-board.ts"() {
    "use strict";
    init_src();
    init_report_entry();
    BoardFullError = class extends Error {
      constructor(maxScans) {
        super(`the board watches at most ${maxScans} scans: DELETE some first`), this.name = "BoardFullError";
      }
    }, keyOf = formatScanRef;
  }
});

// ../apps/cli/src/serve/serve-config.ts
import { readFile } from "node:fs/promises";
function readServeSection(section, path) {
  let fail = (problem2) => new ConfigError(`config ${path}: serve${problem2}`), config2 = { activeVendors: [], activeIntervalMs: defaultActiveIntervalMs };
  if (section === void 0) return config2;
  if (typeof section != "object" || section === null || Array.isArray(section)) throw fail(" must be an object");
  for (let key of Object.keys(section))
    if (!known.includes(key)) throw fail(`: unknown key "${key}" (known: ${known.join(", ")})`);
  let { active, activeIntervalSeconds } = section;
  if (active !== void 0) {
    if (!Array.isArray(active)) throw fail('.active must be a list of vendors, e.g. ["projectdiscovery", "halo"]');
    for (let word of active) {
      let vendor = typeof word == "string" ? resolveVendorId(word) : void 0;
      if (!vendor) throw fail(`.active: unknown vendor ${JSON.stringify(word)}`);
      config2.activeVendors.includes(vendor) || config2.activeVendors.push(vendor);
    }
  }
  if (activeIntervalSeconds !== void 0) {
    if (typeof activeIntervalSeconds != "number" || !(activeIntervalSeconds >= 5) || activeIntervalSeconds > 86400)
      throw fail(".activeIntervalSeconds must be a number of seconds from 5 to 86400");
    config2.activeIntervalMs = Math.round(activeIntervalSeconds * 1e3);
  }
  return config2;
}
async function loadServeConfig(path) {
  if (path === void 0) return readServeSection(void 0, "");
  let json2;
  try {
    json2 = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`config ${path}: cannot read it again (${error.message.split(`
`)[0]})`);
  }
  return readServeSection(json2?.serve, path);
}
var defaultActiveIntervalMs, known, init_serve_config = __esm({
  "../apps/cli/src/serve/serve-config.ts"() {
    "use strict";
    init_src();
    defaultActiveIntervalMs = 6e4, known = ["active", "activeIntervalSeconds"];
  }
});

// ../apps/cli/src/serve/board/board-page.ts
var boardContentSecurityPolicy, vendorNames, options, boardHtml, init_board_page = __esm({
  "../apps/cli/src/serve/board/board-page.ts"() {
    "use strict";
    init_src();
    boardContentSecurityPolicy = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "img-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'"
    ].join("; "), vendorNames = {
      soda: "Soda",
      projectdiscovery: "ProjectDiscovery",
      telmai: "Telmai",
      halo: "Halo"
    }, options = (values) => values.map(([value, label]) => `<option value="${value}">${label}</option>`).join(""), boardHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>scanstat board</title>
<link rel="stylesheet" href="/board.css">
<script src="/board.js" defer></script>
</head>
<body>
<header class="top">
  <h1>scanstat <span class="subtitle">scans across vendors</span></h1>
  <p id="connection" class="connection" data-status="connecting">connecting\u2026</p>
</header>
<section class="controls" aria-label="Filters">
  <label>Vendor <select id="filter-vendor"><option value="">all</option>${options(
      vendorIds.map((vendor) => [vendor, vendorNames[vendor]])
    )}</select></label>
  <label>State <select id="filter-state"><option value="">all</option><option value="active">not ended</option>${options(
      [...scanStates, "unread"].map((state) => [state, state.replace("_", " ")])
    )}</select></label>
  <label>Verdict <select id="filter-verdict"><option value="">all</option>${options(
      [...verdicts, "none"].map((verdict) => [verdict, verdict === "none" ? "no verdict" : verdict])
    )}</select></label>
  <p id="summary" class="summary" aria-live="polite"></p>
</section>
<main>
<table class="scans">
<thead><tr><th>Vendor</th><th>Scan</th><th>State</th><th>Progress</th><th>Elapsed</th><th>Verdict</th><th>Findings / checks</th><th><span class="hidden-label">Vendor page</span></th></tr></thead>
<tbody id="scans"></tbody>
</table>
<p id="empty" class="empty">No scans yet. Add some with <code>POST /api/scans {"refs": ["soda:\u2026"]}</code>.</p>
</main>
<footer class="bottom"><a href="/api/scans">/api/scans</a> \xB7 <a href="/metrics">/metrics</a> \xB7 <a href="/healthz">/healthz</a></footer>
</body>
</html>
`;
  }
});

// ../apps/cli/src/serve/board/board-script.ts
var boardScript, init_board_script = __esm({
  "../apps/cli/src/serve/board/board-script.ts"() {
    "use strict";
    boardScript = `"use strict";
(function () {
  var vendorNames = { soda: "Soda", projectdiscovery: "ProjectDiscovery", telmai: "Telmai", halo: "Halo" };
  var terminal = { completed: true, failed: true, canceled: true, timed_out: true };
  var severityOrder = ["critical", "high", "medium", "low", "info", "unknown"];
  var rows = new Map();
  // The server's clock minus the browser's: elapsed time is counted on the server's clock.
  var clockOffset = 0;
  function now() { return Date.now() + clockOffset; }
  var body = document.getElementById("scans");
  var empty = document.getElementById("empty");
  var summary = document.getElementById("summary");
  var connection = document.getElementById("connection");
  var filters = {
    vendor: document.getElementById("filter-vendor"),
    state: document.getElementById("filter-state"),
    verdict: document.getElementById("filter-verdict")
  };

  function keyOf(ref) { return ref.vendor + ":" + ref.id; }
  function stateOf(scan) { return scan.state || "unread"; }
  function verdictOf(scan) { return (scan.result && scan.result.verdict) || "none"; }
  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function cell(label, children) {
    var td = document.createElement("td");
    td.setAttribute("data-label", label);
    var inner = document.createElement("div");
    children.forEach(function (child) { if (child) inner.appendChild(child); });
    td.appendChild(inner);
    // A phone shows only the cells that say something.
    if (!inner.textContent) td.className = "blank";
    return td;
  }
  function duration(ms) {
    if (!(ms >= 0)) return "";
    var seconds = Math.floor(ms / 1000);
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    if (hours > 0) return hours + "h " + String(minutes).padStart(2, "0") + "m";
    if (minutes > 0) return minutes + "m " + String(rest).padStart(2, "0") + "s";
    return rest + "s";
  }
  function elapsed(scan) {
    var start = Date.parse(scan.startedAt || scan.createdAt || "");
    if (isNaN(start)) return "";
    var end = Date.parse(scan.finishedAt || "");
    if (isNaN(end)) end = terminal[scan.state] ? Date.parse(scan.updatedAt || "") : now();
    return isNaN(end) ? "" : duration(end - start);
  }
  function progress(scan) {
    var value = scan.progress || {};
    if (typeof value.ratio === "number") return Math.round(value.ratio * 100);
    if (typeof value.completed === "number" && value.total > 0) return Math.round((value.completed / value.total) * 100);
    return undefined;
  }
  function outcome(result) {
    if (!result) return "";
    if (result.findings) {
      var parts = severityOrder
        .filter(function (severity) { return result.findings.bySeverity && result.findings.bySeverity[severity] > 0; })
        .map(function (severity) { return result.findings.bySeverity[severity] + " " + severity; });
      return result.findings.total + " findings" + (parts.length ? ": " + parts.join(", ") : "");
    }
    if (result.checks) {
      var checks = result.checks;
      var noted = [["passed", checks.passed], ["warned", checks.warned], ["failed", checks.failed], ["errored", checks.errored]]
        .filter(function (pair) { return pair[1] > 0; })
        .map(function (pair) { return pair[1] + " " + pair[0]; });
      return checks.total + " checks" + (noted.length ? ": " + noted.join(", ") : "");
    }
    return "";
  }
  function safeLink(url) {
    if (typeof url !== "string") return undefined;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
    } catch (error) {
      return undefined;
    }
  }

  function fill(row) {
    var scan = row.scan;
    var state = stateOf(scan);
    var verdict = verdictOf(scan);
    var tr = row.tr;
    tr.dataset.ref = keyOf(scan.ref);
    tr.dataset.vendor = scan.ref.vendor;
    tr.dataset.state = state;
    tr.dataset.verdict = verdict;
    var percent = progress(scan);
    var bar;
    if (percent !== undefined) {
      bar = element("div", undefined, "bar");
      var fillBar = element("span");
      fillBar.style.width = Math.max(0, Math.min(100, percent)) + "%";
      bar.appendChild(fillBar);
    }
    var href = safeLink(scan.url);
    var link;
    if (href) {
      link = element("a", "open \u2197");
      link.href = href;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
    }
    row.elapsed = element("span", elapsed(scan), "numbers");
    tr.replaceChildren(
      cell("Vendor", [element("span", vendorNames[scan.ref.vendor] || scan.ref.vendor)]),
      cell("Scan", [
        element("span", scan.name || scan.ref.id, "name"),
        scan.name ? element("span", keyOf(scan.ref), "ref") : element("span", scan.ref.vendor, "ref")
      ]),
      cell("State", [
        element("span", state.replace("_", " "), "badge state-" + state),
        scan.vendorState ? element("span", scan.vendorState, "vendor-word") : null,
        scan.error ? element("span", scan.error.message, "note error") : null,
        scan.message ? element("span", scan.message, "note") : null
      ]),
      cell("Progress", [percent !== undefined ? element("span", percent + "%", "numbers") : element("span", ""), bar]),
      cell("Elapsed", [row.elapsed]),
      cell("Verdict", [
        verdict === "none"
          ? element("span", terminal[state] ? "no verdict" : "\u2014", "badge verdict-none")
          : element("span", verdict, "badge verdict-" + verdict)
      ]),
      cell("Findings / checks", [element("span", outcome(scan.result), "numbers")]),
      cell("Vendor page", [link])
    );
  }

  function matches(row) {
    var scan = row.scan;
    var state = stateOf(scan);
    if (filters.vendor.value && scan.ref.vendor !== filters.vendor.value) return false;
    if (filters.state.value === "active" && terminal[state]) return false;
    if (filters.state.value && filters.state.value !== "active" && state !== filters.state.value) return false;
    if (filters.verdict.value && verdictOf(scan) !== filters.verdict.value) return false;
    return true;
  }

  function refresh() {
    var shown = 0, running = 0, ended = 0;
    rows.forEach(function (row) {
      var visible = matches(row);
      row.tr.hidden = !visible;
      if (visible) shown++;
      if (terminal[stateOf(row.scan)]) ended++;
      else running++;
    });
    empty.hidden = shown > 0;
    empty.textContent = rows.size === 0 ? "No scans yet." : "No scan matches these filters.";
    summary.textContent = rows.size + " scans \xB7 " + running + " not ended \xB7 " + ended + " ended" +
      (shown !== rows.size ? " \xB7 " + shown + " shown" : "");
    var params = new URLSearchParams();
    Object.keys(filters).forEach(function (name) { if (filters[name].value) params.set(name, filters[name].value); });
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  function upsert(scan) {
    var key = keyOf(scan.ref);
    var row = rows.get(key);
    if (!row) {
      row = { tr: document.createElement("tr"), scan: scan, elapsed: null };
      rows.set(key, row);
      body.appendChild(row.tr);
    }
    row.scan = scan;
    fill(row);
  }

  var initial = new URLSearchParams(location.search);
  Object.keys(filters).forEach(function (name) {
    var wanted = initial.get(name);
    if (wanted && Array.prototype.some.call(filters[name].options, function (option) { return option.value === wanted; })) {
      filters[name].value = wanted;
    }
    filters[name].addEventListener("change", refresh);
  });

  function setConnection(status, text) {
    connection.dataset.status = status;
    connection.textContent = text;
  }

  var source = new EventSource("/events");
  source.addEventListener("open", function () { setConnection("live", "live"); });
  source.addEventListener("error", function () { setConnection("reconnecting", "reconnecting\u2026"); });
  source.addEventListener("time", function (event) {
    var serverNow = Date.parse(JSON.parse(event.data).now);
    if (!isNaN(serverNow)) clockOffset = serverNow - Date.now();
    tick();
  });
  source.addEventListener("snapshot", function (event) {
    rows.clear();
    body.replaceChildren();
    JSON.parse(event.data).forEach(upsert);
    refresh();
  });
  source.addEventListener("scan", function (event) {
    upsert(JSON.parse(event.data));
    refresh();
  });
  source.addEventListener("remove", function (event) {
    var key = keyOf(JSON.parse(event.data).ref);
    var row = rows.get(key);
    if (row) {
      row.tr.remove();
      rows.delete(key);
    }
    refresh();
  });

  function tick() {
    rows.forEach(function (row) {
      if (!terminal[stateOf(row.scan)] && row.elapsed) row.elapsed.textContent = elapsed(row.scan);
    });
  }
  setInterval(tick, 1000);
  refresh();
})();
`;
  }
});

// ../apps/cli/src/serve/board/board-style.ts
var boardCss, init_board_style = __esm({
  "../apps/cli/src/serve/board/board-style.ts"() {
    "use strict";
    boardCss = `:root {
  --bg: #f7f7f8; --fg: #1b1c1f; --muted: #5f6470; --card: #ffffff; --line: #e3e4e8;
  --ok: #1f7a3a; --warn: #9a6200; --bad: #b3261e; --info: #2459a8; --idle: #6b7080;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 15px;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #15161a; --fg: #e8e9ed; --muted: #9ba0ab; --card: #1e2026; --line: #30333b;
    --ok: #5cc97b; --warn: #e6a93b; --bad: #ff7a70; --info: #7aa8ff; --idle: #9ba0ab; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
.top { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; padding: 1rem 1.25rem 0.25rem; flex-wrap: wrap; }
h1 { font-size: 1.3rem; margin: 0; }
.subtitle { font-weight: 400; color: var(--muted); font-size: 0.95rem; }
.connection { margin: 0; font-size: 0.85rem; color: var(--muted); }
.connection::before { content: ""; display: inline-block; width: 0.6em; height: 0.6em; border-radius: 50%; margin-right: 0.4em; background: var(--idle); }
.connection[data-status="live"]::before { background: var(--ok); }
.connection[data-status="reconnecting"]::before { background: var(--warn); }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 1.25rem; }
.controls label { font-size: 0.85rem; color: var(--muted); display: flex; align-items: center; gap: 0.35rem; }
select { font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.4rem; }
.summary { margin: 0 0 0 auto; font-size: 0.85rem; color: var(--muted); }
main { padding: 0 1.25rem 1rem; }
table.scans { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
th, td { text-align: left; padding: 0.55rem 0.7rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 600; }
tbody tr:last-child td { border-bottom: 0; }
.name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.ref, .vendor-word, .note { display: block; font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
.note.error { color: var(--bad); }
.badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; font-size: 0.8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.state-queued, .state-unread, .state-unknown, .verdict-none { color: var(--idle); }
.state-running, .state-canceling { color: var(--info); }
.state-completed, .verdict-pass { color: var(--ok); }
.verdict-warn, .state-timed_out { color: var(--warn); }
.state-failed, .state-canceled, .verdict-fail, .verdict-error { color: var(--bad); }
.bar { width: 7rem; max-width: 100%; height: 0.45rem; background: var(--line); border-radius: 999px; overflow: hidden; margin-top: 0.3rem; }
.bar > span { display: block; height: 100%; background: var(--info); }
.numbers { font-variant-numeric: tabular-nums; }
td[data-label="Vendor page"], td[data-label="Elapsed"] { white-space: nowrap; }
a { color: var(--info); }
.hidden-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.empty { color: var(--muted); text-align: center; padding: 2rem 0; }
.empty[hidden] { display: none; }
.bottom { padding: 0.5rem 1.25rem 1.5rem; font-size: 0.8rem; color: var(--muted); }
@media (max-width: 720px) {
  thead { display: none; }
  table.scans, tbody, tr, td { display: block; width: 100%; }
  table.scans { border: 0; background: transparent; }
  tr { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin-bottom: 0.6rem; padding: 0.3rem 0; }
  td { border: 0; padding: 0.25rem 0.8rem; display: flex; gap: 0.75rem; }
  td::before { content: attr(data-label); flex: 0 0 6.5rem; font-size: 0.75rem; text-transform: uppercase; color: var(--muted); padding-top: 0.15rem; }
  td > div { min-width: 0; }
  td.blank { display: none; }
  .summary { margin-left: 0; width: 100%; }
}
`;
  }
});

// ../apps/cli/src/serve/event-stream.ts
function eventStreamResponse(options2) {
  let { board, toElement, redact } = options2, maxQueuedBytes = options2.maxQueuedBytes ?? 4 * 1024 * 1024, stop2 = () => {
  }, stream = new ReadableStream(
    {
      start(controller) {
        let open2 = !0, close = () => {
          open2 && (open2 = !1, stop2(), controller.close());
        }, send = (text6) => {
          open2 && (controller.enqueue(encoder.encode(text6)), (controller.desiredSize ?? 0) < -maxQueuedBytes && close());
        }, event = (name, data) => send(`event: ${name}
data: ${redact(JSON.stringify(data))}

`), time3 = () => event("time", { now: new Date(options2.now()).toISOString() });
        send(`retry: 3000

`), time3(), event(
          "snapshot",
          board.list().map((entry) => toElement(entry))
        );
        let unsubscribe = board.subscribe((change) => {
          if (change.type === "close") return close();
          time3(), change.type === "scan" ? event("scan", toElement(change.entry)) : event("remove", { ref: change.ref });
        }), heartbeat = setInterval(time3, options2.heartbeatMs ?? 15e3);
        heartbeat.unref?.(), stop2 = () => {
          unsubscribe(), clearInterval(heartbeat);
        };
      },
      cancel() {
        stop2();
      }
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength }
  );
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no"
    }
  });
}
var encoder, init_event_stream = __esm({
  "../apps/cli/src/serve/event-stream.ts"() {
    "use strict";
    encoder = new TextEncoder();
  }
});

// ../apps/cli/src/serve/prometheus-text.ts
function escapeLabelValue(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function formatLabels(labels) {
  let pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabelValue(value)}"`);
  return pairs.length > 0 ? `{${pairs.join(",")}}` : "";
}
function formatValue(value) {
  return Number.isNaN(value) ? "NaN" : value === Number.POSITIVE_INFINITY ? "+Inf" : value === Number.NEGATIVE_INFINITY ? "-Inf" : String(value);
}
function metricFamily(name, type, help, samples) {
  let lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (let sample of samples) lines.push(`${name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
  return `${lines.join(`
`)}
`;
}
var prometheusContentType, Histogram, init_prometheus_text = __esm({
  "../apps/cli/src/serve/prometheus-text.ts"() {
    "use strict";
    prometheusContentType = "text/plain; version=0.0.4; charset=utf-8";
    Histogram = class {
      constructor(name, help, buckets) {
        this.name = name;
        this.help = help;
        this.buckets = buckets;
      }
      name;
      help;
      buckets;
      #series = /* @__PURE__ */ new Map();
      observe(labels, value) {
        let key = JSON.stringify(labels), series = this.#series.get(key);
        series || (series = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 }, this.#series.set(key, series)), this.buckets.forEach((bound, index) => {
          value <= bound && series.counts[index]++;
        }), series.sum += value, series.count++;
      }
      render() {
        let lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
        for (let series of this.#series.values())
          this.buckets.forEach((bound, index) => {
            lines.push(
              `${this.name}_bucket${formatLabels({ ...series.labels, le: formatValue(bound) })} ${series.counts[index]}`
            );
          }), lines.push(`${this.name}_bucket${formatLabels({ ...series.labels, le: "+Inf" })} ${series.count}`), lines.push(`${this.name}_sum${formatLabels(series.labels)} ${formatValue(series.sum)}`), lines.push(`${this.name}_count${formatLabels(series.labels)} ${series.count}`);
        return `${lines.join(`
`)}
`;
      }
    };
  }
});

// ../packages/projectdiscovery/src/map-projectdiscovery-findings.ts
function readProjectDiscoveryCount(value) {
  if (typeof value == "number") return Number.isSafeInteger(value) && value >= 0 ? value : void 0;
  if (typeof value == "string" && wholeNumberText.test(value)) {
    let count2 = Number(value);
    return Number.isSafeInteger(count2) ? count2 : void 0;
  }
}
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value == "object") return "an object";
  let text6 = typeof value == "string" ? JSON.stringify(value) : String(value);
  return text6.length > 24 ? `${text6.slice(0, 23)}\u2026` : text6;
}
function mapProjectDiscoveryFindings(severity, totalResult) {
  let gaps = [], bySeverity = emptySeverityCounts(), sum = 0, read3 = 0;
  if (severity !== null && typeof severity == "object" && !Array.isArray(severity))
    for (let name in severity) {
      if (!Object.hasOwn(severity, name)) continue;
      let value = severity[name], count2 = readProjectDiscoveryCount(value);
      if (count2 === void 0) {
        gaps.push(`severity.${fieldName(name)} is ${describe2(value)}, not a count`);
        continue;
      }
      let key = name.trim().toLowerCase();
      bySeverity[severities.includes(key) ? key : "unknown"] += count2, sum += count2, read3++;
    }
  else severity != null && gaps.push(`severity is ${describe2(severity)}, not counts by severity`);
  let total;
  totalResult != null && (total = readProjectDiscoveryCount(totalResult), total === void 0 && gaps.push(`total_result is ${describe2(totalResult)}, not a count`));
  let source;
  if (read3 > 0)
    source = "severity-counts", total !== void 0 && total > sum ? (bySeverity.unknown += total - sum, gaps.push(`total_result ${total} is above the severity counts' sum ${sum}: ${total - sum} of unknown severity`), sum = total) : total !== void 0 && total < sum && gaps.push(`total_result ${total} is below the severity counts' sum ${sum}`);
  else if (total !== void 0)
    source = "total-only", bySeverity.unknown = total, sum = total;
  else
    return gaps.push("no readable severity count or total_result"), { evidence: noEvidence(...gaps) };
  return {
    findings: { total: sum, bySeverity },
    evidence: gaps.length > 0 ? partialEvidence([source], ...gaps) : { sources: [source], complete: !0 }
  };
}
var wholeNumberText, fieldName, init_map_projectdiscovery_findings = __esm({
  "../packages/projectdiscovery/src/map-projectdiscovery-findings.ts"() {
    "use strict";
    init_src();
    wholeNumberText = /^\s*\d+\s*$/;
    fieldName = (name) => name.length > 32 ? `${name.slice(0, 31)}\u2026` : name;
  }
});

// ../packages/projectdiscovery/src/iso-time.ts
function isoTime(value) {
  if (!value || value.startsWith("0001-01-01")) return;
  if (plainUtc.test(value))
    return value.length === 24 ? value : `${value.slice(0, 19)}.${`${value.slice(20, -1)}000`.slice(0, 3)}Z`;
  let time3 = Date.parse(value);
  return Number.isNaN(time3) ? void 0 : new Date(time3).toISOString();
}
var plainUtc, init_iso_time = __esm({
  "../packages/projectdiscovery/src/iso-time.ts"() {
    "use strict";
    plainUtc = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;
  }
});

// ../packages/projectdiscovery/src/map-projectdiscovery-scan-state.ts
function mapProjectDiscoveryScanState(word) {
  let key = word.trim().toLowerCase();
  return { state: Object.hasOwn(states, key) ? states[key] : "unknown" };
}
var states, init_map_projectdiscovery_scan_state = __esm({
  "../packages/projectdiscovery/src/map-projectdiscovery-scan-state.ts"() {
    "use strict";
    states = {
      queued: "queued",
      scheduled: "queued",
      starting: "queued",
      running: "running",
      finished: "completed",
      uploaded: "completed",
      failed: "failed",
      stopped: "canceled"
    };
  }
});

// ../packages/projectdiscovery/src/map-projectdiscovery-scan.ts
function mapProjectDiscoveryScan(item, options2 = {}) {
  let { state } = mapProjectDiscoveryScanState(item.status), result;
  if (state === "completed") {
    let { findings, evidence } = mapProjectDiscoveryFindings(item.severity, item.total_result);
    result = resultForFindings(findings, evidence, options2.severityPolicy);
  }
  let message = isTerminalState(state) && typeof item.failure_reason == "string" ? item.failure_reason.trim() : "", createdAt = isoTime(item.created_at), updatedAt = isoTime(item.updated_at), finishedAt = isTerminalState(state) ? isoTime(item.completed_at) : void 0, name = item.name?.trim();
  return {
    ref: { vendor: "projectdiscovery", id: item.scan_id },
    ...name ? { name } : {},
    state,
    vendorState: item.status,
    ...result ? { result } : {},
    ...message ? { message } : {},
    ...typeof item.progress == "number" ? { progress: { ratio: Math.min(1, Math.max(0, item.progress / 100)) } } : {},
    ...createdAt ? { createdAt } : {},
    ...finishedAt ? { finishedAt } : {},
    ...updatedAt ? { updatedAt } : {},
    ...options2.appUrl ? { url: `${options2.appUrl.replace(/\/+$/, "")}/scans/${encodeURIComponent(item.scan_id)}` } : {},
    raw: item
  };
}
var init_map_projectdiscovery_scan = __esm({
  "../packages/projectdiscovery/src/map-projectdiscovery-scan.ts"() {
    "use strict";
    init_src();
    init_iso_time();
    init_map_projectdiscovery_findings();
    init_map_projectdiscovery_scan_state();
  }
});

// ../packages/core/src/adapter-kit/list-query.ts
function readListing(vendor, query = {}) {
  let { limit } = query;
  if (limit !== void 0 && !(Number.isSafeInteger(limit) && limit >= 1))
    throw new ConfigError(`${vendor} listScans: limit must be a whole number \u2265 1, got ${String(limit)}`, {
      vendor,
      operation: "listScans"
    });
  return { active: query.active === !0, limit: limit ?? Number.POSITIVE_INFINITY };
}
async function* applyListing(scans, listing) {
  if (listing.limit < 1) return;
  let given = 0;
  for await (let scan of scans)
    if (!(listing.active && isTerminalState(scan.state)) && (yield scan, ++given >= listing.limit))
      return;
}
var init_list_query = __esm({
  "../packages/core/src/adapter-kit/list-query.ts"() {
    "use strict";
    init_errors();
    init_scan();
  }
});

// ../packages/core/src/adapter-kit/rate-budgets.ts
function resolveRateBudgets(vendor, defaults, overrides) {
  let classes2 = Object.keys(defaults), resolved = { ...defaults };
  for (let [name, limit] of Object.entries(overrides ?? {})) {
    if (!classes2.includes(name))
      throw new ConfigError(`${vendor}: unknown rate class "${name}": the classes are ${classes2.join(", ")}`, {
        vendor
      });
    if (!(limit.requests > 0 && limit.windowMs > 0 && Number.isFinite(limit.requests + limit.windowMs)))
      throw new ConfigError(`${vendor}: rate class "${name}" needs requests > 0 and windowMs > 0`, { vendor });
    resolved[name] = limit;
  }
  return resolved;
}
var init_rate_budgets = __esm({
  "../packages/core/src/adapter-kit/rate-budgets.ts"() {
    "use strict";
    init_errors();
  }
});

// ../packages/core/src/adapter-kit/scan-id.ts
function requireScanId(id, context) {
  let trimmed = typeof id == "string" ? id.trim() : "";
  if (trimmed === "")
    throw new InvalidScanRefError(`${context.vendor} ${context.operation}: the scan id is empty`, context);
  return trimmed;
}
var init_scan_id = __esm({
  "../packages/core/src/adapter-kit/scan-id.ts"() {
    "use strict";
    init_errors();
  }
});

// ../packages/core/src/adapter-kit/index.ts
var init_adapter_kit = __esm({
  "../packages/core/src/adapter-kit/index.ts"() {
    "use strict";
    init_list_query();
    init_rate_budgets();
    init_scan_id();
  }
});

// ../packages/projectdiscovery/src/find-projectdiscovery-scans.ts
async function findProjectDiscoveryScans(ids, context, options2) {
  let pending = new Set(ids.map((id) => id.trim())), answers = /* @__PURE__ */ new Map();
  async function pass(query) {
    if (pending.size < 2) return;
    let maxPages = Math.ceil(pending.size / pageSize) + 1, pages = 0;
    for await (let page of context.client.listScanPages(query, { ...options2, pageSize })) {
      for (let item of page.data ?? [])
        pending.has(item.scan_id) && (pending.delete(item.scan_id), answers.set(item.scan_id, { id: item.scan_id, ok: !0, scan: context.toScan(item) }));
      if (pages++, pending.size === 0 || pages >= maxPages) return;
    }
  }
  return await pass({ sort_desc: "created_at" }), await pass({ status: "running", sort_desc: "created_at" }), await Promise.all(
    [...pending].map(async (id) => {
      try {
        answers.set(id, { id, ok: !0, scan: await context.getScan(id, options2) });
      } catch (error) {
        if (!ScanstatError.isInstance(error)) throw error;
        answers.set(id, { id, ok: !1, error });
      }
    })
  ), ids.map((id) => ({ ...answers.get(id.trim()), id }));
}
var pageSize, init_find_projectdiscovery_scans = __esm({
  "../packages/projectdiscovery/src/find-projectdiscovery-scans.ts"() {
    "use strict";
    init_src();
    pageSize = 100;
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-auth.ts
function fingerprintOf(text6) {
  let hash = 2166136261;
  for (let index = 0; index < text6.length; index++)
    hash ^= text6.charCodeAt(index), hash = Math.imul(hash, 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
function createProjectDiscoveryAuth(credentials) {
  requireHeaderSafeCredential(credentials.apiKey, { vendor: "projectdiscovery", variable: "PDCP_API_KEY" }), credentials.teamId && requireHeaderSafeCredential(credentials.teamId, { vendor: "projectdiscovery", variable: "PDCP_TEAM_ID" });
  let headers3 = { "X-Api-Key": credentials.apiKey };
  credentials.teamId && (headers3["X-Team-Id"] = credentials.teamId);
  let fingerprint = `key-${fingerprintOf(credentials.apiKey)}`;
  return {
    headers: () => headers3,
    secrets: () => [credentials.apiKey],
    fingerprint: () => fingerprint
  };
}
var init_projectdiscovery_auth = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-auth.ts"() {
    "use strict";
    init_src();
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-error.ts
function text(value) {
  return typeof value == "string" && value.trim() !== "" ? value.trim() : void 0;
}
function parseProjectDiscoveryErrorBody(body) {
  if (body === null || typeof body != "object") return;
  let fields = body, cause = text(fields.error), param = text(fields.param), message = text(fields.message) ?? cause;
  return message && cause && cause !== message && (message += ` (${cause})`), message && param && (message += ` [param ${param}]`), { message, code: text(fields.code) ?? text(fields.kind), requestId: text(fields.error_id) };
}
var init_projectdiscovery_error = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-error.ts"() {
    "use strict";
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-rate-limits.ts
function resolveProjectDiscoveryRateLimits(overrides) {
  return { ...resolveRateBudgets("projectdiscovery", projectDiscoveryDefaultRateLimits, overrides) };
}
var projectDiscoveryDefaultRateLimits, projectDiscoveryOperationClasses, init_projectdiscovery_rate_limits = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-rate-limits.ts"() {
    "use strict";
    init_adapter_kit();
    projectDiscoveryDefaultRateLimits = Object.freeze({
      read: { requests: 60, windowMs: 6e4, documented: !1 },
      write: { requests: 10, windowMs: 6e4, documented: !1 }
    });
    projectDiscoveryOperationClasses = {
      getScan: "read",
      getScans: "read",
      listScans: "read",
      triggerScan: "write",
      cancelScan: "write"
    };
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-schemas.ts
var optionalString, optionalNumber, projectDiscoveryScanSchema, projectDiscoveryScanPageSchema, projectDiscoveryTriggerResponseSchema, projectDiscoveryStopResponseSchema, init_projectdiscovery_schemas = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-schemas.ts"() {
    "use strict";
    init_mini();
    optionalString = optional(nullable(string2())), optionalNumber = optional(nullable(number2())), projectDiscoveryScanSchema = object({
      scan_id: string2(),
      status: string2(),
      name: optionalString,
      progress: optionalNumber,
      severity: optional(unknown()),
      created_at: optionalString,
      updated_at: optionalString,
      completed_at: optionalString,
      failure_reason: optional(unknown()),
      // Read by the findings mapper, which says which values it could not count: a drifted total
      // (text, a fraction) is evidence to report, not a body to refuse.
      total_result: optional(unknown())
    }), projectDiscoveryScanPageSchema = object({
      total_results: optionalNumber,
      // A Go server writes an empty slice as null.
      data: nullable(array(projectDiscoveryScanSchema))
    }), projectDiscoveryTriggerResponseSchema = object({
      id: optionalString,
      message: optionalString
    }), projectDiscoveryStopResponseSchema = object({
      message: optionalString
    });
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-client.ts
function checkedBaseUrl(baseUrl) {
  let value = baseUrl?.trim() || projectDiscoveryDefaultBaseUrl;
  if (!/^https?:\/\/[^/]/i.test(value) || !URL.canParse(value))
    throw new ConfigError(`projectdiscovery: base URL "${value}" is not an http(s) URL (PDCP_API_SERVER)`, {
      vendor: "projectdiscovery"
    });
  return value.replace(/\/+$/, "");
}
function scanPath(operation, scanId, suffix = "") {
  let id = scanId.trim();
  if (id === "")
    throw new InvalidRequestError(`projectdiscovery ${operation}: the scan id is empty`, {
      vendor: "projectdiscovery",
      operation
    });
  return `/v1/scans/${scanIdPathSegment(id)}${suffix}`;
}
function createProjectDiscoveryClient(settings = {}) {
  let apiKey = settings.apiKey?.trim();
  if (!apiKey)
    throw new ConfigError("projectdiscovery: no API key: set PDCP_API_KEY (or pass apiKey)", {
      vendor: "projectdiscovery"
    });
  let teamId = settings.teamId?.trim(), baseUrl = checkedBaseUrl(settings.baseUrl), rateLimits = resolveProjectDiscoveryRateLimits(settings.rateLimits), http = createHttpClient({
    ...settings,
    vendor: "projectdiscovery",
    baseUrl,
    auth: createProjectDiscoveryAuth({ apiKey, ...teamId ? { teamId } : {} }),
    parseErrorBody: parseProjectDiscoveryErrorBody,
    rateLimits
  });
  async function send(operation, method, path, schema, options2, extra = {}) {
    let read3 = method === "GET";
    return (await http.request({
      operation,
      rateLimitClass: read3 ? "read" : "write",
      method,
      path,
      idempotent: read3,
      schema,
      signal: options2?.signal,
      ...extra
    })).data;
  }
  let listScans2 = (query = {}, options2) => send("listScans", "GET", "/v1/scans", projectDiscoveryScanPageSchema, options2, { query: { ...query } });
  async function* listScanPages(query = {}, options2 = {}) {
    let limit = Math.max(1, Math.floor(options2.pageSize ?? defaultPageSize)), offset = query.offset ?? 0, previousFirstId;
    for (let pages = 0; ; pages++) {
      if (pages >= (options2.maxPages ?? projectDiscoveryMaxPages))
        throw pageCapError("projectdiscovery", "listScans", pages);
      let page = await listScans2({ ...query, offset, limit }, options2), items = page.data ?? [];
      if (items.length > 0 && items[0]?.scan_id === previousFirstId || (yield page, items.length === 0)) return;
      if (offset += items.length, typeof page.total_results == "number") {
        if (offset >= page.total_results) return;
      } else if (items.length < limit)
        return;
      previousFirstId = items[0]?.scan_id;
    }
  }
  let lookFirst = (scanId) => `look at scan ${scanId.trim()} before trying again`;
  return {
    baseUrl,
    rateLimits,
    getScan: async (scanId, options2) => send("getScan", "GET", scanPath("getScan", scanId), projectDiscoveryScanSchema, options2),
    listScans: listScans2,
    listScanPages,
    triggerScan: (request, options2) => send("triggerScan", "POST", "/v1/scans", projectDiscoveryTriggerResponseSchema, options2, {
      json: request,
      ambiguousHint: "the scan may have started: look for it with `scanstat list projectdiscovery` before triggering again"
    }),
    stopScan: async (scanId, options2) => send("stopScan", "POST", scanPath("stopScan", scanId, "/stop"), projectDiscoveryStopResponseSchema, options2, {
      ambiguousHint: `the stop may have reached the vendor: ${lookFirst(scanId)}`
    }),
    rescanScan: async (scanId, options2) => send(
      "rescanScan",
      "POST",
      scanPath("rescanScan", scanId, "/rescan"),
      projectDiscoveryTriggerResponseSchema,
      options2,
      {
        ambiguousHint: `the rescan may have started: ${lookFirst(scanId)}`
      }
    )
  };
}
var projectDiscoveryDefaultBaseUrl, projectDiscoveryMaxPages, defaultPageSize, init_projectdiscovery_client = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-client.ts"() {
    "use strict";
    init_src();
    init_projectdiscovery_auth();
    init_projectdiscovery_error();
    init_projectdiscovery_rate_limits();
    init_projectdiscovery_schemas();
    projectDiscoveryDefaultBaseUrl = "https://api.projectdiscovery.io", projectDiscoveryMaxPages = 1e3, defaultPageSize = 100;
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-adapter.ts
function nonEmpty(values) {
  return (values ?? []).map((value) => value.trim()).filter((value) => value !== "");
}
function createProjectDiscoveryAdapter(settings = {}) {
  let client = createProjectDiscoveryClient(settings), appUrl = settings.appUrl ?? (client.baseUrl === projectDiscoveryDefaultBaseUrl ? projectDiscoveryDefaultAppUrl : void 0), toScan = (item) => mapProjectDiscoveryScan(item, {
    ...settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {},
    ...appUrl ? { appUrl } : {}
  }), rateLimits = {};
  for (let [operation, rateClass] of Object.entries(projectDiscoveryOperationClasses))
    rateLimits[operation] = client.rateLimits[rateClass];
  async function getScan(id, options2) {
    requireScanId(id, { vendor: "projectdiscovery", operation: "getScan" });
    let item = await client.getScan(id, options2);
    if (item.scan_id !== id.trim())
      throw new VendorResponseError(
        `projectdiscovery getScan: the answer is about scan ${item.scan_id}, not ${id.trim()}`,
        { vendor: "projectdiscovery", operation: "getScan", field: "scan_id" }
      );
    return toScan(item);
  }
  function notRunning(id, scan) {
    return new InvalidRequestError(
      `projectdiscovery: scan ${id} is ${scan.vendorState}, only a running scan can be stopped`,
      { vendor: "projectdiscovery", operation: "cancelScan" }
    );
  }
  return {
    vendor: "projectdiscovery",
    capabilities,
    rateLimits: Object.freeze(rateLimits),
    getScan,
    getScans(ids, options2) {
      return findProjectDiscoveryScans(ids, { client, toScan, getScan }, options2);
    },
    async triggerScan(input, options2) {
      let targets = nonEmpty(input.targets);
      if (targets.length === 0)
        throw new ConfigError("projectdiscovery: a scan needs at least one target (--target)", {
          vendor: "projectdiscovery",
          operation: "triggerScan"
        });
      let templates = nonEmpty(input.templates), name = input.name?.trim(), request = {
        targets,
        ...templates.length > 0 ? { templates } : {},
        ...name ? { name } : {}
      }, id = (await client.triggerScan(request, options2)).id?.trim();
      if (!id)
        throw new VendorResponseError('projectdiscovery triggerScan: unexpected response: field "id" missing', {
          vendor: "projectdiscovery",
          operation: "triggerScan",
          field: "id",
          mayHaveActed: !0,
          hint: "the scan may have started: look for it with `scanstat list projectdiscovery`"
        });
      return { vendor: "projectdiscovery", id };
    },
    async cancelScan(id, options2) {
      requireScanId(id, { vendor: "projectdiscovery", operation: "cancelScan" });
      let before = await getScan(id, options2);
      if (before.state !== "running") throw notRunning(id.trim(), before);
      try {
        await client.stopScan(id, options2);
      } catch (error) {
        if (!InvalidRequestError.isInstance(error)) throw error;
        let after = await getScan(id, options2);
        throw after.state === "running" ? error : notRunning(id.trim(), after);
      }
    },
    async *listScans(query = {}, options2) {
      let { limit } = readListing("projectdiscovery", query), search = query.search?.trim(), pageSize2 = Math.min(100, Number.isFinite(limit) ? Math.ceil(limit) : 100), statuses = query.active ? activeStatuses : [void 0], seen = /* @__PURE__ */ new Set(), yielded = 0;
      for (let status of statuses) {
        let pages = client.listScanPages(
          { sort_desc: "created_at", ...status ? { status } : {}, ...search ? { search } : {} },
          { ...options2, pageSize: pageSize2 }
        );
        for await (let page of pages)
          for (let item of page.data ?? []) {
            if (seen.has(item.scan_id)) continue;
            seen.add(item.scan_id);
            let scan = toScan(item);
            if (!(query.active && isTerminalState(scan.state)) && (yield scan, ++yielded >= limit))
              return;
          }
      }
    }
  };
}
var projectDiscoveryDefaultAppUrl, activeStatuses, capabilities, init_projectdiscovery_adapter = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-adapter.ts"() {
    "use strict";
    init_src();
    init_adapter_kit();
    init_find_projectdiscovery_scans();
    init_map_projectdiscovery_scan();
    init_projectdiscovery_client();
    init_projectdiscovery_rate_limits();
    projectDiscoveryDefaultAppUrl = "https://cloud.projectdiscovery.io", activeStatuses = ["running", "starting", "queued", "scheduled"], capabilities = Object.freeze({
      trigger: !0,
      cancel: !0,
      list: !0,
      logs: !1,
      batchGet: !0
    });
  }
});

// ../packages/projectdiscovery/src/projectdiscovery-environment.ts
function readProjectDiscoveryEnvironment(env = process.env) {
  let read3 = (name) => {
    let value = env[name]?.trim();
    return value || void 0;
  }, apiKey = read3(projectDiscoveryEnvironmentVariables.apiKey), teamId = read3(projectDiscoveryEnvironmentVariables.teamId), baseUrl = read3(projectDiscoveryEnvironmentVariables.baseUrl);
  return {
    ...apiKey ? { apiKey } : {},
    ...teamId ? { teamId } : {},
    ...baseUrl ? { baseUrl } : {}
  };
}
var projectDiscoveryEnvironmentVariables, init_projectdiscovery_environment = __esm({
  "../packages/projectdiscovery/src/projectdiscovery-environment.ts"() {
    "use strict";
    projectDiscoveryEnvironmentVariables = {
      apiKey: "PDCP_API_KEY",
      teamId: "PDCP_TEAM_ID",
      baseUrl: "PDCP_API_SERVER"
    };
  }
});

// ../packages/projectdiscovery/src/manifest.ts
var manifest, init_manifest = __esm({
  "../packages/projectdiscovery/src/manifest.ts"() {
    "use strict";
    manifest = {
      vendor: "projectdiscovery",
      aliases: ["pd"],
      displayName: "ProjectDiscovery Cloud Platform",
      environment: [
        { name: "PDCP_API_KEY", setting: "apiKey", required: !0, secret: !0, description: "API key" },
        { name: "PDCP_TEAM_ID", setting: "teamId", required: !1, secret: !1, description: "team id (optional)" },
        {
          name: "PDCP_API_SERVER",
          setting: "baseUrl",
          required: !1,
          secret: !1,
          description: "API origin override"
        }
      ],
      trigger: {
        options: [
          {
            name: "target",
            key: "targets",
            type: "string",
            repeatable: !0,
            required: !0,
            description: "a host, URL or IP to scan"
          },
          {
            name: "template",
            key: "templates",
            type: "string",
            repeatable: !0,
            description: "a nuclei template or template folder to run (default: the platform's choice)"
          },
          { name: "name", key: "name", type: "string", description: "the scan's name" }
        ],
        examples: [
          { description: "scan one host", input: { targets: ["scanme.example.com"] } },
          {
            description: "scan two hosts for CVEs, named",
            input: { targets: ["a.example.com", "b.example.com"], templates: ["http/cves/"], name: "nightly" }
          }
        ]
      },
      listFilters: [{ name: "search", key: "search", type: "string", description: "free-text search of the scans" }],
      rateLimits: {
        classes: {
          read: { requests: 60, windowMs: 6e4, documented: !1 },
          write: { requests: 10, windowMs: 6e4, documented: !1 }
        },
        operations: {
          getScan: "read",
          getScans: "read",
          listScans: "read",
          triggerScan: "write",
          cancelScan: "write"
        }
      },
      capabilities: { trigger: !0, cancel: !0, list: !0, logs: !1, batchGet: !0 },
      docs: "https://docs.projectdiscovery.io/api-reference/editor/scan"
    };
  }
});

// ../packages/projectdiscovery/src/index.ts
var src_exports = {};
__export(src_exports, {
  createProjectDiscoveryAdapter: () => createProjectDiscoveryAdapter,
  createProjectDiscoveryAuth: () => createProjectDiscoveryAuth,
  createProjectDiscoveryClient: () => createProjectDiscoveryClient,
  manifest: () => manifest,
  mapProjectDiscoveryFindings: () => mapProjectDiscoveryFindings,
  mapProjectDiscoveryScan: () => mapProjectDiscoveryScan,
  mapProjectDiscoveryScanState: () => mapProjectDiscoveryScanState,
  parseProjectDiscoveryErrorBody: () => parseProjectDiscoveryErrorBody,
  projectDiscoveryDefaultAppUrl: () => projectDiscoveryDefaultAppUrl,
  projectDiscoveryDefaultBaseUrl: () => projectDiscoveryDefaultBaseUrl,
  projectDiscoveryDefaultRateLimits: () => projectDiscoveryDefaultRateLimits,
  projectDiscoveryEnvironmentVariables: () => projectDiscoveryEnvironmentVariables,
  readProjectDiscoveryCount: () => readProjectDiscoveryCount,
  readProjectDiscoveryEnvironment: () => readProjectDiscoveryEnvironment,
  resolveProjectDiscoveryRateLimits: () => resolveProjectDiscoveryRateLimits
});
var init_src2 = __esm({
  "../packages/projectdiscovery/src/index.ts"() {
    "use strict";
    init_map_projectdiscovery_findings();
    init_map_projectdiscovery_scan();
    init_map_projectdiscovery_scan_state();
    init_projectdiscovery_adapter();
    init_projectdiscovery_auth();
    init_projectdiscovery_client();
    init_projectdiscovery_environment();
    init_projectdiscovery_error();
    init_projectdiscovery_rate_limits();
    init_manifest();
  }
});

// ../apps/cli/src/serve/projectdiscovery-webhook.ts
function scanFromProjectDiscoveryWebhook(payload, previous, severityPolicy) {
  if (!isObject4(payload) || typeof payload.scan_id != "string" || payload.scan_id.trim() === "") return;
  let type = payload.type, details = typeof type == "string" ? payload[type] : void 0, id = payload.scan_id.trim(), name = typeof payload.scan_name == "string" && payload.scan_name.trim() ? payload.scan_name.trim() : void 0, base = {
    ...previous ?? { ref: { vendor: "projectdiscovery", id }, state: "unknown", vendorState: "" },
    ...name && !previous?.name ? { name } : {},
    raw: payload
  }, nextDetails = isObject4(details) ? details : {};
  switch (type) {
    case "running": {
      if (previous && isTerminalState(previous.state)) return;
      let startedAt = isoTime2(nextDetails.started_at);
      return { scan: { ...base, state: "running", vendorState: "running", ...startedAt ? { startedAt } : {} } };
    }
    case "finished": {
      if (!isObject4(details)) return;
      let { findings, evidence } = mapProjectDiscoveryFindings(
        nextDetails.severity_breakdown,
        nextDetails.total_matches
      ), result = resultForFindings(findings, evidence, severityPolicy), finishedAt = isoTime2(nextDetails.finished_at), { result: _previousResult, progress: _progress, ...rest } = base;
      return {
        scan: {
          ...rest,
          state: "completed",
          vendorState: "finished",
          result,
          progress: { ratio: 1 },
          ...finishedAt ? { finishedAt } : {}
        }
      };
    }
    case "failed_stopped": {
      let finishedAt = isoTime2(nextDetails.timestamp), percent = asCount(nextDetails.progress), reason = typeof nextDetails.failure_reason == "string" ? nextDetails.failure_reason.trim() : "", { result: _previousResult, ...rest } = base;
      return {
        scan: {
          ...rest,
          state: "failed",
          vendorState: "failed_stopped",
          ...percent !== void 0 && percent <= 100 ? { progress: { ratio: percent / 100 } } : {},
          ...finishedAt ? { finishedAt } : {},
          ...reason ? { message: reason } : {}
        },
        ...reason ? { message: reason } : {}
      };
    }
    default:
      return;
  }
}
function asCount(value) {
  return typeof value == "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
var isObject4, isoTime2, init_projectdiscovery_webhook = __esm({
  "../apps/cli/src/serve/projectdiscovery-webhook.ts"() {
    "use strict";
    init_src();
    init_src2();
    isObject4 = (value) => typeof value == "object" && value !== null && !Array.isArray(value), isoTime2 = (value) => {
      if (typeof value != "string") return;
      let time3 = Date.parse(value);
      return Number.isNaN(time3) ? void 0 : new Date(time3).toISOString();
    };
  }
});

// ../apps/cli/src/serve/webhook-ids.ts
function payloadValues(payload) {
  let found = /* @__PURE__ */ new Set(), seen = 0, visit = (value, depth) => {
    if (!(++seen > 1e5 || depth > 16)) {
      if (typeof value == "string") found.add(value.trim());
      else if (typeof value == "number" && Number.isFinite(value)) found.add(String(value));
      else if (Array.isArray(value)) for (let item of value) visit(item, depth + 1);
      else if (typeof value == "object" && value !== null)
        for (let item of Object.values(value)) visit(item, depth + 1);
    }
  };
  return visit(payload, 0), found;
}
var init_webhook_ids = __esm({
  "../apps/cli/src/serve/webhook-ids.ts"() {
    "use strict";
  }
});

// ../apps/cli/src/serve/serve-handler.ts
function json(status, body, redact, headers3 = {}) {
  return new Response(`${redact(JSON.stringify(body, null, 2))}
`, {
    status,
    headers: { ...commonHeaders, "content-type": "application/json; charset=utf-8", ...headers3 }
  });
}
function boardElement(entry) {
  let { raw: _raw, ...element } = jsonReportElement(entry);
  return entry.message ? { ...element, message: entry.message } : element;
}
function createServeHandler(options2) {
  let { board, redact } = options2, maxBodyBytes = options2.maxBodyBytes ?? 1024 * 1024, maxRefsPerRequest = options2.maxRefsPerRequest ?? 100, maxEventStreams = options2.maxEventStreams ?? 64, openStreams = 0, fail = (status, code2, message, headers3 = {}) => problem(status, code2, message, redact, headers3);
  function authorized(request, url) {
    if (options2.token === void 0) return !0;
    let given = requestToken(request, url);
    return given !== void 0 && tokenMatches(given, options2.token);
  }
  async function readJson(request) {
    let text6;
    try {
      text6 = await readCappedText(request, maxBodyBytes);
    } catch (error) {
      return error instanceof BodyTooLargeError2 ? { ok: !1, response: fail(413, "body_too_large", `the body is larger than ${maxBodyBytes} bytes`) } : { ok: !1, response: fail(400, "bad_body", "the body could not be read") };
    }
    try {
      return { ok: !0, value: JSON.parse(text6) };
    } catch {
      return { ok: !1, response: fail(400, "bad_json", "the body is not JSON") };
    }
  }
  async function addScans(request) {
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get("content-type") ?? ""))
      return fail(415, "unsupported_media_type", 'send JSON: Content-Type: application/json, {"refs": ["soda:\u2026"]}');
    let read3 = await readJson(request);
    if (!read3.ok) return read3.response;
    let refsValue = read3.value?.refs;
    if (!Array.isArray(refsValue) || refsValue.length === 0 || !refsValue.every((ref) => typeof ref == "string"))
      return fail(400, "bad_request", 'expected {"refs": ["<vendor>:<id>", \u2026]} with at least one ref');
    if (refsValue.length > maxRefsPerRequest)
      return fail(400, "bad_request", `at most ${maxRefsPerRequest} refs in one request`);
    let parsed = /* @__PURE__ */ new Map();
    for (let text6 of refsValue)
      try {
        let ref = parseScanRef(text6);
        parsed.set(formatScanRef(ref), ref);
      } catch (error) {
        return fail(400, "invalid_ref", ScanstatError.isInstance(error) ? error.message : `malformed ref "${text6}"`);
      }
    let refs = [...parsed.values()];
    for (let vendor of new Set(refs.map((ref) => ref.vendor)))
      try {
        await options2.adapter(vendor);
      } catch (error) {
        let message = error instanceof Error ? error.message : String(error);
        return fail(400, ScanstatError.isInstance(error) ? error.code : "config", message.split(`
`)[0] ?? message);
      }
    let added;
    try {
      added = board.add(refs, "api");
    } catch (error) {
      if (error instanceof BoardFullError) return fail(409, "board_full", error.message);
      throw error;
    }
    let scans = refs.map((ref) => boardElement(board.get(ref) ?? { ref, source: "api" }));
    return json(added.length > 0 ? 201 : 200, { added: added.length, scans }, redact);
  }
  function removeScan(encoded) {
    let ref;
    try {
      ref = parseScanRef(safeDecode2(encoded));
    } catch (error) {
      return fail(400, "invalid_ref", ScanstatError.isInstance(error) ? error.message : "malformed ref");
    }
    return board.remove(ref) ? new Response(null, { status: 204, headers: commonHeaders }) : fail(404, "not_watched", `${ref.vendor}:${ref.id} is not on the board`);
  }
  async function receiveHook(vendorWord, request) {
    let vendor = resolveVendorId(safeDecode2(vendorWord));
    if (!vendor) return fail(404, "unknown_vendor", `no webhook for "${vendorWord}"`);
    let read3 = await readJson(request);
    if (!read3.ok)
      return options2.metrics.webhook(vendor, "refused"), read3.response;
    let values = payloadValues(read3.value), named = board.list().filter((entry) => entry.ref.vendor === vendor && values.has(entry.ref.id));
    if (named.length === 0)
      return options2.metrics.webhook(vendor, "unmatched"), json(202, { matched: [] }, redact);
    options2.metrics.webhook(vendor, "matched");
    for (let entry of named) {
      if (vendor === "projectdiscovery") {
        let update = scanFromProjectDiscoveryWebhook(read3.value, entry.scan, options2.severityPolicy);
        update && read3.value.scan_id.trim() === entry.ref.id && board.apply(update.scan, update.message);
      }
      board.refresh(entry.ref);
    }
    return json(200, { matched: named.map((entry) => `${entry.ref.vendor}:${entry.ref.id}`) }, redact);
  }
  function asset(body, type, extra = {}) {
    return new Response(body, { headers: { ...commonHeaders, "content-type": type, ...extra } });
  }
  return async (request) => {
    let url;
    try {
      url = new URL(request.url);
    } catch {
      return fail(400, "bad_request", "malformed request URL");
    }
    if (options2.loopbackOnly && !isLoopbackHost(url.hostname))
      return fail(421, "misdirected", "this server answers to 127.0.0.1 and localhost only");
    let path = url.pathname, method = request.method.toUpperCase(), isWrite = method !== "GET" && method !== "HEAD";
    if (isWrite) {
      let origin = request.headers.get("origin");
      if (origin !== null && origin !== url.origin) return fail(403, "forbidden", "cross-origin writes are refused");
      if (!authorized(request, url)) {
        if (path.startsWith("/hooks/")) {
          let vendor = resolveVendorId(safeDecode2(path.slice(7)));
          vendor && options2.metrics.webhook(vendor, "refused");
        }
        return fail(401, "unauthorized", "a valid token is required (Authorization: Bearer T, or ?token=T)", {
          "www-authenticate": 'Bearer realm="scanstat"'
        });
      }
    }
    let allow = (methods) => fail(405, "method_not_allowed", `${method} is not allowed here (allowed: ${methods})`, { allow: methods });
    if (path === "/" || path === "/index.html")
      return isWrite ? allow("GET") : asset(boardHtml, "text/html; charset=utf-8", {
        "content-security-policy": boardContentSecurityPolicy,
        "x-frame-options": "DENY"
      });
    if (path === "/board.js") return isWrite ? allow("GET") : asset(boardScript, "text/javascript; charset=utf-8");
    if (path === "/board.css") return isWrite ? allow("GET") : asset(boardCss, "text/css; charset=utf-8");
    if (path === "/favicon.ico") return new Response(null, { status: 204, headers: commonHeaders });
    if (path === "/healthz") {
      if (isWrite) return allow("GET");
      let seconds2 = Math.round((options2.now() - options2.startedAt) / 1e3);
      return json(200, { status: "ok", scans: board.list().length, uptimeSeconds: seconds2 }, redact);
    }
    if (path === "/api/scans")
      return method === "POST" ? addScans(request) : isWrite ? allow("GET, POST") : json(
        200,
        board.list().map((entry) => jsonReportElement(entry)),
        redact
      );
    if (path.startsWith("/api/scans/"))
      return method !== "DELETE" ? allow("DELETE") : removeScan(path.slice(11));
    if (path === "/events") {
      if (isWrite) return allow("GET");
      if (openStreams >= maxEventStreams)
        return fail(503, "busy", "too many open event streams", { "retry-after": "5" });
      openStreams++;
      let response = eventStreamResponse({ board, toElement: boardElement, redact, now: options2.now });
      return withStreamEnd(response, () => openStreams--);
    }
    return path === "/metrics" ? isWrite ? allow("GET") : asset(options2.metrics.render(board.list(), options2.limiter.readings()), prometheusContentType) : path.startsWith("/hooks/") ? method !== "POST" ? allow("POST") : receiveHook(path.slice(7), request) : fail(404, "not_found", `nothing at ${path}`);
  };
}
function safeDecode2(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function withStreamEnd(response, onEnd) {
  let ended = !1, end = () => {
    ended || (ended = !0, onEnd());
  }, reader = response.body.getReader(), body = new ReadableStream({
    async pull(controller) {
      let next = await reader.read().catch((error) => {
        throw end(), error;
      });
      next.done ? (end(), controller.close()) : controller.enqueue(next.value);
    },
    cancel(reason) {
      return end(), reader.cancel(reason);
    }
  });
  return new Response(body, { status: response.status, headers: response.headers });
}
var commonHeaders, problem, init_serve_handler = __esm({
  "../apps/cli/src/serve/serve-handler.ts"() {
    "use strict";
    init_src();
    init_format_json();
    init_board_page();
    init_board_script();
    init_board_style();
    init_event_stream();
    init_prometheus_text();
    init_projectdiscovery_webhook();
    init_request_guard();
    init_scan_board();
    init_webhook_ids();
    commonHeaders = {
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store"
    };
    problem = (status, code2, message, redact, headers3 = {}) => json(status, { error: { code: code2, message } }, redact, headers3);
  }
});

// ../apps/cli/src/serve/serve-metrics.ts
function requestOutcome(event) {
  let { status } = event;
  return status === void 0 ? "no_answer" : status === 429 ? "rate_limited" : status >= 500 ? "server_error" : status >= 400 ? "client_error" : event.error === void 0 ? "ok" : "bad_answer";
}
function secondsToEnd(scan) {
  let start = Date.parse(scan.startedAt ?? scan.createdAt ?? ""), end = Date.parse(scan.finishedAt ?? "");
  if (!(Number.isNaN(start) || Number.isNaN(end) || end < start))
    return (end - start) / 1e3;
}
function tally2(samples, labels, amount) {
  let key = JSON.stringify(labels), sample = samples.get(key);
  sample ? sample.value += amount : samples.set(key, { labels, value: amount });
}
function createServeMetrics() {
  let requests = new Counter(), webhooks = new Counter(), timeToEnd = new Histogram(
    "scanstat_scan_duration_seconds",
    "Time from a scan's start (or creation) to its end, for each scan seen ending, by vendor and final state.",
    [10, 30, 60, 300, 600, 1800, 3600, 7200, 21600, 86400]
  );
  return {
    onTrace(event) {
      requests.increment({ vendor: event.vendor, operation: event.operation, outcome: requestOutcome(event) });
    },
    webhook(vendor, outcome) {
      webhooks.increment({ vendor, outcome });
    },
    scanEnded(scan) {
      let seconds2 = secondsToEnd(scan);
      seconds2 !== void 0 && timeToEnd.observe({ vendor: scan.ref.vendor, state: scan.state }, seconds2);
    },
    render(entries, budgets) {
      let scans = /* @__PURE__ */ new Map(), findings = /* @__PURE__ */ new Map(), ended = /* @__PURE__ */ new Map();
      for (let entry of entries) {
        let { scan } = entry, state = scan?.state ?? "unread", verdict = scan?.result?.verdict ?? "none";
        tally2(scans, { vendor: entry.ref.vendor, state, verdict }, 1), entry.error && tally2(ended, { vendor: entry.ref.vendor, code: entry.error.code }, 1);
        let counts = scan?.result?.findings?.bySeverity;
        if (counts)
          for (let severity of [...severities, "unknown"])
            tally2(findings, { vendor: entry.ref.vendor, severity }, counts[severity] ?? 0);
      }
      let watching = entries.filter((entry) => !entry.error && !(entry.scan && isTerminalState(entry.scan.state)));
      return [
        metricFamily(
          "scanstat_scans",
          "gauge",
          'Scans on the board by vendor, normalized state ("unread" before the first answer) and verdict ("none" without one).',
          [...scans.values()]
        ),
        metricFamily("scanstat_scans_watched", "gauge", "Scans still being watched (not ended, not given up).", [
          { labels: {}, value: watching.length }
        ]),
        metricFamily(
          "scanstat_scan_watch_errors",
          "gauge",
          "Scans that can no longer be watched, by vendor and error code.",
          [...ended.values()]
        ),
        metricFamily(
          "scanstat_findings",
          "gauge",
          "Security findings of the scans on the board, by vendor and severity.",
          [...findings.values()]
        ),
        timeToEnd.render(),
        metricFamily(
          "scanstat_vendor_requests_total",
          "counter",
          "HTTP requests sent to vendors (each attempt), by vendor, operation and outcome.",
          requests.samples()
        ),
        metricFamily(
          "scanstat_rate_budget_remaining",
          "gauge",
          "Requests that still fit in each credential's rate window now, by vendor, credential fingerprint and rate class.",
          budgets.map((budget) => ({
            labels: { vendor: budget.vendor, credential: budget.credential, rate_class: budget.rateClass },
            value: budget.remaining
          }))
        ),
        metricFamily(
          "scanstat_rate_budget_requests",
          "gauge",
          "The size of each rate budget (requests per window).",
          budgets.map((budget) => ({
            labels: { vendor: budget.vendor, credential: budget.credential, rate_class: budget.rateClass },
            value: budget.limit
          }))
        ),
        metricFamily(
          "scanstat_webhooks_total",
          "counter",
          "Webhooks received, by vendor and outcome (matched a watched scan, matched none, refused).",
          webhooks.samples()
        )
      ].join("");
    }
  };
}
var Counter, init_serve_metrics = __esm({
  "../apps/cli/src/serve/serve-metrics.ts"() {
    "use strict";
    init_src();
    init_prometheus_text();
    Counter = class {
      #series = /* @__PURE__ */ new Map();
      increment(labels) {
        let key = JSON.stringify(labels), sample = this.#series.get(key);
        sample ? sample.value++ : this.#series.set(key, { labels, value: 1 });
      }
      samples() {
        return [...this.#series.values()];
      }
    };
  }
});

// ../apps/cli/src/serve/watch-active-scans.ts
async function watchActiveScans(options2) {
  let { clock, signal } = options2;
  for (; !signal.aborted; ) {
    await Promise.all(
      options2.vendors.map(async (vendor) => {
        try {
          let adapter = await options2.adapter(vendor), refs = [];
          for await (let scan of listScans(adapter, { active: !0, limit: options2.limit ?? 100 }, { signal }))
            refs.push(scan.ref);
          signal.aborted || options2.found(refs);
        } catch (error) {
          signal.aborted || options2.problem(vendor, error);
        }
      })
    );
    try {
      await clock.sleep(options2.intervalMs, signal);
    } catch {
      return;
    }
  }
}
var init_watch_active_scans = __esm({
  "../apps/cli/src/serve/watch-active-scans.ts"() {
    "use strict";
    init_src();
  }
});

// ../apps/cli/src/serve/serve-command.ts
var serve_command_exports = {};
__export(serve_command_exports, {
  defaultServeHost: () => defaultServeHost,
  defaultServePort: () => defaultServePort,
  minimumTokenLength: () => minimumTokenLength,
  serveCommand: () => serveCommand
});
function chooseToken(input, env, host) {
  let fromEnvironment = env.SCANSTAT_SERVE_TOKEN?.trim() ? env.SCANSTAT_SERVE_TOKEN.trim() : void 0, token = input.token ?? fromEnvironment;
  if (token !== void 0) {
    if (token.trim() !== token || /\s/.test(token)) throw new UsageError("the serve token may not contain spaces");
    if (token.length < minimumTokenLength)
      throw new UsageError(
        `the serve token is shorter than ${minimumTokenLength} characters: use e.g. $(openssl rand -hex 16)`
      );
  } else if (!isLoopbackHost(host))
    throw new UsageError(
      `--host ${host} is reachable from other machines: set a token first (--token or SCANSTAT_SERVE_TOKEN)`
    );
  return token;
}
async function serveCommand(runtime, createContext, input) {
  let host = input.host ?? defaultServeHost;
  if (host.trim() === "") throw new UsageError("--host needs an address, e.g. 127.0.0.1");
  let token = chooseToken(input, runtime.env, host), metrics = createServeMetrics(), limiter = meterLimiter(createSlidingWindowLimiter(runtime.clock), runtime.clock), context = createContext({ limiter, onTrace: (event) => metrics.onTrace(event) }), redact = (text6) => {
    let scrubbed = context.redact(text6);
    return token === void 0 ? scrubbed : scrubbed.split(token).join("[redacted]");
  }, note = (text6) => {
    context.config.options.quiet || context.stderr.write(redact(text6));
  }, serveConfig = await loadServeConfig(context.config.configPath);
  await prepareAdapters(context, input.refs);
  for (let vendor of serveConfig.activeVendors) requireCapability(await context.adapter(vendor), "list");
  let board = createScanBoard({
    clock: context.clock,
    adapter: (vendor) => context.adapter(vendor),
    ...context.config.options.intervalMs !== void 0 ? { intervalMs: context.config.options.intervalMs } : {},
    onEnded: (scan) => metrics.scanEnded(scan)
  });
  board.subscribe((change) => {
    change.type === "scan" && change.entry.error && note(`scanstat serve: ${formatScanRef(change.entry.ref)}: ${change.entry.error.message}
`);
  });
  let handler = createServeHandler({
    board,
    metrics,
    limiter,
    adapter: (vendor) => context.adapter(vendor),
    token,
    loopbackOnly: isLoopbackHost(host),
    redact,
    severityPolicy: context.config.options.severityPolicy,
    startedAt: context.clock.now(),
    now: () => context.clock.now()
  }), listener, port = input.port ?? defaultServePort;
  try {
    listener = await listenHttp(handler, { host, port });
  } catch (error) {
    let code2 = error.code;
    throw code2 === "EADDRINUSE" || code2 === "EACCES" || code2 === "EADDRNOTAVAIL" || code2 === "ENOTFOUND" ? new UsageError(`cannot listen on ${host}:${port} (${code2}): choose another --host or --port`) : error;
  }
  let stopActive = new AbortController(), lastProblems = /* @__PURE__ */ new Map();
  try {
    board.add(input.refs, "command-line");
    let active = serveConfig.activeVendors.length === 0 ? Promise.resolve() : watchActiveScans({
      vendors: serveConfig.activeVendors,
      intervalMs: serveConfig.activeIntervalMs,
      clock: context.clock,
      signal: stopActive.signal,
      adapter: (vendor) => context.adapter(vendor),
      found: (refs) => {
        try {
          board.add(refs, "active");
        } catch (error) {
          note(`scanstat serve: ${error.message}
`);
        }
      },
      problem: (vendor, error) => {
        let text6 = errorText(error, { verbose: !1 });
        lastProblems.get(vendor) !== text6 && note(text6), lastProblems.set(vendor, text6);
      }
    });
    return context.stdout.write(`${listener.url}/
`), note(
      `scanstat serve: board on ${listener.url}/ watching ${input.refs.length} scan${input.refs.length === 1 ? "" : "s"}${serveConfig.activeVendors.length > 0 ? ` and the active scans of ${serveConfig.activeVendors.join(", ")}` : ""}${token === void 0 ? "" : "; writes and hooks need the token"}; Ctrl-C to stop
`
    ), await new Promise((resolve2) => {
      if (context.signal.aborted) return resolve2();
      context.signal.addEventListener("abort", () => resolve2(), { once: !0 });
    }), stopActive.abort(), await active, 0;
  } finally {
    stopActive.abort(), board.close(), await listener.close();
  }
}
var defaultServePort, defaultServeHost, minimumTokenLength, init_serve_command = __esm({
  "../apps/cli/src/serve/serve-command.ts"() {
    "use strict";
    init_src();
    init_usage_error();
    init_prepare_adapters();
    init_error_text();
    init_listen_http();
    init_metered_limiter();
    init_request_guard();
    init_scan_board();
    init_serve_config();
    init_serve_handler();
    init_serve_metrics();
    init_watch_active_scans();
    defaultServePort = 4200, defaultServeHost = "127.0.0.1", minimumTokenLength = 16;
  }
});

// ../packages/soda/src/count-soda-checks.ts
function readCounter(status, name, gaps) {
  let value = status[name];
  if (value != null) {
    if (Number.isSafeInteger(value) && value >= 0) return value;
    gaps.push(`${name} is ${value}, not a count`);
  }
}
function readSodaChecks(status) {
  let gaps = [], errors = readCounter(status, "errors", gaps), failures = readCounter(status, "failures", gaps), warnings = readCounter(status, "warnings", gaps), counters = {
    ...errors !== void 0 ? { errors } : {},
    ...failures !== void 0 ? { failures } : {},
    ...warnings !== void 0 ? { warnings } : {}
  };
  if (status.checks) {
    let counts = { total: 0, passed: 0, warned: 0, failed: 0, errored: 0, notEvaluated: 0 }, unread = 0;
    for (let check of status.checks) {
      let word = check.evaluationStatus;
      word !== "excluded" && (counts.total++, word === "pass" ? counts.passed++ : word === "warn" ? counts.warned++ : word === "fail" ? counts.failed++ : (counts.notEvaluated++, word !== "notEvaluated" && unread++));
    }
    return unread > 0 && gaps.push(`${unread} check${unread === 1 ? " has" : "s have"} no evaluation status scanstat knows`), failures !== void 0 && failures !== counts.failed && gaps.push(`failures says ${failures}, the checks list ${counts.failed}`), warnings !== void 0 && warnings !== counts.warned && gaps.push(`warnings says ${warnings}, the checks list ${counts.warned}`), counts.errored = Math.min(errors ?? 0, counts.notEvaluated), counts.notEvaluated -= counts.errored, { checks: counts, counters, gaps };
  }
  if (errors === void 0 && failures === void 0 && warnings === void 0) return { counters, gaps };
  let warned = warnings ?? 0, failed = failures ?? 0, errored = errors ?? 0;
  return {
    checks: { total: warned + failed + errored, passed: 0, warned, failed, errored, notEvaluated: 0 },
    counters,
    gaps
  };
}
function countSodaChecks(status) {
  return readSodaChecks(status).checks;
}
var init_count_soda_checks = __esm({
  "../packages/soda/src/count-soda-checks.ts"() {
    "use strict";
  }
});

// ../packages/soda/src/map-soda-scan-state.ts
function mapSodaScanState(word) {
  return Object.hasOwn(sodaScanStates, word) ? sodaScanStates[word] : { state: "unknown" };
}
var sodaScanStates, init_map_soda_scan_state = __esm({
  "../packages/soda/src/map-soda-scan-state.ts"() {
    "use strict";
    sodaScanStates = {
      queuing: { state: "queued" },
      executing: { state: "running" },
      started: { state: "running" },
      cancelationRequested: { state: "canceling" },
      timeOutRequested: { state: "canceling" },
      canceled: { state: "canceled" },
      timedOut: { state: "timed_out" },
      failed: { state: "failed" },
      completed: { state: "completed", verdict: "pass" },
      completedWithWarnings: { state: "completed", verdict: "warn" },
      completedWithFailures: { state: "completed", verdict: "fail" },
      completedWithErrors: { state: "completed", verdict: "error" },
      pending: { state: "queued" },
      submitted: { state: "running" }
    };
  }
});

// ../packages/soda/src/soda-scan-result.ts
function verdictOfChecks(checks, counters = {}) {
  return checks.errored > 0 ? "error" : checks.failed > 0 || (counters.failures ?? 0) > 0 ? "fail" : checks.warned > 0 || (counters.warnings ?? 0) > 0 ? "warn" : "pass";
}
function disagreement(word, stated, counted, checks) {
  if (rank[counted] > rank[stated]) return `state ${word}, but the checks say ${counted}`;
  if (stated === "fail" && checks.failed === 0 || stated === "warn" && checks.warned === 0)
    return `state ${word}, but no check ${stated === "fail" ? "failed" : "warned"}`;
}
function resultForSodaScan(word, stated, status) {
  let { checks, counters, gaps } = readSodaChecks(status), sources = ["run-status"], verdict = stated;
  if (checks) {
    sources.push("checks");
    let counted = verdictOfChecks(checks, counters);
    rank[counted] > rank[verdict] && (verdict = counted);
    let differs = disagreement(word, stated, counted, checks);
    differs && gaps.push(differs);
  }
  let evidence = gaps.length > 0 ? partialEvidence(sources, ...gaps) : { sources, complete: !0 }, gated = gateVerdict(verdict, evidence);
  return { ...gated ? { verdict: gated } : {}, evidence, ...checks ? { checks } : {} };
}
var rank, init_soda_scan_result = __esm({
  "../packages/soda/src/soda-scan-result.ts"() {
    "use strict";
    init_src();
    init_count_soda_checks();
    rank = { pass: 0, warn: 1, fail: 2, error: 3 };
  }
});

// ../packages/soda/src/map-soda-scan.ts
function isoUtc(value) {
  if (!value) return;
  let time3 = Date.parse(value);
  return Number.isNaN(time3) ? void 0 : new Date(time3).toISOString();
}
function mapSodaScan(id, status, nextPollTime, now = Date.now()) {
  let { state, verdict } = mapSodaScanState(status.state), scan = { ref: { vendor: "soda", id }, state, vendorState: status.state, raw: status }, name = status.scanDefinition?.name || status.scanDefinition?.id;
  name && (scan.name = name);
  let createdAt = isoUtc(status.created) ?? isoUtc(status.submitted);
  createdAt && (scan.createdAt = createdAt);
  let startedAt = isoUtc(status.started);
  startedAt && (scan.startedAt = startedAt);
  let finishedAt = isoUtc(status.ended);
  return finishedAt && (scan.finishedAt = finishedAt), status.cloudUrl && (scan.url = status.cloudUrl), verdict && (scan.result = resultForSodaScan(status.state, verdict, status)), nextPollTime?.trim() && (scan.nextPollAt = isoUtc(nextPollTime) ?? new Date(now + sodaUnparsablePollTimeWaitMs).toISOString()), scan;
}
var sodaUnparsablePollTimeWaitMs, init_map_soda_scan = __esm({
  "../packages/soda/src/map-soda-scan.ts"() {
    "use strict";
    init_map_soda_scan_state();
    init_soda_scan_result();
    sodaUnparsablePollTimeWaitMs = 6e4;
  }
});

// ../packages/soda/src/soda-auth.ts
function requireSodaCredentials(settings) {
  let apiKeyId = settings.apiKeyId?.trim() ?? "", apiKeySecret = settings.apiKeySecret ?? "", missing = [];
  if (apiKeyId === "" && missing.push(sodaCredentialVariables.apiKeyId), apiKeySecret === "" && missing.push(sodaCredentialVariables.apiKeySecret), missing.length > 0)
    throw new ConfigError(`soda: missing credentials: set ${missing.join(" and ")}`, { vendor: "soda" });
  if (apiKeyId.includes(":"))
    throw new ConfigError(`soda: ${sodaCredentialVariables.apiKeyId} must not contain ":"`, { vendor: "soda" });
  return { apiKeyId, apiKeySecret };
}
function createSodaAuth(credentials) {
  let { apiKeyId, apiKeySecret } = requireSodaCredentials(credentials), authorization;
  try {
    authorization = `Basic ${btoa(`${apiKeyId}:${apiKeySecret}`)}`;
  } catch {
    throw new ConfigError("soda: the API key id or secret has characters a Basic auth header cannot carry", {
      vendor: "soda"
    });
  }
  return {
    headers: () => ({ authorization }),
    secrets: () => basicAuthSecrets(apiKeyId, apiKeySecret),
    // The key id is the public half (like an AWS access key id): a fine name for the rate budget.
    fingerprint: () => apiKeyId
  };
}
var sodaCredentialVariables, init_soda_auth = __esm({
  "../packages/soda/src/soda-auth.ts"() {
    "use strict";
    init_src();
    sodaCredentialVariables = {
      apiKeyId: "SODA_API_KEY_ID",
      apiKeySecret: "SODA_API_KEY_SECRET"
    };
  }
});

// ../packages/soda/src/soda-base-url.ts
function isSodaRegion(value) {
  return sodaRegions.includes(value);
}
function resolveSodaBaseUrl(settings) {
  if (settings.baseUrl !== void 0 && settings.baseUrl.trim() !== "") {
    let baseUrl = settings.baseUrl.trim();
    if (!/^https?:$/.test(URL.parse(baseUrl)?.protocol ?? ""))
      throw new ConfigError(`soda: base URL "${baseUrl}" is not an http(s) URL (SODA_BASE_URL)`, { vendor: "soda" });
    return baseUrl.replace(/\/+$/, "");
  }
  let region = settings.region ?? "eu";
  if (!isSodaRegion(region))
    throw new ConfigError(`soda: unknown region "${String(region)}": expected eu or us (SODA_REGION)`, {
      vendor: "soda"
    });
  return sodaBaseUrls[region];
}
var sodaRegions, sodaBaseUrls, init_soda_base_url = __esm({
  "../packages/soda/src/soda-base-url.ts"() {
    "use strict";
    init_src();
    sodaRegions = ["eu", "us"], sodaBaseUrls = {
      eu: "https://cloud.soda.io",
      us: "https://cloud.us.soda.io"
    };
  }
});

// ../packages/soda/src/soda-error.ts
function parseSodaErrorBody(body) {
  if (body === null || typeof body != "object") return;
  let { code: code2, message } = body, details = {};
  return typeof message == "string" && message.trim() !== "" && (details.message = message), (typeof code2 == "string" || typeof code2 == "number") && (details.code = String(code2)), details.message || details.code ? details : void 0;
}
function classifySodaError(info) {
  if (info.operation === "cancelScan" && (info.status === 400 || info.status === 409)) {
    let said = info.details.message ? `: ${info.details.message}` : "";
    return new InvalidRequestError(
      `soda cancelScan: HTTP ${info.status}${said} \u2014 only a queuing or executing scan can be canceled`,
      { vendor: "soda", operation: info.operation, status: info.status }
    );
  }
}
var init_soda_error = __esm({
  "../packages/soda/src/soda-error.ts"() {
    "use strict";
    init_src();
  }
});

// ../packages/soda/src/soda-rate-limits.ts
function resolveSodaRateLimits(overrides) {
  return { ...resolveRateBudgets("soda", sodaRateLimits, overrides) };
}
var sodaRateLimits, sodaRateLimitClassOf, init_soda_rate_limits = __esm({
  "../packages/soda/src/soda-rate-limits.ts"() {
    "use strict";
    init_adapter_kit();
    sodaRateLimits = {
      trigger: { requests: 10, windowMs: 6e4, documented: !0 },
      status: { requests: 60, windowMs: 6e4, documented: !0 },
      cancel: { requests: 10, windowMs: 6e4, documented: !0 },
      logs: { requests: 60, windowMs: 6e4, documented: !0 }
    }, sodaRateLimitClassOf = {
      getScan: "status",
      triggerScan: "trigger",
      cancelScan: "cancel",
      getLogs: "logs"
    };
  }
});

// ../packages/soda/src/soda-schemas.ts
var optionalText, optionalCount, sodaScanStatusSchema, sodaScanLogsPageSchema, sodaTestLoginSchema, init_soda_schemas = __esm({
  "../packages/soda/src/soda-schemas.ts"() {
    "use strict";
    init_mini();
    optionalText = nullish(string2()), optionalCount = nullish(number2()), sodaScanStatusSchema = object({
      state: string2(),
      id: optionalText,
      cloudUrl: optionalText,
      created: optionalText,
      submitted: optionalText,
      started: optionalText,
      ended: optionalText,
      scanDefinition: nullish(object({ id: string2(), name: string2() })),
      checks: nullish(array(object({ evaluationStatus: optionalText }))),
      errors: optionalCount,
      failures: optionalCount,
      warnings: optionalCount
    }), sodaScanLogsPageSchema = object({
      content: array(object({ message: string2(), level: optionalText, timestamp: optionalText })),
      last: nullish(boolean2()),
      totalPages: optionalCount
    }), sodaTestLoginSchema = object({ organisationName: optionalText });
  }
});

// ../packages/soda/src/soda-client.ts
function scanPath2(scanId) {
  if (scanId.trim() === "") throw new InvalidScanRefError("soda: the scan id is empty", { vendor: "soda" });
  return `/api/v1/scans/${scanIdPathSegment(scanId)}`;
}
function scanIdFromLocation(location, baseUrl) {
  if (location)
    try {
      let segment = new URL(location, baseUrl).pathname.split("/").filter(Boolean).at(-1);
      return segment ? decodeURIComponent(segment) : void 0;
    } catch {
      return;
    }
}
function checkLogsQuery({ page = 0, size = sodaMaxLogPageSize }) {
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(size) || size < 100 || size > sodaMaxLogPageSize) {
    let message = `soda getScanLogs: page must be an integer from 0, size one from 100 to 1000 (got ${page}, ${size})`;
    throw new ConfigError(message, { vendor: "soda" });
  }
}
function createSodaClient(settings) {
  let auth = createSodaAuth(settings), baseUrl = resolveSodaBaseUrl(settings), http = createHttpClient({
    vendor: "soda",
    baseUrl,
    auth,
    parseErrorBody: parseSodaErrorBody,
    classifyError: classifySodaError,
    rateLimits: resolveSodaRateLimits(settings.rateLimits),
    limiter: settings.limiter,
    clock: settings.clock,
    fetch: settings.fetch,
    requestTimeoutMs: settings.requestTimeoutMs,
    retry: settings.retry,
    random: settings.random,
    onTrace: settings.onTrace
  });
  return {
    baseUrl,
    async triggerScan(body, options2) {
      if (!body.scanDefinition || body.scanDefinition.trim() === "")
        throw new ConfigError("soda: triggering a scan needs a scan definition (--definition)", {
          vendor: "soda",
          operation: "triggerScan"
        });
      let response = await http.request({
        operation: "triggerScan",
        rateLimitClass: "trigger",
        method: "POST",
        path: "/api/v1/scans",
        form: { scanDefinition: body.scanDefinition, dataTimestamp: body.dataTimestamp },
        idempotent: !1,
        responseType: "none",
        ambiguousHint: `the Soda scan "${body.scanDefinition}" may have started: check Soda Cloud before triggering again`,
        signal: options2?.signal
      }), location = response.headers.get("location") ?? void 0, scanId = response.headers.get("x-soda-scan-id")?.trim() || scanIdFromLocation(response.headers.get("location"), baseUrl);
      if (!scanId)
        throw new VendorResponseError(
          "soda triggerScan: HTTP 201 without X-Soda-Scan-Id or Location: the scan started but its id is unknown",
          {
            vendor: "soda",
            operation: "triggerScan",
            status: response.status,
            field: "X-Soda-Scan-Id",
            mayHaveActed: !0,
            hint: `look for the "${body.scanDefinition}" scan in Soda Cloud before triggering again`
          }
        );
      return { scanId, location };
    },
    async getScanStatus(scanId, options2) {
      let response = await http.request({
        operation: "getScanStatus",
        rateLimitClass: "status",
        method: "GET",
        path: scanPath2(scanId),
        idempotent: !0,
        schema: sodaScanStatusSchema,
        signal: options2?.signal
      });
      return { status: response.data, nextPollTime: response.headers.get("x-soda-next-poll-time") ?? void 0 };
    },
    async cancelScan(scanId, options2) {
      await http.request({
        operation: "cancelScan",
        rateLimitClass: "cancel",
        method: "DELETE",
        path: scanPath2(scanId),
        idempotent: !1,
        responseType: "none",
        ambiguousHint: "the cancel may have reached Soda: check the scan before canceling again",
        signal: options2?.signal
      });
    },
    async testLogin(options2) {
      return (await http.request({
        operation: "testLogin",
        // Documented at 10 requests per 10 s; one call per check stays far below the status budget.
        rateLimitClass: "status",
        method: "GET",
        path: "/api/v1/test-login",
        idempotent: !0,
        schema: sodaTestLoginSchema,
        signal: options2?.signal
      })).data;
    },
    async getScanLogs(scanId, query = {}, options2) {
      return checkLogsQuery(query), (await http.request({
        operation: "getScanLogs",
        rateLimitClass: "logs",
        method: "GET",
        path: `${scanPath2(scanId)}/logs`,
        query: { page: query.page, size: query.size },
        idempotent: !0,
        schema: sodaScanLogsPageSchema,
        signal: options2?.signal
      })).data;
    }
  };
}
var sodaMaxLogPageSize, init_soda_client = __esm({
  "../packages/soda/src/soda-client.ts"() {
    "use strict";
    init_src();
    init_soda_auth();
    init_soda_base_url();
    init_soda_error();
    init_soda_rate_limits();
    init_soda_schemas();
    sodaMaxLogPageSize = 1e3;
  }
});

// ../packages/soda/src/soda-adapter.ts
function hasNextPage(page, pageNumber, size) {
  return page.content.length === 0 ? !1 : typeof page.last == "boolean" ? !page.last : typeof page.totalPages == "number" ? pageNumber + 1 < page.totalPages : page.content.length >= size;
}
function createSodaAdapter(settings) {
  let client = createSodaClient({
    ...settings,
    apiKeyId: settings.apiKeyId ?? "",
    apiKeySecret: settings.apiKeySecret ?? ""
  }), clock = settings.clock ?? systemClock, budgets = resolveSodaRateLimits(settings.rateLimits), rateLimits = {};
  for (let [operation, limitClass] of Object.entries(sodaRateLimitClassOf))
    rateLimits[operation] = budgets[limitClass];
  return {
    vendor: "soda",
    capabilities: { trigger: !0, cancel: !0, list: !1, logs: !0, batchGet: !1 },
    rateLimits,
    async getScan(id, options2) {
      requireScanId(id, { vendor: "soda", operation: "getScan" });
      let { status, nextPollTime } = await client.getScanStatus(id, options2);
      return mapSodaScan(id, status, nextPollTime, clock.now());
    },
    async triggerScan(input, options2) {
      let { scanId } = await client.triggerScan(
        { scanDefinition: input.definition?.trim() ?? "", dataTimestamp: input.dataTimestamp },
        options2
      );
      return { vendor: "soda", id: scanId };
    },
    async cancelScan(id, options2) {
      requireScanId(id, { vendor: "soda", operation: "cancelScan" }), await client.cancelScan(id, options2);
    },
    // Page by page, and only when the consumer asks for more: a million-line log never sits in memory.
    async *getLogs(id, options2) {
      requireScanId(id, { vendor: "soda", operation: "getLogs" });
      let size = sodaMaxLogPageSize;
      for (let pageNumber = 0; ; pageNumber++) {
        if (pageNumber >= sodaMaxLogPages) throw pageCapError("soda", "getScanLogs", pageNumber);
        let page = await client.getScanLogs(id, { page: pageNumber, size }, options2);
        for (let entry of page.content) {
          let line = { message: entry.message };
          entry.timestamp && (line.timestamp = entry.timestamp), entry.level && (line.level = entry.level), yield line;
        }
        if (!hasNextPage(page, pageNumber, size)) return;
      }
    }
  };
}
var sodaMaxLogPages, init_soda_adapter = __esm({
  "../packages/soda/src/soda-adapter.ts"() {
    "use strict";
    init_src();
    init_adapter_kit();
    init_map_soda_scan();
    init_soda_client();
    init_soda_rate_limits();
    sodaMaxLogPages = 1e4;
  }
});

// ../packages/soda/src/soda-environment.ts
function read2(env, name) {
  let value = env[name]?.trim();
  return value || void 0;
}
function readSodaEnvironment(env) {
  let settings = {}, apiKeyId = read2(env, "SODA_API_KEY_ID");
  apiKeyId && (settings.apiKeyId = apiKeyId);
  let apiKeySecret = env.SODA_API_KEY_SECRET;
  apiKeySecret && (settings.apiKeySecret = apiKeySecret);
  let region = read2(env, "SODA_REGION")?.toLowerCase();
  if (region !== void 0) {
    if (!isSodaRegion(region))
      throw new ConfigError(`soda: SODA_REGION must be eu or us (got "${env.SODA_REGION?.trim()}")`, {
        vendor: "soda"
      });
    settings.region = region;
  }
  let baseUrl = read2(env, "SODA_BASE_URL");
  return baseUrl && (settings.baseUrl = resolveSodaBaseUrl({ baseUrl })), settings;
}
var init_soda_environment = __esm({
  "../packages/soda/src/soda-environment.ts"() {
    "use strict";
    init_src();
    init_soda_base_url();
  }
});

// ../packages/soda/src/manifest.ts
var manifest2, init_manifest2 = __esm({
  "../packages/soda/src/manifest.ts"() {
    "use strict";
    manifest2 = {
      vendor: "soda",
      aliases: [],
      displayName: "Soda Cloud",
      environment: [
        { name: "SODA_API_KEY_ID", setting: "apiKeyId", required: !0, secret: !0, description: "API key id" },
        {
          name: "SODA_API_KEY_SECRET",
          setting: "apiKeySecret",
          required: !0,
          secret: !0,
          description: "API key secret",
          // Taken as given today: only an empty value counts as unset.
          verbatim: !0
        },
        { name: "SODA_REGION", setting: "region", required: !1, secret: !1, description: "eu (default) or us" },
        { name: "SODA_BASE_URL", setting: "baseUrl", required: !1, secret: !1, description: "API origin override" }
      ],
      trigger: {
        options: [
          {
            name: "definition",
            key: "definition",
            type: "string",
            required: !0,
            description: "the scan definition to run"
          },
          {
            name: "data-timestamp",
            key: "dataTimestamp",
            type: "timestamp",
            description: "the data timestamp the scan checks (ISO-8601); Soda's default is now"
          }
        ],
        examples: [
          { description: "run a scan definition", input: { definition: "orders_checks" } },
          {
            description: "run it for yesterday's data",
            input: { definition: "orders_checks", dataTimestamp: "2026-01-31T00:00:00Z" }
          }
        ]
      },
      listFilters: [],
      rateLimits: {
        classes: {
          trigger: { requests: 10, windowMs: 6e4, documented: !0 },
          status: { requests: 60, windowMs: 6e4, documented: !0 },
          cancel: { requests: 10, windowMs: 6e4, documented: !0 },
          logs: { requests: 60, windowMs: 6e4, documented: !0 }
        },
        operations: { getScan: "status", triggerScan: "trigger", cancelScan: "cancel", getLogs: "logs" }
      },
      capabilities: { trigger: !0, cancel: !0, list: !1, logs: !0, batchGet: !1 },
      docs: "https://docs.soda.io/api-docs/public-cloud-api-v1.html"
    };
  }
});

// ../packages/soda/src/index.ts
var src_exports2 = {};
__export(src_exports2, {
  classifySodaError: () => classifySodaError,
  countSodaChecks: () => countSodaChecks,
  createSodaAdapter: () => createSodaAdapter,
  createSodaAuth: () => createSodaAuth,
  createSodaClient: () => createSodaClient,
  isSodaRegion: () => isSodaRegion,
  manifest: () => manifest2,
  mapSodaScan: () => mapSodaScan,
  mapSodaScanState: () => mapSodaScanState,
  parseSodaErrorBody: () => parseSodaErrorBody,
  readSodaChecks: () => readSodaChecks,
  readSodaEnvironment: () => readSodaEnvironment,
  requireSodaCredentials: () => requireSodaCredentials,
  resolveSodaBaseUrl: () => resolveSodaBaseUrl,
  resolveSodaRateLimits: () => resolveSodaRateLimits,
  resultForSodaScan: () => resultForSodaScan,
  sodaBaseUrls: () => sodaBaseUrls,
  sodaCredentialVariables: () => sodaCredentialVariables,
  sodaMaxLogPageSize: () => sodaMaxLogPageSize,
  sodaRateLimitClassOf: () => sodaRateLimitClassOf,
  sodaRateLimits: () => sodaRateLimits,
  sodaRegions: () => sodaRegions,
  sodaScanStates: () => sodaScanStates,
  sodaUnparsablePollTimeWaitMs: () => sodaUnparsablePollTimeWaitMs
});
var init_src3 = __esm({
  "../packages/soda/src/index.ts"() {
    "use strict";
    init_count_soda_checks();
    init_map_soda_scan();
    init_map_soda_scan_state();
    init_soda_adapter();
    init_soda_scan_result();
    init_soda_auth();
    init_soda_base_url();
    init_soda_client();
    init_soda_environment();
    init_soda_error();
    init_soda_rate_limits();
    init_manifest2();
  }
});

// ../packages/telmai/src/asset-runs.ts
function assetRuns(assets) {
  let runs = [];
  for (let asset of assets) {
    let { currentRun, lastRun } = asset;
    currentRun && runs.push(linkedRun(asset, currentRun)), lastRun && lastRun.jobId !== currentRun?.jobId && runs.push(linkedRun(asset, lastRun));
  }
  return runs;
}
function runsByJob(runs) {
  let jobs = /* @__PURE__ */ new Map();
  for (let linked of runs) {
    let job = jobs.get(linked.run.jobId);
    job ? job.push(linked) : jobs.set(linked.run.jobId, [linked]);
  }
  return jobs;
}
function epochOf(timestamp2) {
  if (!timestamp2) return;
  let epoch = Date.parse(timestamp2);
  return Number.isNaN(epoch) ? void 0 : epoch;
}
var linkedRun, init_asset_runs = __esm({
  "../packages/telmai/src/asset-runs.ts"() {
    "use strict";
    linkedRun = (asset, run2) => asset.assetName ? { assetId: asset.assetId, assetName: asset.assetName, run: run2 } : { assetId: asset.assetId, run: run2 };
  }
});

// ../packages/telmai/src/map-telmai-run-status.ts
function mapTelmaiRunStatus(status) {
  return mappingOfWord(status) ?? mappingOfWord(status.trim().toLowerCase()) ?? { state: "unknown" };
}
function mappingOfWord(word) {
  switch (word) {
    case "running":
      return { state: "running" };
    case "completed":
      return { state: "completed", verdict: "pass" };
    case "partial_failure":
      return { state: "completed", verdict: "warn" };
    case "failed":
      return { state: "completed", verdict: "fail" };
    default:
      return;
  }
}
var init_map_telmai_run_status = __esm({
  "../packages/telmai/src/map-telmai-run-status.ts"() {
    "use strict";
  }
});

// ../packages/telmai/src/ending-of-runs.ts
function endingOfRuns(runs) {
  if (runs.length === 0) return "unsure";
  let mapped = runs.map((linked) => mapTelmaiRunStatus(linked.run.status));
  return mapped.some((run2) => run2.state === "running") ? "running" : mapped.every((run2) => run2.state === "completed" && (run2.verdict === "pass" || run2.verdict === "warn")) ? "finished" : "unsure";
}
var init_ending_of_runs = __esm({
  "../packages/telmai/src/ending-of-runs.ts"() {
    "use strict";
    init_map_telmai_run_status();
  }
});

// ../packages/telmai/src/link-execution-runs.ts
function linkExecutionRuns(execution, assets, options2 = {}) {
  let runs = assetRuns(assets), sameId = runs.filter((linked) => linked.run.jobId === execution.executionId);
  if (sameId.length > 0) return { linkedBy: "jobId", runs: sameId };
  if (options2.byTime === !1) return { linkedBy: "none", runs: [] };
  let started = epochOf(execution.startedAt);
  if (started === void 0) return { linkedBy: "none", runs: [] };
  let finished = epochOf(execution.finishedAt), best;
  for (let jobRuns of runsByJob(runs).values()) {
    let starts = jobRuns.map((linked) => epochOf(linked.run.startedAt)).filter((at) => at !== void 0);
    if (starts.length === 0) continue;
    let start = Math.min(...starts);
    if (start < started - clockSkewMs || start > started + startWindowMs || finished !== void 0 && start > finished || start < started && finished === void 0) continue;
    let distance = start >= started ? start - started : startWindowMs + started - start;
    (!best || distance < best.distance) && (best = { distance, runs: jobRuns });
  }
  return best ? { linkedBy: "time", runs: best.runs } : { linkedBy: "none", runs: [] };
}
var clockSkewMs, startWindowMs, init_link_execution_runs = __esm({
  "../packages/telmai/src/link-execution-runs.ts"() {
    "use strict";
    init_asset_runs();
    clockSkewMs = 6e4, startWindowMs = 10 * 6e4;
  }
});

// ../packages/telmai/src/map-telmai-scan-state.ts
function mapTelmaiScanState(status) {
  switch (status.trim().toLowerCase()) {
    case "running":
      return "running";
    case "finished":
      return "completed";
    case "failed":
      return "failed";
    default:
      return "unknown";
  }
}
var init_map_telmai_scan_state = __esm({
  "../packages/telmai/src/map-telmai-scan-state.ts"() {
    "use strict";
  }
});

// ../packages/telmai/src/summarize-telmai-runs.ts
function summarizeTelmaiRuns(runs) {
  let known2 = !1, total = 0, completed = 0, failed = 0, verdict;
  for (let { run: run2 } of runs) {
    let runFailed = 0, progress = run2.progress;
    if (progress && (progress.total !== void 0 || progress.completed !== void 0)) {
      let runCompleted = vendorCount(progress.completed);
      runFailed = vendorCount(progress.failed), known2 = !0, total += progress.total !== void 0 ? vendorCount(progress.total) : runCompleted + runFailed + vendorCount(progress.running) + vendorCount(progress.pending), completed += runCompleted, failed += runFailed;
    } else if (run2.monitors && run2.monitors.length > 0) {
      let runCompleted = 0;
      for (let monitor of run2.monitors) {
        let stage = monitor.stage.trim().toLowerCase();
        stage === "completed" ? runCompleted++ : stage === "failed" && runFailed++;
      }
      known2 = !0, total += run2.monitors.length, completed += runCompleted, failed += runFailed;
    }
    let runVerdict = mapTelmaiRunStatus(run2.status).verdict;
    runVerdict === "pass" && runFailed > 0 && (runVerdict = "warn"), runVerdict && (!verdict || verdictRank[runVerdict] > verdictRank[verdict]) && (verdict = runVerdict);
  }
  let summary = {};
  if (known2 && total > 0) {
    let done = Math.min(total, completed + failed);
    summary.progress = { completed: done, total, ratio: done / total }, summary.checks = {
      total,
      passed: completed,
      warned: 0,
      failed,
      errored: 0,
      notEvaluated: Math.max(0, total - completed - failed)
    };
  }
  return verdict && (summary.verdict = verdict), summary;
}
var verdictRank, init_summarize_telmai_runs = __esm({
  "../packages/telmai/src/summarize-telmai-runs.ts"() {
    "use strict";
    init_src();
    init_map_telmai_run_status();
    verdictRank = { pass: 0, warn: 1, fail: 2, error: 3 };
  }
});

// ../packages/telmai/src/telmai-incidents.ts
function mapTelmaiIncidentSeverity(word) {
  let severity = word?.trim().toLowerCase();
  return severity === "critical" || severity === "high" || severity === "medium" || severity === "low" ? severity : "unknown";
}
function incidentWindowOf(startedAt, finishedAt) {
  let from = epochOf(startedAt), to = epochOf(finishedAt);
  if (!(from === void 0 || to === void 0))
    return { from, to: to + incidentWindowToleranceMs };
}
function incidentsOfScan(reading, window, assetIds) {
  if (!window || !reading || reading.from > window.from || window.to > reading.to)
    return { unread: "incidents not read" };
  if (!reading.incidents) return { unread: `incidents not read: ${reading.error}` };
  let bySeverity = emptySeverityCounts(), gaps = [], total = 0;
  for (let incident of reading.incidents) {
    let detected = epochOf(incident.detectedAt);
    detected !== void 0 && (detected < window.from || detected > window.to) || assetIds && incident.assetId !== void 0 && !assetIds.has(incident.assetId) || (detected === void 0 && gaps.push("an incident has no detection time"), bySeverity[mapTelmaiIncidentSeverity(incident.severity)]++, total++);
  }
  return reading.truncated && gaps.push("more incidents than were read"), { counts: { total, bySeverity }, gaps };
}
var incidentWindowToleranceMs, init_telmai_incidents = __esm({
  "../packages/telmai/src/telmai-incidents.ts"() {
    "use strict";
    init_src();
    init_asset_runs();
    incidentWindowToleranceMs = 2e3;
  }
});

// ../packages/telmai/src/telmai-result.ts
function telmaiResult(summary, runs, window, context) {
  let sources = [], gaps = [], verdict, assets = runs.length > 0 ? new Set(runs.map((linked) => linked.assetId)) : void 0, incidents = incidentsOfScan(context?.incidents, window, assets);
  "unread" in incidents ? gaps.push(incidents.unread) : (sources.push("incidents"), gaps.push(...incidents.gaps), verdict = verdictForFindings(incidents.counts, context?.severityPolicy)), summary.verdict ? (sources.push("run-status"), (!verdict || rank2[summary.verdict] > rank2[verdict]) && (verdict = summary.verdict)) : (gaps.push(runs.length > 0 ? "its asset runs had not ended" : "its asset runs can no longer be linked"), verdict !== "fail" && (verdict = void 0));
  let evidence = gaps.length > 0 ? partialEvidence(sources, ...gaps) : completeEvidence(...sources), gated = gateVerdict(verdict, evidence), result = gated ? { verdict: gated, evidence } : { evidence };
  return "unread" in incidents || (result.findings = incidents.counts), summary.checks && (result.checks = summary.checks), result;
}
var rank2, init_telmai_result = __esm({
  "../packages/telmai/src/telmai-result.ts"() {
    "use strict";
    init_src();
    init_telmai_incidents();
    rank2 = { pass: 0, warn: 1, fail: 2, error: 3 };
  }
});

// ../packages/telmai/src/telmai-time.ts
function boundary(timestamps, latest) {
  let found;
  for (let timestamp2 of timestamps) {
    if (!timestamp2) continue;
    if (!plainUtc2.test(timestamp2)) {
      let epochs = timestamps.map(epochOf).filter((epoch) => epoch !== void 0);
      return epochs.length > 0 ? new Date(latest ? Math.max(...epochs) : Math.min(...epochs)).toISOString() : void 0;
    }
    let time3 = canonical(timestamp2);
    (found === void 0 || (latest ? time3 > found : time3 < found)) && (found = time3);
  }
  return found;
}
var plainUtc2, canonical, earliestIsoTime, latestIsoTime, isoTime3, init_telmai_time = __esm({
  "../packages/telmai/src/telmai-time.ts"() {
    "use strict";
    init_asset_runs();
    plainUtc2 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/, canonical = (value) => value.length === 24 ? value : `${value.slice(0, 19)}.${`${value.slice(20, -1)}000`.slice(0, 3)}Z`;
    earliestIsoTime = (timestamps) => boundary(timestamps, !1), latestIsoTime = (timestamps) => boundary(timestamps, !0), isoTime3 = (timestamp2) => boundary([timestamp2], !1);
  }
});

// ../packages/telmai/src/map-telmai-scan.ts
function targetOf(runs) {
  if (runs.length === 1) return runs[0].assetName ?? runs[0].assetId;
  let names = /* @__PURE__ */ new Set();
  for (let linked of runs) names.add(linked.assetName ?? linked.assetId);
  if (names.size !== 0)
    return names.size > 3 ? `${names.size} assets` : [...names].join(", ");
}
function scanOf(scan, runs, summary, startedAt, finishedAt, context) {
  let target = targetOf(runs);
  return target !== void 0 && (scan.target = target), summary.progress && (scan.progress = summary.progress), scan.state === "completed" && (scan.result = telmaiResult(summary, runs, incidentWindowOf(startedAt, finishedAt), context)), startedAt !== void 0 && (scan.startedAt = startedAt), finishedAt !== void 0 && (scan.finishedAt = finishedAt), scan;
}
function mapTelmaiExecution(id, execution, linked, context) {
  let runs = linked?.runs ?? [];
  return scanOf(
    {
      ref: { vendor: "telmai", id },
      state: mapTelmaiScanState(execution.status),
      vendorState: execution.status,
      raw: { execution, runs, linkedBy: linked?.linkedBy ?? "none" }
    },
    runs,
    summarizeTelmaiRuns(runs),
    isoTime3(execution.startedAt),
    isoTime3(execution.finishedAt),
    context
  );
}
function mapTelmaiJob(jobId, runs, context) {
  let summary = summarizeTelmaiRuns(runs), state = "completed", vendorState, unknownWord, verdictWord;
  for (let { run: run2 } of runs) {
    let mapped = mapTelmaiRunStatus(run2.status);
    if (mapped.state === "running") {
      state = "running", vendorState = run2.status;
      break;
    }
    mapped.state === "unknown" ? unknownWord ??= run2.status : verdictWord === void 0 && mapped.verdict === summary.verdict && (verdictWord = run2.status);
  }
  vendorState === void 0 && unknownWord !== void 0 && (state = "unknown", vendorState = unknownWord);
  let startedAt = runs.length === 1 ? isoTime3(runs[0].run.startedAt) : earliestIsoTime(startsOf(runs)), finishedAt;
  return state === "completed" && (finishedAt = runs.length === 1 ? isoTime3(runs[0].run.finishedAt) : latestIsoTime(endsOf(runs))), scanOf(
    {
      ref: { vendor: "telmai", id: jobId },
      state,
      vendorState: vendorState ?? verdictWord ?? "completed",
      raw: { jobId, runs }
    },
    runs,
    summary,
    startedAt,
    finishedAt,
    context
  );
}
var startsOf, endsOf, init_map_telmai_scan = __esm({
  "../packages/telmai/src/map-telmai-scan.ts"() {
    "use strict";
    init_map_telmai_run_status();
    init_map_telmai_scan_state();
    init_summarize_telmai_runs();
    init_telmai_incidents();
    init_telmai_result();
    init_telmai_time();
    startsOf = (runs) => runs.map((linked) => linked.run.startedAt), endsOf = (runs) => runs.map((linked) => linked.run.finishedAt);
  }
});

// ../packages/telmai/src/map-telmai-execution-from-runs.ts
function mapTelmaiExecutionFromRuns(id, linked, ending, lastRead, context) {
  let inferred = {
    executionId: id,
    status: ending,
    startedAt: lastRead?.startedAt ?? earliestIsoTime(linked.runs.map(({ run: run2 }) => run2.startedAt)) ?? null,
    finishedAt: ending === "finished" ? latestIsoTime(linked.runs.map(({ run: run2 }) => run2.finishedAt)) ?? null : null
  }, scan = mapTelmaiExecution(id, inferred, linked, context), { runs, linkedBy } = linked;
  return scan.raw = lastRead ? { execution: lastRead, runs, linkedBy, executionFrom: "runs" } : { runs, linkedBy, executionFrom: "runs" }, scan;
}
var init_map_telmai_execution_from_runs = __esm({
  "../packages/telmai/src/map-telmai-execution-from-runs.ts"() {
    "use strict";
    init_map_telmai_scan();
    init_telmai_time();
  }
});

// ../packages/telmai/src/read-telmai-assets.ts
async function readTelmaiAssets(client, options2) {
  let first = await client.getAssetsScanStatus(void 0, options2), assets = [...first.data], pagination = first.meta?.pagination;
  for (let page = (pagination?.page ?? 0) + 1; pagination && page <= Math.min(pagination.totalPages, 100); page++) {
    let next = await client.getAssetsScanStatus({ page, pageSize: pagination.pageSize }, options2);
    if (next.data.length === 0) break;
    assets.push(...next.data);
  }
  return assets;
}
var init_read_telmai_assets = __esm({
  "../packages/telmai/src/read-telmai-assets.ts"() {
    "use strict";
  }
});

// ../packages/telmai/src/read-telmai-incidents.ts
async function readTelmaiIncidents(client, windows, options2) {
  let span = {
    from: Math.min(...windows.map((window) => window.from)),
    to: Math.max(...windows.map((window) => window.to))
  }, from = new Date(span.from).toISOString(), to = new Date(span.to).toISOString(), incidents = [];
  try {
    for (let page = 1; page <= maxIncidentPages; page++) {
      let answer = await client.getIncidents({ from, to, page, pageSize: 100 }, options2);
      if (incidents.push(...answer.data), page >= (answer.meta?.pagination?.totalPages ?? 1) || answer.data.length === 0)
        return { ...span, incidents };
    }
  } catch (error) {
    if (PermissionError.isInstance(error) || NotFoundError.isInstance(error)) return { ...span, error: error.message };
    throw error;
  }
  return { ...span, incidents, truncated: !0 };
}
var maxIncidentPages, init_read_telmai_incidents = __esm({
  "../packages/telmai/src/read-telmai-incidents.ts"() {
    "use strict";
    init_src();
    maxIncidentPages = 10;
  }
});

// ../packages/telmai/src/telmai-scan-memory.ts
function createTelmaiScanMemory(limit = 1e4) {
  let scans = /* @__PURE__ */ new Map();
  return {
    get: (id) => scans.get(id),
    update(id, patch) {
      let merged = { ...scans.get(id), ...patch };
      scans.delete(id), scans.set(id, merged), scans.size > limit && scans.delete(scans.keys().next().value);
    },
    forget: (id) => {
      scans.delete(id);
    },
    get size() {
      return scans.size;
    }
  };
}
var init_telmai_scan_memory = __esm({
  "../packages/telmai/src/telmai-scan-memory.ts"() {
    "use strict";
  }
});

// ../packages/telmai/src/look-up-telmai-scans.ts
function runsFingerprint(runs) {
  return runs.map(({ assetId, run: run2 }) => {
    let progress = run2.progress, counts = progress ? `${progress.completed},${progress.failed},${progress.running},${progress.pending}` : (run2.monitors ?? []).map((monitor) => monitor.stage).join(",");
    return `${assetId}:${run2.status}:${counts}`;
  }).join(";");
}
function createTelmaiLookUp(settings) {
  let { client, clock } = settings, memory = createTelmaiScanMemory();
  async function readAssetsIfAllowed(options2) {
    try {
      return await readTelmaiAssets(client, options2);
    } catch (error) {
      if (PermissionError.isInstance(error)) return;
      throw error;
    }
  }
  function linkedRuns(id, jobs, remembered) {
    let own2 = jobs.get(id);
    if (own2) return { linkedBy: "jobId", runs: own2 };
    let batch = remembered?.jobId === void 0 ? void 0 : jobs.get(remembered.jobId);
    return batch ? { linkedBy: "time", runs: batch } : void 0;
  }
  function runsOf(execution, id, assets) {
    if (assets.list)
      return linkedRuns(id, assets.jobs, memory.get(id)) ?? linkExecutionRuns(execution, assets.list, settings.link);
  }
  function stalled(id, runs) {
    let seen = runsFingerprint(runs), remembered = memory.get(id);
    return remembered?.runsSeen !== seen || remembered.runsSeenSince === void 0 ? (memory.update(id, { runsSeen: seen, runsSeenSince: clock.now() }), !1) : clock.now() - remembered.runsSeenSince >= stalledRunsMs;
  }
  async function firstLook(id, assets, options2, forbiddenAsJob = !1) {
    let remembered = memory.get(id), linked = linkedRuns(id, assets.jobs, remembered);
    if (linked) {
      let ending = endingOfRuns(linked.runs);
      if (ending === "running" && !stalled(id, linked.runs))
        return {
          scan: (context) => mapTelmaiExecutionFromRuns(id, linked, "running", remembered?.execution, context)
        };
      if (ending === "finished" && settings.inferEndingFromRuns && linked.linkedBy === "jobId")
        return memory.forget(id), {
          scan: (context) => mapTelmaiExecutionFromRuns(id, linked, "finished", remembered?.execution, context)
        };
    }
    try {
      return { execution: (await client.getScanStatus(id, options2)).data };
    } catch (error) {
      if ((NotFoundError.isInstance(error) || forbiddenAsJob && PermissionError.isInstance(error)) && linked?.linkedBy === "jobId")
        return memory.forget(id), { scan: (context) => mapTelmaiJob(id, linked.runs, context) };
      throw error;
    }
  }
  function endedAfter(execution, id, assets) {
    if (!assets.list || mapTelmaiScanState(execution.status) !== "completed") return !1;
    let runs = runsOf(execution, id, assets)?.runs ?? [];
    return runs.length === 0 || endingOfRuns(runs) === "running";
  }
  function scanOfExecution(id, execution, assets) {
    let state = mapTelmaiScanState(execution.status), runs = state === "failed" ? void 0 : runsOf(execution, id, assets);
    if (isTerminalState(state))
      memory.forget(id);
    else {
      let jobId = runs?.linkedBy === "time" ? runs.runs[0]?.run.jobId : void 0;
      memory.update(id, {
        execution,
        ...jobId === void 0 ? {} : { jobId },
        ...runs && runs.runs.length > 0 ? { runsSeen: runsFingerprint(runs.runs), runsSeenSince: clock.now() } : {}
      });
    }
    return (context) => mapTelmaiExecution(id, execution, runs, context);
  }
  async function assetsRead(options2) {
    let list = await readAssetsIfAllowed(options2);
    return { list, jobs: runsByJob(assetRuns(list ?? [])) };
  }
  async function withIncidents(built, scanOf2, options2) {
    let windows = [];
    for (let scan of built) {
      let window = scan?.state === "completed" ? incidentWindowOf(scan.startedAt, scan.finishedAt) : void 0;
      window && windows.push(window);
    }
    if (windows.length === 0) return built;
    let incidents;
    try {
      incidents = await readTelmaiIncidents(client, windows, options2);
    } catch (error) {
      if (!ScanstatError.isInstance(error)) throw error;
      return built.map((scan) => scan?.state === "completed" ? error : scan);
    }
    let { severityPolicy } = settings, context = severityPolicy ? { incidents, severityPolicy } : { incidents };
    return built.map((scan, index) => scan?.state === "completed" ? scanOf2[index](context) : scan);
  }
  return async function(ids, options2, lookUpOptions = {}) {
    if (ids.length === 0) return [];
    let failed = (error) => {
      if (!ScanstatError.isInstance(error)) throw error;
      return error;
    }, assets;
    try {
      assets = lookUpOptions.assets ?? await assetsRead(options2);
    } catch (error) {
      let failure2 = failed(error);
      return ids.map((id) => ({ id, ok: !1, error: failure2 }));
    }
    let looks = await Promise.all(
      ids.map(
        (id) => firstLook(id, assets, options2, lookUpOptions.forbiddenAsJob).catch((error) => ({
          error: failed(error)
        }))
      )
    ), latest = assets, refreshFailure;
    if (looks.some((look, index) => "execution" in look && endedAfter(look.execution, ids[index], assets)))
      try {
        latest = await assetsRead(options2);
      } catch (error) {
        refreshFailure = failed(error);
      }
    let errors = [], scanOf2 = looks.map((look, index) => {
      let id = ids[index];
      if ("error" in look) errors[index] = look.error;
      else {
        if ("scan" in look) return look.scan;
        if (refreshFailure && endedAfter(look.execution, id, assets)) errors[index] = refreshFailure;
        else return scanOfExecution(id, look.execution, latest);
      }
    }), scans = await withIncidents(
      scanOf2.map((build) => build?.()),
      scanOf2,
      options2
    );
    return ids.map((id, index) => {
      let scan = scans[index];
      return ScanstatError.isInstance(scan) ? { id, ok: !1, error: scan } : scan ? { id, ok: !0, scan } : { id, ok: !1, error: errors[index] };
    });
  };
}
var stalledRunsMs, init_look_up_telmai_scans = __esm({
  "../packages/telmai/src/look-up-telmai-scans.ts"() {
    "use strict";
    init_src();
    init_asset_runs();
    init_ending_of_runs();
    init_link_execution_runs();
    init_map_telmai_execution_from_runs();
    init_map_telmai_scan();
    init_map_telmai_scan_state();
    init_read_telmai_assets();
    init_read_telmai_incidents();
    init_telmai_incidents();
    init_telmai_scan_memory();
    stalledRunsMs = 10 * 6e4;
  }
});

// ../packages/telmai/src/telmai-auth.ts
function usable(value) {
  let token = typeof value == "string" ? value.trim().replace(/^bearer\s+/i, "") : "";
  if (!token)
    throw new ConfigError("telmai: no token: set TELMAI_TOKEN or pass a token provider", { vendor: "telmai" });
  return requireHeaderSafeCredential(token, { vendor: "telmai", variable: "TELMAI_TOKEN" });
}
function providerFailed(cause) {
  if (ScanstatError.isInstance(cause)) throw cause;
  let said = String(cause?.message ?? cause).split(`
`)[0];
  throw new AuthError(`telmai: the token provider failed: ${said}`, { vendor: "telmai", cause });
}
function hashOf(text6) {
  let hash = 2166136261;
  for (let index = 0; index < text6.length; index++) hash = Math.imul(hash ^ text6.charCodeAt(index), 16777619);
  return (hash >>> 0).toString(16);
}
function createTelmaiAuth(token, deployment) {
  let host = new URL(deployment).host;
  if (typeof token != "function") {
    let value = usable(token);
    return {
      headers: () => ({ authorization: `Bearer ${value}` }),
      secrets: () => [value],
      fingerprint: () => `${host}:token-${hashOf(value)}`
    };
  }
  let seen = /* @__PURE__ */ new Set(), current, refreshing, ask = () => {
    let asked = Promise.resolve().then(token).then(usable, providerFailed).then((value) => (seen.add(value), value));
    return asked.catch(() => {
      current === asked && (current = void 0);
    }), current = asked, asked;
  };
  return {
    async headers() {
      return { authorization: `Bearer ${await (current ?? ask())}` };
    },
    refresh() {
      return refreshing ??= (async () => {
        let refused = await current?.catch(() => {
        });
        return await ask() !== refused;
      })().finally(() => {
        refreshing = void 0;
      }), refreshing;
    },
    // Every token seen, for redaction: a refused one may still appear in an error.
    secrets: () => [...seen],
    // Tokens from one provider are one identity: one budget per deployment.
    fingerprint: () => `${host}:token-provider`
  };
}
var init_telmai_auth = __esm({
  "../packages/telmai/src/telmai-auth.ts"() {
    "use strict";
    init_src();
  }
});

// ../packages/telmai/src/telmai-base-url.ts
function normalizeTelmaiBaseUrl(baseUrl) {
  let given = baseUrl?.trim(), url;
  try {
    url = new URL(given ?? "");
  } catch {
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password)
    throw new ConfigError(
      given ? "telmai: TELMAI_BASE_URL must be an http(s) address without query or credentials, e.g. https://telmai.example.com" : "telmai: no base URL: set TELMAI_BASE_URL to your deployment's address, e.g. https://telmai.example.com",
      { vendor: "telmai" }
    );
  return url.origin + url.pathname.replace(/\/+$/, "").replace(/\/api$/i, "");
}
var init_telmai_base_url = __esm({
  "../packages/telmai/src/telmai-base-url.ts"() {
    "use strict";
    init_src();
  }
});

// ../packages/telmai/src/telmai-error.ts
function parseTelmaiErrorBody(body) {
  if (typeof body != "object" || body === null) return;
  let { error, meta: meta2, message } = body, details = {}, said = text2(error?.message) ?? text2(message), code2 = text2(error?.code), requestId = text2(meta2?.requestId);
  return said && (details.message = said), code2 && (details.code = code2), requestId && (details.requestId = requestId), details;
}
function telmaiError(operation, status, details) {
  let { code: code2, message, requestId } = details, base = `telmai ${operation}: HTTP ${status}${code2 ? ` ${code2}` : ""}${message ? `: ${message}` : ""}`, options2 = { vendor: "telmai", operation, status, requestId }, kind = code2 ?? status;
  if (kind === "UNAUTHORIZED" || kind === 401)
    return new AuthError(`${base} \u2014 the token was refused (Entra ID tokens expire after about an hour)`, options2);
  if (kind === "FORBIDDEN" || kind === 403) {
    let permission = telmaiPermissions[operation], roles = permission === "scan:trigger" ? " (Admin and Member roles have it, Viewer does not)" : "";
    return new PermissionError(`${base} \u2014 the token lacks the permission ${permission}${roles}`, {
      ...options2,
      permission
    });
  }
  if (kind === "NOT_FOUND" || kind === 404)
    return new NotFoundError(base, code2 ? options2 : { ...options2, hint: "not Telmai's answer: check TELMAI_BASE_URL" });
}
function classifyTelmaiError(info) {
  return telmaiError(info.operation, info.status, info.details);
}
var telmaiPermissions, text2, init_telmai_error = __esm({
  "../packages/telmai/src/telmai-error.ts"() {
    "use strict";
    init_src();
    telmaiPermissions = {
      runScan: "scan:trigger",
      getScanStatus: "scan:trigger",
      getAssetsScanStatus: "assets:read",
      getIncidents: "incidents:read"
    }, text2 = (value) => typeof value == "string" && value ? value : void 0;
  }
});

// ../packages/telmai/src/telmai-schemas.ts
var timestamp, count, telmaiPaginationSchema, telmaiMetaSchema, telmaiApiErrorSchema, telmaiScanExecutionStartedSchema, telmaiScanExecutionSchema, telmaiRunProgressSchema, telmaiMonitorRunSchema, telmaiAssetRunSchema, telmaiAssetScanStatusSchema, telmaiIncidentSchema, init_telmai_schemas = __esm({
  "../packages/telmai/src/telmai-schemas.ts"() {
    "use strict";
    init_mini();
    timestamp = nullish(string2()), count = optional(number2()), telmaiPaginationSchema = object({
      page: number2(),
      pageSize: number2(),
      total: number2(),
      totalPages: number2()
    }), telmaiMetaSchema = object({
      requestId: optional(string2()),
      timestamp: optional(string2()),
      pagination: nullish(telmaiPaginationSchema)
    }), telmaiApiErrorSchema = object({
      code: string2(),
      message: string2(),
      details: optional(unknown())
    }), telmaiScanExecutionStartedSchema = object({
      executionId: string2(),
      status: string2()
    }), telmaiScanExecutionSchema = object({
      executionId: string2(),
      status: string2(),
      startedAt: timestamp,
      finishedAt: timestamp
    }), telmaiRunProgressSchema = object({
      total: count,
      completed: count,
      running: count,
      failed: count,
      pending: count
    }), telmaiMonitorRunSchema = object({
      monitorId: string2(),
      monitorName: optional(string2()),
      stage: string2(),
      durationMs: nullish(number2()),
      error: optional(unknown())
    }), telmaiAssetRunSchema = object({
      jobId: string2(),
      status: string2(),
      startedAt: timestamp,
      finishedAt: timestamp,
      progress: nullish(telmaiRunProgressSchema),
      monitors: optional(array(telmaiMonitorRunSchema))
    }), telmaiAssetScanStatusSchema = object({
      assetId: string2(),
      assetName: optional(string2()),
      status: string2(),
      lastCompletedAt: timestamp,
      currentRun: nullish(telmaiAssetRunSchema),
      lastRun: nullish(telmaiAssetRunSchema)
    }), telmaiIncidentSchema = object({
      assetId: optional(string2()),
      severity: optional(string2()),
      detectedAt: timestamp
    });
  }
});

// ../packages/telmai/src/telmai-envelope.ts
function withRequestId(error) {
  return ScanstatError.isInstance(error) && error.requestId && !error.message.includes(error.requestId) && (error.message += ` (Telmai request id ${error.requestId})`), error;
}
async function callTelmai(http, call) {
  let { data: dataSchema, ...request } = call, response = await http.request({ ...request, schema: envelopeSchema }).catch((error2) => {
    throw withRequestId(error2);
  }), { data, error } = response.data, meta2 = response.data.meta ?? void 0, requestId = meta2?.requestId === void 0 ? void 0 : http.redact(meta2.requestId), options2 = { vendor: "telmai", operation: call.operation, status: response.status, requestId };
  if (error) {
    let details = { code: http.redact(error.code), message: http.redact(error.message), requestId };
    throw withRequestId(
      telmaiError(call.operation, response.status, details) ?? new VendorError(`telmai ${call.operation}: ${details.code}: ${details.message}`, options2)
    );
  }
  let checked = validate2(dataSchema, data);
  if (!checked.ok) {
    let field = checked.field === "(body)" ? "data" : `data.${checked.field}`;
    throw withRequestId(
      new VendorResponseError(`telmai ${call.operation}: unexpected response: field "${field}" ${checked.problem}`, {
        ...options2,
        field
      })
    );
  }
  return { data: checked.data, meta: meta2 };
}
var envelopeSchema, init_telmai_envelope = __esm({
  "../packages/telmai/src/telmai-envelope.ts"() {
    "use strict";
    init_src();
    init_mini();
    init_telmai_error();
    init_telmai_schemas();
    envelopeSchema = object({
      data: optional(unknown()),
      error: nullish(telmaiApiErrorSchema),
      meta: nullish(telmaiMetaSchema)
    });
  }
});

// ../packages/telmai/src/telmai-rate-limits.ts
function resolveTelmaiRateLimits(overrides) {
  return { ...resolveRateBudgets("telmai", telmaiDefaultRateLimits, overrides) };
}
function telmaiOperationRateLimits(limits) {
  return { triggerScan: limits.trigger, getScan: limits.read, getScans: limits.read, listScans: limits.read };
}
var telmaiDefaultRateLimits, init_telmai_rate_limits = __esm({
  "../packages/telmai/src/telmai-rate-limits.ts"() {
    "use strict";
    init_adapter_kit();
    telmaiDefaultRateLimits = {
      trigger: { requests: 5, windowMs: 6e4, documented: !1 },
      read: { requests: 60, windowMs: 6e4, documented: !1 }
    };
  }
});

// ../packages/telmai/src/telmai-client.ts
function createTelmaiClient(settings) {
  let baseUrl = normalizeTelmaiBaseUrl(settings.baseUrl), auth = createTelmaiAuth(settings.token, baseUrl), http = createHttpClient({
    // The common settings (fetch, clock, limiter, retry, timeouts, trace) pass through as given.
    ...settings,
    vendor: "telmai",
    baseUrl,
    auth,
    parseErrorBody: parseTelmaiErrorBody,
    classifyError: classifyTelmaiError,
    rateLimits: resolveTelmaiRateLimits(settings.rateLimits)
  });
  async function call(request) {
    return await auth.headers(), callTelmai(http, request);
  }
  return {
    baseUrl,
    runScan(options2) {
      return call({
        operation: "runScan",
        rateLimitClass: "trigger",
        method: "POST",
        path: "/api/scan/run",
        idempotent: !1,
        data: telmaiScanExecutionStartedSchema,
        signal: options2?.signal
      });
    },
    getScanStatus(executionId, options2) {
      let id = typeof executionId == "string" ? executionId.trim() : "";
      return id === "" ? Promise.reject(
        new InvalidRequestError("telmai getScanStatus: the execution id is empty", { vendor: "telmai" })
      ) : call({
        operation: "getScanStatus",
        rateLimitClass: "read",
        method: "GET",
        // One path segment: `.` and `..` are refused, `/`, `?`, `#` encoded.
        path: `/api/scan/status/${scanIdPathSegment(id)}`,
        idempotent: !0,
        data: telmaiScanExecutionSchema,
        signal: options2?.signal
      });
    },
    getAssetsScanStatus(query, options2) {
      return call({
        operation: "getAssetsScanStatus",
        rateLimitClass: "read",
        method: "GET",
        path: "/api/assets/scan-status",
        query: { page: query?.page, pageSize: query?.pageSize },
        idempotent: !0,
        data: assetsSchema,
        signal: options2?.signal
      });
    },
    getIncidents(query, options2) {
      return call({
        operation: "getIncidents",
        rateLimitClass: "read",
        method: "GET",
        path: "/api/incidents",
        query: { ...query },
        idempotent: !0,
        data: incidentsSchema,
        signal: options2?.signal
      });
    },
    redact: http.redact
  };
}
var assetsSchema, incidentsSchema, init_telmai_client = __esm({
  "../packages/telmai/src/telmai-client.ts"() {
    "use strict";
    init_src();
    init_mini();
    init_telmai_auth();
    init_telmai_base_url();
    init_telmai_envelope();
    init_telmai_error();
    init_telmai_rate_limits();
    init_telmai_schemas();
    assetsSchema = array(telmaiAssetScanStatusSchema), incidentsSchema = array(telmaiIncidentSchema);
  }
});

// ../packages/telmai/src/telmai-adapter.ts
function createTelmaiAdapter(settings) {
  let client = createTelmaiClient(settings), lookUp = createTelmaiLookUp({
    client,
    clock: settings.clock ?? systemClock,
    link: { byTime: settings.linkRunsByTime ?? !0 },
    inferEndingFromRuns: settings.inferEndingFromRuns ?? !0,
    ...settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {}
  });
  async function lookUpNonBlank(ids, options2) {
    let blankLookup = (id) => {
      try {
        requireScanId(id, { vendor: "telmai", operation: "getScans" });
        return;
      } catch (error) {
        return { id, ok: !1, error };
      }
    }, answers = await lookUp(
      ids.filter((id) => !blankLookup(id)),
      options2
    ), next = 0;
    return ids.map((id) => blankLookup(id) ?? answers[next++]);
  }
  return {
    vendor: "telmai",
    capabilities: capabilities2,
    rateLimits: telmaiOperationRateLimits(resolveTelmaiRateLimits(settings.rateLimits)),
    client,
    async getScan(id, options2) {
      requireScanId(id, { vendor: "telmai", operation: "getScan" });
      let [lookup] = await lookUp([id], options2);
      if (!lookup?.ok) throw lookup?.error;
      return lookup.scan;
    },
    getScans: lookUpNonBlank,
    async triggerScan(input = {}, options2) {
      let given = Object.keys(input).filter((name) => {
        let value = input[name];
        return value !== void 0 && !(Array.isArray(value) && value.length === 0);
      });
      if (given.length > 0)
        throw new InvalidRequestError(
          `telmai takes no trigger options (got ${given.join(", ")}): it runs every enabled monitor of the token's workspace`,
          { vendor: "telmai", operation: "triggerScan" }
        );
      let { data, meta: meta2 } = await client.runScan(options2);
      if (!data.executionId)
        throw new VendorResponseError(
          `telmai runScan: the scan started without an execution id${meta2?.requestId ? ` (Telmai request id ${meta2.requestId})` : ""}`,
          { vendor: "telmai", operation: "runScan", field: "data.executionId", mayHaveActed: !0 }
        );
      return { vendor: "telmai", id: data.executionId };
    },
    async *listScans(query = {}, options2) {
      let listing = readListing("telmai", query), list = await readTelmaiAssets(client, options2), jobs = runsByJob(assetRuns(list)), listed = [...jobs].map(([jobId, runs]) => mapTelmaiJob(jobId, runs)).filter((scan) => !(listing.active && isTerminalState(scan.state))).sort((a, b) => (epochOf(b.startedAt) ?? 0) - (epochOf(a.startedAt) ?? 0)).slice(0, listing.limit).map((scan) => scan.ref.id), lookups = await lookUp(listed, options2, { assets: { list, jobs }, forbiddenAsJob: !0 });
      async function* looked() {
        for (let lookup of lookups) {
          if (!lookup.ok) throw lookup.error;
          yield lookup.scan;
        }
      }
      yield* applyListing(looked(), listing);
    }
  };
}
var capabilities2, init_telmai_adapter = __esm({
  "../packages/telmai/src/telmai-adapter.ts"() {
    "use strict";
    init_src();
    init_adapter_kit();
    init_asset_runs();
    init_look_up_telmai_scans();
    init_map_telmai_scan();
    init_read_telmai_assets();
    init_telmai_client();
    init_telmai_rate_limits();
    capabilities2 = { trigger: !0, cancel: !1, list: !0, logs: !1, batchGet: !0 };
  }
});

// ../packages/telmai/src/telmai-environment.ts
function readTelmaiEnvironment(env = globalThis.process?.env ?? {}) {
  let baseUrl = env.TELMAI_BASE_URL?.trim(), token = env.TELMAI_TOKEN?.trim().replace(/^bearer\s+/i, ""), missing = telmaiEnvironmentVariables.filter((name) => !(name === "TELMAI_TOKEN" ? token : baseUrl));
  if (missing.length > 0)
    throw new ConfigError(`telmai: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set`, {
      vendor: "telmai"
    });
  return { baseUrl: normalizeTelmaiBaseUrl(baseUrl), token };
}
var telmaiEnvironmentVariables, init_telmai_environment = __esm({
  "../packages/telmai/src/telmai-environment.ts"() {
    "use strict";
    init_src();
    init_telmai_base_url();
    telmaiEnvironmentVariables = ["TELMAI_BASE_URL", "TELMAI_TOKEN"];
  }
});

// ../packages/telmai/src/classic/map-telmai-classic-alerts.ts
function mapTelmaiClassicPriority(priority) {
  return priority && severityOf[priority.trim().toUpperCase()] || "unknown";
}
function countTelmaiClassicAlerts(alerts) {
  let bySeverity = emptySeverityCounts();
  for (let alert of alerts) bySeverity[mapTelmaiClassicPriority(alert.priority)]++;
  return { total: alerts.length, bySeverity };
}
var severityOf, init_map_telmai_classic_alerts = __esm({
  "../packages/telmai/src/classic/map-telmai-classic-alerts.ts"() {
    "use strict";
    init_src();
    severityOf = { HIGH: "high", MEDIUM: "medium", LOW: "low" };
  }
});

// ../packages/telmai/src/classic/map-telmai-classic-job-state.ts
function mapTelmaiClassicJobState(status) {
  return states2[status.trim().toUpperCase()] ?? "unknown";
}
var states2, init_map_telmai_classic_job_state = __esm({
  "../packages/telmai/src/classic/map-telmai-classic-job-state.ts"() {
    "use strict";
    states2 = {
      PREPARING: "queued",
      BATCH_WAIT: "queued",
      IN_PROGRESS: "running",
      FINISHED: "completed",
      FAILED: "failed"
    };
  }
});

// ../packages/telmai/src/classic/map-telmai-classic-scan.ts
function resultOf(input, state) {
  if (state === "failed")
    return { evidence: noEvidence(input.job.details?.trim() || "the job failed (Telmai gave no details)") };
  if (state !== "completed") return;
  let read3 = input.alerts;
  return read3?.ok ? resultForFindings(countTelmaiClassicAlerts(read3.alerts), completeEvidence("alerts"), input.severityPolicy) : {
    evidence: noEvidence(
      read3 ? `the job's alerts could not be read: ${read3.reason}` : "the job's alerts were not read"
    )
  };
}
function mapTelmaiClassicScan(input) {
  let state = mapTelmaiClassicJobState(input.job.status), result = resultOf(input, state);
  return {
    ref: { vendor: "telmai", id: input.id },
    ...input.assetId !== void 0 ? { target: input.assetId } : {},
    state,
    vendorState: input.job.status,
    ...result ? { result } : {},
    ...state === "completed" ? { progress: { ratio: 1 } } : {},
    raw: input.alerts?.ok ? { job: input.job, alerts: input.alerts.alerts } : { job: input.job }
  };
}
var init_map_telmai_classic_scan = __esm({
  "../packages/telmai/src/classic/map-telmai-classic-scan.ts"() {
    "use strict";
    init_src();
    init_map_telmai_classic_alerts();
    init_map_telmai_classic_job_state();
  }
});

// ../packages/telmai/src/classic/telmai-classic-schemas.ts
var telmaiClassicTokenSchema, telmaiClassicUploadStartedSchema, telmaiClassicJobSchema, text3, telmaiClassicAlertSchema, telmaiClassicAlertsSchema, telmaiClassicIncidentSchema, telmaiClassicIncidentsSchema, init_telmai_classic_schemas = __esm({
  "../packages/telmai/src/classic/telmai-classic-schemas.ts"() {
    "use strict";
    init_mini();
    telmaiClassicTokenSchema = object({
      access_token: string2(),
      refresh_token: optional(string2()),
      token_type: optional(string2()),
      // A number on the newest page, a string ("3600") on older ones.
      expires: optional(union([number2(), string2()]))
    }), telmaiClassicUploadStartedSchema = object({
      message: optional(string2()),
      job_id: string2()
    }), telmaiClassicJobSchema = object({
      id: string2(),
      status: string2(),
      details: nullish(string2())
    }), text3 = optional(string2()), telmaiClassicAlertSchema = object({
      type: text3,
      source: text3,
      // A string on the newest page, an object keyed by priority on the older and incidents pages.
      description: optional(unknown()),
      job_id: text3,
      create_time: text3,
      save_time: text3,
      is_notification_enabled: optional(boolean2()),
      metric_time: optional(unknown()),
      metric_value: optional(unknown()),
      policy_name: text3,
      priority: text3,
      source_name: text3,
      source_type: text3
    }), telmaiClassicAlertsSchema = array(telmaiClassicAlertSchema), telmaiClassicIncidentSchema = object({
      id: number2(),
      project_id: optional(number2()),
      asset_id: text3,
      last_upload_timestamp: text3,
      created_time: text3,
      severity: text3,
      impact: text3,
      status: text3,
      ticket_id: optional(number2()),
      alert_policy_id: text3,
      alert_policy_name: text3,
      description: text3,
      tags: optional(array(string2()))
    }), telmaiClassicIncidentsSchema = array(telmaiClassicIncidentSchema);
  }
});

// ../packages/telmai/src/classic/telmai-classic-auth.ts
function hashOf2(text6) {
  let hash = 2166136261;
  for (let index = 0; index < text6.length; index++) hash = Math.imul(hash ^ text6.charCodeAt(index), 16777619);
  return (hash >>> 0).toString(16);
}
function encodedForms(secret) {
  return [.../* @__PURE__ */ new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])];
}
function telmaiClassicApiKeyAuth(apiKey, deployment) {
  let key = apiKey.trim();
  if (!key) throw new ConfigError("telmai: TELMAI_API_KEY is empty", { vendor: "telmai" });
  let host = new URL(deployment).host;
  return {
    headers: () => ({ "x-tlm-key": key }),
    secrets: () => encodedForms(key),
    fingerprint: () => `${host}:classic-key-${hashOf2(key)}`
  };
}
function expiresInMs(token) {
  let seconds2 = Number(token.expires);
  return Number.isFinite(seconds2) && seconds2 > 0 ? seconds2 * 1e3 : void 0;
}
function telmaiClassicLoginAuth(options2) {
  let { login, tenant, requestToken: requestToken2 } = options2, clock = options2.clock ?? systemClock;
  if (!login.username?.trim() || !login.password)
    throw new ConfigError("telmai: a classic login needs a username and a password", { vendor: "telmai" });
  let host = new URL(options2.deployment).host, seen = new Set(encodedForms(login.password)), current, pending, remember = (token) => {
    let access2 = token.access_token.trim();
    if (!access2)
      throw new AuthError("telmai requestToken: the answer carried an empty access_token", {
        vendor: "telmai",
        operation: "requestToken"
      });
    for (let value of [access2, token.refresh_token])
      if (value) for (let form of encodedForms(value)) seen.add(form);
    let lifetime = expiresInMs(token);
    return current = {
      access: access2,
      ...token.refresh_token ? { refresh: token.refresh_token } : {},
      ...lifetime !== void 0 ? { renewAt: clock.now() + Math.max(0, lifetime - expiryMarginMs) } : {}
    }, access2;
  }, passwordGrant = () => requestToken2({
    grantType: "password",
    grant_type: "password",
    username: login.username.trim(),
    password: login.password,
    clientId: login.clientId,
    tenant
  }), refreshGrant = (refreshToken) => requestToken2({
    grantType: "refresh_token",
    grant_type: "refresh_token",
    refreshToken,
    refresh_token: refreshToken,
    clientId: login.clientId,
    tenant
  }), renew = () => (pending ??= (async () => {
    let refreshToken = current?.refresh;
    if (refreshToken)
      try {
        return remember(await refreshGrant(refreshToken));
      } catch (error) {
        if (!AuthError.isInstance(error)) throw error;
      }
    return remember(await passwordGrant());
  })().catch((error) => {
    throw ScanstatError.isInstance(error) ? error : new AuthError(`telmai requestToken: ${String(error?.message ?? error).split(`
`)[0]}`, {
      vendor: "telmai",
      operation: "requestToken",
      cause: error
    });
  }).finally(() => {
    pending = void 0;
  }), pending), accessToken = async () => pending || (current && (current.renewAt === void 0 || clock.now() < current.renewAt) ? current.access : renew());
  return {
    accessToken,
    async headers() {
      return { authorization: `Bearer ${await accessToken()}` };
    },
    async refresh() {
      let refused = current?.access;
      return pending ? await pending !== refused : await renew() !== refused;
    },
    secrets: () => [...seen],
    fingerprint: () => `${host}:classic-login-${hashOf2(`${tenant}\0${login.username.trim()}`)}`
  };
}
function telmaiClassicTokenRequester(http) {
  return async (parameters) => (await http.request({
    operation: "requestToken",
    rateLimitClass: "auth",
    method: "POST",
    path: "/api/auth/auth/token",
    query: parameters,
    // The docs' curl: `Content-type: application/x-www-form-urlencoded` and an empty body.
    form: {},
    // Asking for a token changes nothing at the vendor: safe to repeat.
    idempotent: !0,
    schema: telmaiClassicTokenSchema
  })).data;
}
var expiryMarginMs, init_telmai_classic_auth = __esm({
  "../packages/telmai/src/classic/telmai-classic-auth.ts"() {
    "use strict";
    init_src();
    init_telmai_classic_schemas();
    expiryMarginMs = 6e4;
  }
});

// ../packages/telmai/src/classic/telmai-classic-error.ts
function parseTelmaiClassicErrorBody(body) {
  if (typeof body != "object" || body === null) return;
  let { description, message, error } = body, said = text4(description) ?? text4(message) ?? text4(error);
  return said ? { message: said } : void 0;
}
function plainWord(info) {
  if (info.details.message) return info.details.message;
  let said = info.text.trim();
  return said && said.length <= 200 && !said.includes("<") && !said.includes(`
`) ? said : void 0;
}
function classifyTelmaiClassicError(info) {
  let said = plainWord(info), base = `telmai ${info.operation}: HTTP ${info.status}${said ? ` ${said}` : ""}`, options2 = { vendor: "telmai", operation: info.operation, status: info.status };
  switch (info.status) {
    case 401:
      return new AuthError(
        info.operation === "requestToken" ? `${base} \u2014 the username or password (or refresh token) was refused` : `${base} \u2014 the API key (TELMAI_API_KEY) or token was refused (check it and TELMAI_TENANT)`,
        options2
      );
    case 403:
      return new PermissionError(
        `${base} \u2014 the credentials may not do this (check the tenant, TELMAI_TENANT)`,
        options2
      );
    case 404:
      return new NotFoundError(base, options2);
    default:
      return;
  }
}
var text4, init_telmai_classic_error = __esm({
  "../packages/telmai/src/classic/telmai-classic-error.ts"() {
    "use strict";
    init_src();
    text4 = (value) => typeof value == "string" && value.trim() ? value.trim() : void 0;
  }
});

// ../packages/telmai/src/classic/telmai-classic-rate-limits.ts
function resolveTelmaiClassicRateLimits(overrides) {
  return resolveRateBudgets("telmai", telmaiClassicDefaultRateLimits, overrides);
}
function telmaiClassicOperationRateLimits(limits) {
  return { triggerScan: limits.trigger, getScan: limits.read, getScans: limits.read };
}
var telmaiClassicDefaultRateLimits, init_telmai_classic_rate_limits = __esm({
  "../packages/telmai/src/classic/telmai-classic-rate-limits.ts"() {
    "use strict";
    init_adapter_kit();
    telmaiClassicDefaultRateLimits = {
      trigger: { requests: 5, windowMs: 6e4, documented: !1 },
      read: { requests: 60, windowMs: 6e4, documented: !1 },
      auth: { requests: 10, windowMs: 6e4, documented: !1 }
    };
  }
});

// ../packages/telmai/src/classic/telmai-classic-client.ts
function required2(value, what, operation) {
  let trimmed = typeof value == "string" ? value.trim() : "";
  if (trimmed === "")
    throw new InvalidRequestError(`telmai ${operation}: the ${what} is empty`, { vendor: "telmai", operation });
  return encodeURIComponent(trimmed);
}
function createTelmaiClassicClient(settings) {
  let baseUrl = normalizeTelmaiBaseUrl(settings.baseUrl), tenantName = settings.tenant?.trim();
  if (!tenantName)
    throw new ConfigError("telmai: no tenant: set TELMAI_TENANT (the tenant id in your Telmai app's URL)", {
      vendor: "telmai"
    });
  let tenant = encodeURIComponent(tenantName), rateLimits = resolveTelmaiClassicRateLimits(settings.rateLimits), common = {
    // The common settings (fetch, clock, limiter, retry, timeouts, trace) pass through as given.
    ...settings,
    vendor: "telmai",
    baseUrl,
    parseErrorBody: parseTelmaiClassicErrorBody,
    classifyError: classifyTelmaiClassicError,
    rateLimits
  }, auth;
  if ("apiKey" in settings.credentials)
    auth = telmaiClassicApiKeyAuth(settings.credentials.apiKey, baseUrl);
  else {
    let login, tokenHttp = createHttpClient({
      ...common,
      auth: {
        headers: () => ({}),
        secrets: () => login?.secrets() ?? [],
        fingerprint: () => login?.fingerprint() ?? "classic-login"
      }
    });
    login = telmaiClassicLoginAuth({
      login: settings.credentials.login,
      tenant: tenantName,
      deployment: baseUrl,
      requestToken: telmaiClassicTokenRequester(tokenHttp),
      ...settings.clock ? { clock: settings.clock } : {}
    }), auth = login;
  }
  let http = createHttpClient({ ...common, auth });
  async function call(request) {
    return await auth.headers(), (await http.request(request)).data;
  }
  return {
    baseUrl,
    tenant: tenantName,
    async triggerAssetScan(assetId, options2) {
      let asset = required2(assetId, "asset id", "triggerAssetScan");
      return call({
        operation: "triggerAssetScan",
        rateLimitClass: "trigger",
        method: "POST",
        path: `/api/data/${tenant}/assets/${asset}/batch_data`,
        idempotent: !1,
        ambiguousHint: "a scan of the asset may have started: look at its jobs in the Telmai app",
        schema: telmaiClassicUploadStartedSchema,
        signal: options2?.signal
      });
    },
    async getJob(jobId, options2) {
      let job = required2(jobId, "job id", "getJob");
      return call({
        operation: "getJob",
        rateLimitClass: "read",
        method: "GET",
        path: `/api/backend/${tenant}/jobs/${job}`,
        idempotent: !0,
        schema: telmaiClassicJobSchema,
        signal: options2?.signal
      });
    },
    async getSourceJobAlerts(sourceId, jobId, options2) {
      let source = required2(sourceId, "source id", "getSourceJobAlerts");
      return required2(jobId, "job id", "getSourceJobAlerts"), call({
        operation: "getSourceJobAlerts",
        rateLimitClass: "read",
        method: "POST",
        path: `/api/backend/${tenant}/configuration/sources/${source}/alerts`,
        query: { job_id: jobId.trim() },
        // Documented as POST, but it only reads: repeating it is harmless.
        idempotent: !0,
        schema: telmaiClassicAlertsSchema,
        signal: options2?.signal
      });
    },
    async getJobAlerts(jobId, options2) {
      return required2(jobId, "job id", "getJobAlerts"), call({
        operation: "getJobAlerts",
        rateLimitClass: "read",
        method: "GET",
        path: `/api/backend/${tenant}/configuration/alerts`,
        query: { job_id: jobId.trim() },
        idempotent: !0,
        schema: telmaiClassicAlertsSchema,
        signal: options2?.signal
      });
    },
    async listIncidents(query = {}, options2) {
      return call({
        operation: "listIncidents",
        rateLimitClass: "read",
        method: "GET",
        path: `/api/backend/${tenant}/incidents`,
        query: { severities: query.severities, from_time: query.fromTime, to_time: query.toTime },
        idempotent: !0,
        schema: telmaiClassicIncidentsSchema,
        signal: options2?.signal
      });
    },
    redact: http.redact
  };
}
var init_telmai_classic_client = __esm({
  "../packages/telmai/src/classic/telmai-classic-client.ts"() {
    "use strict";
    init_src();
    init_telmai_base_url();
    init_telmai_classic_auth();
    init_telmai_classic_error();
    init_telmai_classic_rate_limits();
    init_telmai_classic_schemas();
  }
});

// ../packages/telmai/src/classic/telmai-classic-scan-id.ts
function toBase64Url(text6) {
  let binary = "";
  for (let byte of new TextEncoder().encode(text6)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function fromBase64Url(text6) {
  if (/^[A-Za-z0-9_-]+$/.test(text6))
    try {
      let binary = atob(text6.replace(/-/g, "+").replace(/_/g, "/"));
      return new TextDecoder("utf-8", { fatal: !0 }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    } catch {
      return;
    }
}
function encodePart(text6) {
  return plainPart.test(text6) ? text6 : `_${toBase64Url(text6)}`;
}
function decodePart(text6) {
  return plainPart.test(text6) ? text6 : text6.startsWith("_") ? fromBase64Url(text6.slice(1)) : void 0;
}
function formatTelmaiClassicScanId(id) {
  return id.assetId === void 0 ? id.jobId : `${encodePart(id.assetId)}~${encodePart(id.jobId)}`;
}
function parseTelmaiClassicScanId(text6) {
  let id = text6.trim(), separator = id.indexOf("~");
  if (separator < 0) {
    if (id === "") throw new InvalidScanRefError("telmai: the scan id is empty", { vendor: "telmai" });
    return { jobId: id };
  }
  let assetId = decodePart(id.slice(0, separator)), jobId = decodePart(id.slice(separator + 1));
  if (assetId === void 0 || jobId === void 0 || assetId === "" || jobId === "")
    throw new InvalidScanRefError(
      `telmai: malformed classic scan id "${id}": expected <asset>~<job> as \`scanstat trigger telmai --asset ID\` prints it, or a bare job id`,
      { vendor: "telmai" }
    );
  return { assetId, jobId };
}
function isTelmaiClassicScanId(text6) {
  return text6.includes("~");
}
var plainPart, init_telmai_classic_scan_id = __esm({
  "../packages/telmai/src/classic/telmai-classic-scan-id.ts"() {
    "use strict";
    init_src();
    plainPart = /^[A-Za-z0-9.-][A-Za-z0-9._-]*$/;
  }
});

// ../packages/telmai/src/classic/telmai-classic-adapter.ts
function createTelmaiClassicAdapter(settings) {
  let client = createTelmaiClassicClient(settings);
  async function readAlerts(assetId, jobId, options2) {
    try {
      return { ok: !0, alerts: assetId ? await client.getSourceJobAlerts(assetId, jobId, options2) : await client.getJobAlerts(jobId, options2) };
    } catch (error) {
      if (options2?.signal?.aborted || !ScanstatError.isInstance(error) || transientCodes2.has(error.code)) throw error;
      return { ok: !1, reason: client.redact(error.message.split(`
`)[0] ?? error.message) };
    }
  }
  return {
    vendor: "telmai",
    capabilities: capabilities3,
    rateLimits: telmaiClassicOperationRateLimits(resolveTelmaiClassicRateLimits(settings.rateLimits)),
    client,
    async getScan(id, options2) {
      let { assetId, jobId } = parseTelmaiClassicScanId(
        requireScanId(id, { vendor: "telmai", operation: "getScan" })
      ), job = await client.getJob(jobId, options2).catch((error) => {
        throw NotFoundError.isInstance(error) && !error.message.includes(" \u2014 ") && (error.message += ` \u2014 tenant ${client.tenant} has no job "${jobId}"`), error;
      }), input = {
        id: id.trim(),
        job,
        ...assetId !== void 0 ? { assetId } : {},
        ...settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {}
      };
      return job.status.trim().toUpperCase() === "FINISHED" && (input.alerts = await readAlerts(assetId, jobId, options2)), mapTelmaiClassicScan(input);
    },
    async triggerScan(input = {}, options2) {
      let { assetId, ...others } = input, given = Object.keys(others).filter((name) => {
        let value = others[name];
        return value !== void 0 && !(Array.isArray(value) && value.length === 0);
      });
      if (given.length > 0)
        throw new InvalidRequestError(`telmai classic takes only an asset (got ${given.join(", ")})`, {
          vendor: "telmai",
          operation: "triggerScan"
        });
      let asset = typeof assetId == "string" ? assetId.trim() : "";
      if (!asset)
        throw new ConfigError("telmai classic scans one asset: give --asset ID (library: triggerScan({ assetId }))", {
          vendor: "telmai",
          operation: "triggerScan"
        });
      let jobId = (await client.triggerAssetScan(asset, options2)).job_id.trim();
      if (!jobId)
        throw new VendorResponseError("telmai triggerAssetScan: the scan started without a job id", {
          vendor: "telmai",
          operation: "triggerAssetScan",
          field: "job_id",
          mayHaveActed: !0
        });
      return { vendor: "telmai", id: formatTelmaiClassicScanId({ assetId: asset, jobId }) };
    }
  };
}
var transientCodes2, capabilities3, init_telmai_classic_adapter = __esm({
  "../packages/telmai/src/classic/telmai-classic-adapter.ts"() {
    "use strict";
    init_src();
    init_map_telmai_classic_scan();
    init_telmai_classic_client();
    init_telmai_classic_rate_limits();
    init_adapter_kit();
    init_telmai_classic_scan_id();
    transientCodes2 = /* @__PURE__ */ new Set(["network", "timeout", "vendor", "rate_limited", "bad_response"]), capabilities3 = { trigger: !0, cancel: !1, list: !1, logs: !1, batchGet: !1 };
  }
});

// ../packages/telmai/src/classic/telmai-classic-environment.ts
function readTelmaiClassicEnvironment(env = globalThis.process?.env ?? {}) {
  let value = (name) => env[name]?.trim() || void 0, missing = telmaiClassicEnvironmentVariables.filter((name) => value(name) === void 0);
  if (missing.length > 0) {
    let why = missing.includes("TELMAI_TENANT") ? " (the tenant id is in your Telmai app's URL)" : "";
    throw new ConfigError(
      `telmai classic: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set${why}`,
      { vendor: "telmai" }
    );
  }
  return {
    baseUrl: normalizeTelmaiBaseUrl(value("TELMAI_BASE_URL")),
    tenant: value("TELMAI_TENANT"),
    credentials: { apiKey: value("TELMAI_API_KEY") }
  };
}
var telmaiClassicEnvironmentVariables, init_telmai_classic_environment = __esm({
  "../packages/telmai/src/classic/telmai-classic-environment.ts"() {
    "use strict";
    init_src();
    init_telmai_base_url();
    telmaiClassicEnvironmentVariables = ["TELMAI_BASE_URL", "TELMAI_API_KEY", "TELMAI_TENANT"];
  }
});

// ../packages/telmai/src/classic/telmai-api-selection.ts
var telmai_api_selection_exports = {};
__export(telmai_api_selection_exports, {
  checkTelmaiCredentials: () => checkTelmaiCredentials,
  createTelmaiAdapterFromEnvironment: () => createTelmaiAdapterFromEnvironment,
  selectTelmaiApi: () => selectTelmaiApi,
  telmaiApiVariables: () => telmaiApiVariables,
  telmaiDefaultRateLimits: () => telmaiDefaultRateLimits
});
function selectTelmaiApi(env) {
  let forced = env.TELMAI_API?.trim().toLowerCase();
  if (forced) {
    if (forced === "classic" || forced === "fabric") return forced;
    throw new ConfigError(`telmai: TELMAI_API must be classic or fabric (got "${env.TELMAI_API?.trim()}")`, {
      vendor: "telmai"
    });
  }
  let classic = isSet(env.TELMAI_API_KEY) || isSet(env.TELMAI_TENANT), fabric = isSet(env.TELMAI_TOKEN);
  return classic && fabric ? "both" : classic ? "classic" : "fabric";
}
function refuseAsset(input) {
  if (input.assetId !== void 0)
    throw new ConfigError(
      "telmai: --asset is for Telmai classic (set TELMAI_API_KEY and TELMAI_TENANT); TELMAI_TOKEN reaches Telmai for Fabric, which scans the whole workspace",
      { vendor: "telmai" }
    );
}
function createTelmaiAdapterFromEnvironment(env, common = {}) {
  let api = selectTelmaiApi(env);
  if (api === "classic") return createTelmaiClassicAdapter({ ...readTelmaiClassicEnvironment(env), ...common });
  let fabric = createTelmaiAdapter({ ...readTelmaiEnvironment(env), ...common }), fabricTrigger = fabric.triggerScan.bind(fabric);
  if (api === "fabric")
    return {
      ...fabric,
      triggerScan(input = {}, options2) {
        return refuseAsset(input), fabricTrigger(input, options2);
      }
    };
  let classic = createTelmaiClassicAdapter({ ...readTelmaiClassicEnvironment(env), ...common }), product = (id) => isTelmaiClassicScanId(id) ? classic : fabric;
  return {
    vendor: "telmai",
    capabilities: { ...fabric.capabilities },
    rateLimits: fabric.rateLimits,
    getScan: (id, options2) => product(id).getScan(id, options2),
    async getScans(ids, options2) {
      let fabricIds = ids.filter((id) => !isTelmaiClassicScanId(id)), fabricLookups = /* @__PURE__ */ new Map();
      if (fabricIds.length > 0)
        for (let lookup of await fabric.getScans(fabricIds, options2)) fabricLookups.set(lookup.id, lookup);
      return Promise.all(
        ids.map(async (id) => {
          if (!isTelmaiClassicScanId(id)) return fabricLookups.get(id);
          try {
            return { id, ok: !0, scan: await classic.getScan(id, options2) };
          } catch (error) {
            if (!ScanstatError.isInstance(error)) throw error;
            return { id, ok: !1, error };
          }
        })
      );
    },
    triggerScan(input = {}, options2) {
      return input.assetId !== void 0 ? classic.triggerScan(input, options2) : fabricTrigger(input, options2);
    },
    listScans: (query, options2) => fabric.listScans(query, options2)
  };
}
async function checkTelmaiCredentials(env, common, options2) {
  let api = selectTelmaiApi(env);
  if (api !== "fabric") {
    let client = createTelmaiClassicClient({ ...readTelmaiClassicEnvironment(env), ...common }), now = (/* @__PURE__ */ new Date()).toISOString();
    await client.listIncidents({ fromTime: now, toTime: now }, options2);
  }
  return api !== "classic" && await createTelmaiClient({ ...readTelmaiEnvironment(env), ...common }).getAssetsScanStatus({ pageSize: 1 }, options2), api === "both" ? "Telmai classic and Telmai for Fabric" : api === "classic" ? "Telmai classic" : void 0;
}
var telmaiApiVariables, isSet, init_telmai_api_selection = __esm({
  "../packages/telmai/src/classic/telmai-api-selection.ts"() {
    "use strict";
    init_src();
    init_telmai_adapter();
    init_telmai_client();
    init_telmai_environment();
    init_telmai_classic_adapter();
    init_telmai_classic_client();
    init_telmai_classic_scan_id();
    init_telmai_classic_environment();
    init_telmai_rate_limits();
    telmaiApiVariables = [
      "TELMAI_API",
      "TELMAI_API_KEY",
      "TELMAI_TENANT",
      "TELMAI_TOKEN",
      "TELMAI_BASE_URL"
    ], isSet = (value) => value !== void 0 && value.trim() !== "";
  }
});

// ../packages/halo/src/halo-auth.ts
function fingerprintOf2(value) {
  let hash = 2166136261;
  for (let index = 0; index < value.length; index++)
    hash ^= value.charCodeAt(index), hash = Math.imul(hash, 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
function createHaloAuth(apiKey) {
  return requireHeaderSafeCredential(apiKey, { vendor: "halo", variable: "HALO_API_KEY" }), {
    headers: () => ({ "x-apikey": apiKey }),
    secrets: () => [apiKey],
    fingerprint: () => `apikey-${fingerprintOf2(apiKey)}`
  };
}
var init_halo_auth = __esm({
  "../packages/halo/src/halo-auth.ts"() {
    "use strict";
    init_src();
  }
});

// ../packages/halo/src/halo-environment.ts
function readHaloEnvironment(env = globalThis.process?.env ?? {}) {
  let apiKey = env[haloEnvironmentVariables.apiKey]?.trim(), baseUrl = env[haloEnvironmentVariables.baseUrl]?.trim();
  return { ...apiKey ? { apiKey } : {}, ...baseUrl ? { baseUrl } : {} };
}
var haloEnvironmentVariables, init_halo_environment = __esm({
  "../packages/halo/src/halo-environment.ts"() {
    "use strict";
    haloEnvironmentVariables = { apiKey: "HALO_API_KEY", baseUrl: "HALO_BASE_URL" };
  }
});

// ../packages/halo/src/halo-error.ts
function parseHaloErrorBody(body) {
  if (typeof body != "object" || body === null) return;
  let { code: code2, message } = body, details = {};
  return typeof message == "string" && message.trim() !== "" && (details.message = message), (typeof code2 == "number" || typeof code2 == "string") && String(code2) !== "0" && String(code2) !== "" && (details.code = String(code2)), details;
}
function classifyHaloError(info) {
  let permission = requiredPermission[info.operation];
  if (info.status !== 403 || !permission) return;
  let said = info.details.message ? `: ${info.details.message}` : "";
  return new PermissionError(
    `halo ${info.operation}: HTTP 403${said} \u2014 the API key lacks the ${permission} permission`,
    { vendor: "halo", operation: info.operation, status: 403, permission }
  );
}
var requiredPermission, init_halo_error = __esm({
  "../packages/halo/src/halo-error.ts"() {
    "use strict";
    init_src();
    requiredPermission = {
      startScan: "security_scan_start",
      cancelScan: "security_scan_cancel"
    };
  }
});

// ../packages/halo/src/halo-pagination.ts
async function* paginateHalo(fetchPage, keyOf2, options2 = {}) {
  let limit = options2.limit ?? haloDefaultPageSize, maxPages = options2.maxPages ?? haloMaxPages, seen = /* @__PURE__ */ new Set(), start = options2.start ?? 0;
  for (let pages = 0; ; pages++) {
    if (pages >= maxPages) throw pageCapError("halo", options2.operation ?? "list", pages);
    let page = await fetchPage(start, limit), fresh = 0;
    for (let item of page.list) {
      let key = keyOf2(item);
      seen.has(key) || (seen.add(key), fresh++, yield item);
    }
    start += page.list.length;
    let total = page.pagination?.total, pageSize2 = page.pagination?.limit ?? limit;
    if (page.list.length === 0 || fresh === 0 || (total !== void 0 ? start >= total : page.list.length < pageSize2)) return;
  }
}
var haloDefaultPageSize, haloMaxPageSize, haloMaxPages, init_halo_pagination = __esm({
  "../packages/halo/src/halo-pagination.ts"() {
    "use strict";
    init_src();
    haloDefaultPageSize = 100, haloMaxPageSize = 1e3, haloMaxPages = 100;
  }
});

// ../packages/halo/src/halo-rate-limits.ts
function resolveHaloRateLimits(overrides) {
  let resolved = { ...haloDefaultRateLimits };
  for (let [name, limit] of Object.entries(overrides ?? {})) {
    if (!classes.includes(name))
      throw new ConfigError(`halo rate limits are set per class (${classes.join(", ")}), not "${name}"`, {
        vendor: "halo"
      });
    if (!(limit.requests > 0 && limit.windowMs > 0))
      throw new ConfigError(`halo rate limit "${name}" needs requests > 0 and windowMs > 0`, { vendor: "halo" });
    resolved[name] = limit;
  }
  return resolved;
}
var haloDefaultRateLimits, classes, init_halo_rate_limits = __esm({
  "../packages/halo/src/halo-rate-limits.ts"() {
    "use strict";
    init_src();
    haloDefaultRateLimits = Object.freeze({
      read: Object.freeze({ requests: 60, windowMs: 6e4, documented: !1 }),
      write: Object.freeze({ requests: 10, windowMs: 6e4, documented: !1 })
    }), classes = Object.keys(haloDefaultRateLimits);
  }
});

// ../packages/halo/src/halo-schemas.ts
var numberOrString, targetIdSchema, code, text5, number3, haloMessageBodySchema, paginationSchema, scanListItemSchema, haloScanListSchema, inProgressScanSchema, haloInProgressScanListSchema, severityCountsSchema, haloScanDetailsResponseSchema, eventSchema, haloEventListSchema, haloCurrentUserSchema, init_halo_schemas = __esm({
  "../packages/halo/src/halo-schemas.ts"() {
    "use strict";
    init_mini();
    numberOrString = custom(
      (value) => typeof value == "number" || typeof value == "string",
      "expected number or string"
    ), targetIdSchema = numberOrString, code = optional(numberOrString), text5 = optional(nullable(string2())), number3 = optional(nullable(number2())), haloMessageBodySchema = object({
      code,
      message: optional(string2()),
      scan_id: optional(string2())
    }), paginationSchema = optional(
      object({ total: optional(number2()), start: optional(number2()), limit: optional(number2()) })
    ), scanListItemSchema = object({
      scan: object({ date: text5, scan_id: string2() }),
      target: optional(object({ target_name: text5, target_id: optional(targetIdSchema), target: text5 }))
    }), haloScanListSchema = object({
      request: optional(unknown()),
      pagination: paginationSchema,
      list: array(scanListItemSchema)
    }), inProgressScanSchema = object({
      date: text5,
      duration: number3,
      duration_display: text5,
      status: optional(nullable(numberOrString)),
      status_display: text5,
      target_name: text5,
      target_id: optional(targetIdSchema),
      scan_id: string2()
    }), haloInProgressScanListSchema = object({
      request: optional(unknown()),
      pagination: paginationSchema,
      list: array(inProgressScanSchema)
    }), severityCountsSchema = optional(catchall(object({}), number2())), haloScanDetailsResponseSchema = object({
      scan: object({
        date: text5,
        duration: number3,
        issue_severity_count: severityCountsSchema,
        issue_instance_severity_count: severityCountsSchema,
        issue_count: number3,
        risk_score: number3,
        scan_web: number3,
        scan_fw: number3,
        scan_was: number3,
        scan_vms: number3,
        target_id: optional(targetIdSchema),
        scan_id: string2(),
        // Not documented for get.json: read if Halo ever sends them.
        status: optional(nullable(numberOrString)),
        status_display: text5
      })
    }), eventSchema = object({
      event_id: numberOrString,
      subject: text5,
      date_created: text5,
      key: text5,
      url: text5,
      target: optional(object({ target_name: text5, target_id: optional(targetIdSchema), target: text5 }))
    }), haloEventListSchema = object({
      request: optional(unknown()),
      pagination: paginationSchema,
      list: array(object({ event: eventSchema }))
    }), haloCurrentUserSchema = object({
      user: optional(object({ email: text5, name: text5 }))
    });
  }
});

// ../packages/halo/src/scan-already-in-progress.ts
function scanAlreadyInProgressId(message) {
  return message ? alreadyInProgress.exec(message)?.[1] : void 0;
}
var alreadyInProgress, init_scan_already_in_progress = __esm({
  "../packages/halo/src/scan-already-in-progress.ts"() {
    "use strict";
    alreadyInProgress = /Scan Already In Progress\s*\(\s*([^()\s]+)\s*\)/i;
  }
});

// ../packages/halo/src/halo-client.ts
function resolveBaseUrl(baseUrl) {
  let value = (baseUrl ?? haloDefaultBaseUrl).trim().replace(/\/+$/, ""), url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`halo base URL "${value}" is not a URL (${haloEnvironmentVariables.baseUrl})`, {
      vendor: "halo"
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(`halo base URL "${value}" must be http(s) (${haloEnvironmentVariables.baseUrl})`, {
      vendor: "halo"
    });
  return value.replace(/\/api\/v1$/, "");
}
function parseMessageBody(text6) {
  if (text6.trim() === "") return {};
  let json2;
  try {
    json2 = JSON.parse(text6);
  } catch {
    return { message: text6.trim() };
  }
  let result = validate2(haloMessageBodySchema, json2);
  return result.ok ? result.data : {};
}
function createHaloClient(settings) {
  let apiKey = settings.apiKey?.trim();
  if (!apiKey)
    throw new ConfigError(`halo needs an API key: set ${haloEnvironmentVariables.apiKey}`, { vendor: "halo" });
  let baseUrl = resolveBaseUrl(settings.baseUrl), rateLimits = resolveHaloRateLimits(settings.rateLimits), http = createHttpClient({
    vendor: "halo",
    baseUrl,
    auth: createHaloAuth(apiKey),
    parseErrorBody: parseHaloErrorBody,
    classifyError: classifyHaloError,
    rateLimits,
    ...settings.limiter ? { limiter: settings.limiter } : {},
    ...settings.clock ? { clock: settings.clock } : {},
    ...settings.fetch ? { fetch: settings.fetch } : {},
    ...settings.requestTimeoutMs !== void 0 ? { requestTimeoutMs: settings.requestTimeoutMs } : {},
    ...settings.retry ? { retry: settings.retry } : {},
    ...settings.random ? { random: settings.random } : {},
    ...settings.onTrace ? { onTrace: settings.onTrace } : {}
  });
  async function read3(operation, path, query, schema, options2) {
    return (await http.request({
      operation,
      rateLimitClass: "read",
      method: "GET",
      path: `${apiPath}${path}`,
      query,
      idempotent: !0,
      schema,
      ...options2?.signal ? { signal: options2.signal } : {}
    })).data;
  }
  let pageOptions = (query) => ({
    ...query.start !== void 0 ? { start: query.start } : {},
    ...query.limit !== void 0 ? { limit: query.limit } : {}
  }), client = {
    baseUrl,
    rateLimits,
    listScansPage: (query = {}, options2) => read3("listScans", "/scan/list.json", query, haloScanListSchema, options2),
    listScans(query = {}, options2) {
      return paginateHalo(
        (start, limit) => client.listScansPage({ ...query, start, limit }, options2),
        (item) => item.scan.scan_id,
        { ...pageOptions(query), operation: "listScans" }
      );
    },
    getCurrentUser: (options2) => read3("getCurrentUser", "/user/me.json", {}, haloCurrentUserSchema, options2),
    getScan: (scanId, options2) => read3("getScan", "/scan/get.json", { scan_id: scanId }, haloScanDetailsResponseSchema, options2),
    async startScan(targetId, options2) {
      let response = await http.request({
        operation: "startScan",
        rateLimitClass: "write",
        method: "GET",
        path: `${apiPath}/scan/start.json`,
        query: { [haloStartTargetParameter]: targetId },
        // A GET that starts a scan: repeated only when Halo provably did not act (429, refused connection).
        idempotent: !1,
        responseType: "text",
        // "Scan Already In Progress (<id>)" comes as 200 or 400.
        acceptStatus: [400],
        ambiguousHint: `a halo scan on target ${targetId} may have started: look with \`scanstat list halo --active\` before starting again`,
        ...options2?.signal ? { signal: options2.signal } : {}
      }), body = parseMessageBody(response.data), alreadyInProgressScanId = scanAlreadyInProgressId(body.message);
      if (response.status === 400 && !alreadyInProgressScanId) {
        let said = body.message ? `: ${http.redact(body.message).slice(0, 200)}` : "";
        throw new InvalidRequestError(`halo startScan: HTTP 400${said}`, {
          vendor: "halo",
          operation: "startScan",
          status: 400,
          // The parameter name is an inference: say so when Halo complains about the target.
          .../target/i.test(body.message ?? "") ? { hint: `scanstat sends the target as "${haloStartTargetParameter}", the vendor page prints "target_d"` } : {}
        });
      }
      return { status: response.status, body, ...alreadyInProgressScanId ? { alreadyInProgressScanId } : {} };
    },
    listInProgressScansPage: (query = {}, options2) => read3("listInProgressScans", "/scan/inprogress-list.json", query, haloInProgressScanListSchema, options2),
    listInProgressScans(query = {}, options2) {
      return paginateHalo(
        (start, limit) => client.listInProgressScansPage({ ...query, start, limit }, options2),
        (item) => item.scan_id,
        { ...pageOptions(query), operation: "listInProgressScans" }
      );
    },
    async cancelScan(scanId, options2) {
      let response = await http.request({
        operation: "cancelScan",
        rateLimitClass: "write",
        method: "GET",
        path: `${apiPath}/scan/inprogress-cancel.json`,
        query: { scan_id: scanId },
        idempotent: !1,
        responseType: "text",
        ambiguousHint: `the halo scan ${scanId} may have been canceled: look with \`scanstat status halo:${scanId}\``,
        ...options2?.signal ? { signal: options2.signal } : {}
      });
      return parseMessageBody(response.data);
    },
    listEventsPage: (query = {}, options2) => read3("listEvents", "/event/list.json", query, haloEventListSchema, options2),
    listEvents(query = {}, options2) {
      return paginateHalo(
        async (start, limit) => {
          let page = await client.listEventsPage({ ...query, start, limit }, options2);
          return { ...page, list: page.list.map((item) => item.event) };
        },
        (event) => String(event.event_id),
        pageOptions(query)
      );
    },
    // Redact first, then cut.
    redact: (text6) => http.redact(text6).slice(0, 200)
  };
  return client;
}
var haloDefaultBaseUrl, haloStartTargetParameter, apiPath, init_halo_client = __esm({
  "../packages/halo/src/halo-client.ts"() {
    "use strict";
    init_src();
    init_halo_auth();
    init_halo_environment();
    init_halo_error();
    init_halo_pagination();
    init_halo_rate_limits();
    init_halo_schemas();
    init_scan_already_in_progress();
    haloDefaultBaseUrl = "https://api.halosecurity.com", haloStartTargetParameter = "target_id", apiPath = "/api/v1";
  }
});

// ../packages/halo/src/halo-dates.ts
function haloDateToIso(date2) {
  let text6 = date2?.trim(), match = text6 ? haloDate.exec(text6) : null;
  if (!text6 || !match || text6.startsWith("0000")) return;
  let day = Number(match[2]);
  if (!(day > 28 && new Date(Date.UTC(Number(text6.slice(0, 4)), Number(match[1]) - 1, day)).getUTCDate() !== day))
    return `${text6.slice(0, 10)}T${text6.slice(11, 16)}:${text6.slice(17) || "00"}.000Z`;
}
function haloDateToMinute(date2) {
  let iso = haloDateToIso(date2);
  return iso === void 0 ? void 0 : Math.floor(Date.parse(iso) / 6e4);
}
var haloDate, init_halo_dates = __esm({
  "../packages/halo/src/halo-dates.ts"() {
    "use strict";
    haloDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
  }
});

// ../packages/halo/src/halo-scan-events.ts
function haloScanEventKind(event) {
  let key = event.key?.trim().toLowerCase() ?? "";
  if (key === haloScanStartedKey) return "started";
  if (key !== "" && !key.startsWith("target-")) return;
  let subject = event.subject?.trim().toLowerCase() ?? "";
  return Object.hasOwn(kindOfSubject, subject) ? kindOfSubject[subject] : void 0;
}
function confirmHaloScanEnding(scanStartMinute, targetId, targetEvents) {
  if (!targetEvents.readable) return { confirmed: !1, gap: targetEvents.reason };
  if (scanStartMinute === void 0) return { confirmed: !1, gap: "Halo gave the scan no start date" };
  if (targetId === void 0) return { confirmed: !1, gap: "Halo gave the scan no target id" };
  if (targetEvents.truncated)
    return { confirmed: !1, gap: `target ${targetId} has more events than scanstat reads` };
  let events = [];
  for (let event of targetEvents.events) {
    if (event.target?.target_id === void 0 || String(event.target.target_id) !== String(targetId)) continue;
    let kind = haloScanEventKind(event);
    if (kind === void 0) continue;
    let minute = haloDateToMinute(event.date_created);
    if (minute === void 0)
      return { confirmed: !1, gap: `a "${event.subject ?? kind}" event of target ${targetId} has no readable date` };
    events.push({ kind, minute, subject: event.subject?.trim() || kind });
  }
  events.sort((a, b) => a.minute - b.minute);
  let started = events.find((event) => event.kind === "started" && event.minute >= scanStartMinute);
  if (!started)
    return {
      confirmed: !1,
      gap: `Halo recorded no "Scan Started" event for target ${targetId} since the scan began`
    };
  let ending = events.find((event) => event.kind !== "started" && event.minute >= started.minute);
  if (!ending)
    return {
      confirmed: !1,
      gap: `Halo recorded no "Scan Complete" or "Scan Failed" event for target ${targetId} since the scan started (a canceled scan has none)`
    };
  if (events.filter(
    (event) => event.kind === "started" && event.minute >= started.minute && event.minute <= ending.minute
  ).length > 1)
    return {
      confirmed: !1,
      gap: `another scan started on target ${targetId} before Halo recorded an ending: this scan's ending is not recorded (canceled?)`
    };
  if (ending.minute === started.minute) {
    let before = events.filter((event) => event.minute < started.minute), lastMinute = before.at(-1)?.minute;
    if (before.some((event) => event.minute === lastMinute && event.kind === "started"))
      return {
        confirmed: !1,
        gap: `the ending Halo recorded for target ${targetId} may be the previous scan's (same minute)`
      };
  }
  return events.filter((event) => event.kind !== "started" && event.minute === ending.minute).some((event) => event.kind !== ending.kind) ? { confirmed: !1, gap: `Halo recorded both "Scan Complete" and "Scan Failed" for target ${targetId}` } : { confirmed: ending.kind === "failed" ? "failed" : "complete", subject: ending.subject };
}
var haloScanStartedKey, kindOfSubject, init_halo_scan_events = __esm({
  "../packages/halo/src/halo-scan-events.ts"() {
    "use strict";
    init_halo_dates();
    haloScanStartedKey = "target-scan-start", kindOfSubject = {
      "scan started": "started",
      "scan complete": "complete",
      "first scan complete": "complete",
      "scan failed": "failed"
    };
  }
});

// ../packages/halo/src/map-halo-scan-state.ts
function mapHaloScanState(presence) {
  if (!presence.listedInProgress)
    return { state: presence.cancelRequestedHere ? "canceled" : "completed", vendorState: haloFinishedVendorState };
  let word = presence.statusDisplay?.trim() ?? "", vendorState = word === "" ? haloInProgressVendorState : presence.statusDisplay;
  return cancelingWords.test(word) || presence.cancelRequestedHere ? { state: "canceling", vendorState } : queuedWords.test(word) ? { state: "queued", vendorState } : { state: "running", vendorState };
}
function mapHaloListedWord(statusDisplay) {
  let mapped = listedWords.get(statusDisplay);
  return mapped === void 0 && (mapped = Object.freeze(mapHaloScanState({ listedInProgress: !0, statusDisplay })), listedWords.size >= listedWordLimit && listedWords.clear(), listedWords.set(statusDisplay, mapped)), mapped;
}
function mapHaloFinishedWord(statusDisplay) {
  let word = statusDisplay?.trim() ?? "";
  if (word === "") return;
  let vendorState = statusDisplay;
  if (/cancel(l)?ing|stopping/i.test(word)) return { state: "canceling", vendorState };
  if (canceledWords.test(word)) return { state: "canceled", vendorState };
  if (failedWords.test(word)) return { state: "failed", vendorState };
  if (queuedWords.test(word)) return { state: "queued", vendorState };
  if (runningWords.test(word)) return { state: "running", vendorState };
}
var haloFinishedVendorState, haloInProgressVendorState, queuedWords, cancelingWords, canceledWords, failedWords, runningWords, listedWords, listedWordLimit, init_map_halo_scan_state = __esm({
  "../packages/halo/src/map-halo-scan-state.ts"() {
    "use strict";
    haloFinishedVendorState = "not in progress", haloInProgressVendorState = "in progress", queuedWords = /queued|pending|waiting/i, cancelingWords = /cancel|stopping/i, canceledWords = /cancel|abort|stopped/i, failedWords = /fail|error/i, runningWords = /running|in progress/i;
    listedWords = /* @__PURE__ */ new Map(), listedWordLimit = 64;
  }
});

// ../packages/halo/src/map-halo-severity-counts.ts
function mapHaloSeverityCounts(counts) {
  let bySeverity = emptySeverityCounts(), total = 0;
  for (let [level, value] of Object.entries(counts ?? {})) {
    let count2 = vendorCount(value);
    if (count2 === 0) continue;
    let key = level.trim();
    bySeverity[Object.hasOwn(severityOfHaloLevel, key) ? severityOfHaloLevel[key] : "unknown"] += count2, total += count2;
  }
  return { total, bySeverity };
}
function haloSeverityCountGaps(counts) {
  if (counts == null || typeof counts != "object")
    return ["Halo sent no issue_severity_count"];
  let unreadable = Object.entries(counts).filter(([, value]) => !(typeof value == "number" && Number.isSafeInteger(value) && value >= 0)).map(([level]) => level);
  return unreadable.length > 0 ? [`issue_severity_count of level ${unreadable.join(", ")} is not a whole number from 0`] : [];
}
var severityOfHaloLevel, init_map_halo_severity_counts = __esm({
  "../packages/halo/src/map-halo-severity-counts.ts"() {
    "use strict";
    init_src();
    severityOfHaloLevel = {
      5: "critical",
      4: "high",
      3: "medium",
      2: "low",
      1: "info",
      0: "info"
    };
  }
});

// ../packages/halo/src/map-halo-scan.ts
function presentText(value) {
  let trimmed = value?.trim();
  return trimmed || void 0;
}
function mapHaloInProgressScan(item, options2 = {}) {
  let statusDisplay = item.status_display, { state, vendorState } = typeof statusDisplay == "string" && !options2.cancelRequestedHere ? mapHaloListedWord(statusDisplay) : mapHaloScanState({
    listedInProgress: !0,
    statusDisplay,
    cancelRequestedHere: options2.cancelRequestedHere === !0
  }), target = presentText(item.target_name), createdAt = haloDateToIso(item.date), scan = { ref: { vendor: "halo", id: item.scan_id } };
  return target && (scan.target = target), scan.state = state, scan.vendorState = vendorState, createdAt && (scan.createdAt = createdAt), scan.raw = item, scan;
}
function readFindings(details) {
  let counts = details.issue_severity_count;
  if (counts != null)
    return {
      findings: mapHaloSeverityCounts(counts),
      sources: ["severity-counts"],
      gaps: haloSeverityCountGaps(counts)
    };
  let total = details.issue_count;
  if (typeof total == "number" && Number.isSafeInteger(total) && total >= 0) {
    let bySeverity = emptySeverityCounts();
    return bySeverity.unknown = total, { findings: { total, bySeverity }, sources: ["total-only"], gaps: haloSeverityCountGaps(counts) };
  }
  return { sources: [], gaps: [...haloSeverityCountGaps(counts), "Halo sent no readable issue_count"] };
}
function mapHaloScanDetails(body, options2 = {}) {
  let { scan: details } = body, ending = options2.ending ?? eventsNotRead, word = mapHaloFinishedWord(details.status_display), unconfirmed = ending.confirmed === !1 ? ending.gap : "", read3 = readFindings(details), createdAt = haloDateToIso(details.date), target = options2.target ?? (details.target_id !== void 0 ? `target ${details.target_id}` : void 0), scan = { ref: { vendor: "halo", id: details.scan_id } };
  target && (scan.target = target);
  let result;
  if (ending.confirmed === "failed")
    scan.state = "failed", scan.vendorState = ending.subject, result = { evidence: completeEvidence("events") };
  else if (word)
    scan.state = word.state, scan.vendorState = word.vendorState, isTerminalState(word.state) && (result = { evidence: noEvidence(`Halo says the scan is "${word.vendorState}"`) });
  else if (ending.confirmed === "complete") {
    scan.state = "completed", scan.vendorState = ending.subject;
    let sources = [...read3.sources, "events"], evidence = read3.gaps.length > 0 || read3.sources[0] !== "severity-counts" ? partialEvidence(sources, ...read3.gaps) : completeEvidence(...sources);
    result = resultForFindings(read3.findings, evidence, options2.severityPolicy ?? defaultSeverityPolicy);
  } else options2.cancelRequestedHere ? (scan.state = "canceled", scan.vendorState = haloFinishedVendorState, result = { evidence: noEvidence("canceled by this scanstat process", unconfirmed) }) : (scan.state = "completed", scan.vendorState = haloFinishedVendorState, result = { evidence: noEvidence(unconfirmed) });
  return result && (read3.findings && !result.findings && (result.findings = read3.findings), typeof details.risk_score == "number" && (result.riskScore = details.risk_score), scan.result = result), createdAt && (scan.createdAt = createdAt), scan.raw = body, scan;
}
function mapHaloScanListItem(item, inProgress, options2 = {}) {
  if (inProgress) {
    let scan2 = mapHaloInProgressScan(inProgress, options2);
    return scan2.raw = { list: item, inProgress }, scan2;
  }
  let { state, vendorState } = mapHaloScanState({
    listedInProgress: !1,
    cancelRequestedHere: options2.cancelRequestedHere === !0
  }), name = presentText(item.target?.target_name), target = presentText(item.target?.target) ?? name, createdAt = haloDateToIso(item.scan.date), scan = { ref: { vendor: "halo", id: item.scan.scan_id } };
  return name && (scan.name = name), target && (scan.target = target), scan.state = state, scan.vendorState = vendorState, createdAt && (scan.createdAt = createdAt), scan.raw = item, scan;
}
var eventsNotRead, init_map_halo_scan = __esm({
  "../packages/halo/src/map-halo-scan.ts"() {
    "use strict";
    init_src();
    init_halo_dates();
    init_map_halo_scan_state();
    init_map_halo_severity_counts();
    eventsNotRead = { confirmed: !1, gap: "Halo's events were not read" };
  }
});

// ../packages/halo/src/recent-memory.ts
function createRecentMemory(capacity) {
  let entries = /* @__PURE__ */ new Map();
  return {
    get: (key) => entries.get(key),
    has: (key) => entries.has(key),
    set(key, value) {
      entries.delete(key), entries.set(key, value), entries.size > capacity && entries.delete(entries.keys().next().value);
    }
  };
}
var init_recent_memory = __esm({
  "../packages/halo/src/recent-memory.ts"() {
    "use strict";
  }
});

// ../packages/halo/src/halo-adapter.ts
function createHaloAdapter(settings) {
  let client = createHaloClient(settings), clock = settings.clock ?? systemClock, cancelRequestedHere = createRecentMemory(1e4), targetOfScan = createRecentMemory(1e4), targetIdOfScan = createRecentMemory(1e4), rateLimits = {};
  for (let [operation, rateClass] of Object.entries(operationRateClass))
    rateLimits[operation] = client.rateLimits[rateClass];
  function fromInProgress(item) {
    return item.target_name && targetOfScan.set(item.scan_id, item.target_name), item.target_id !== void 0 && targetIdOfScan.set(item.scan_id, item.target_id), mapHaloInProgressScan(item, { cancelRequestedHere: cancelRequestedHere.has(item.scan_id) });
  }
  async function readTargetEvents(targetId, options2) {
    let events = [], pages = 0, truncated = !1, fetchPage = async (start, limit) => {
      if (pages === haloEventPageLimit)
        return truncated = !0, { list: [] };
      pages++;
      let page = await client.listEventsPage({ target_id: Number(targetId), start, limit }, options2);
      return { ...page, list: page.list.map((item) => item.event) };
    };
    try {
      for await (let event of paginateHalo(fetchPage, (event2) => String(event2.event_id), { limit: haloMaxPageSize }))
        events.push(event);
    } catch (error) {
      if (ScanstatError.isInstance(error) && eventsUnreadableCodes.has(error.code))
        return { readable: !1, reason: `Halo's events could not be read (${client.redact(error.message)})` };
      throw error;
    }
    return { readable: !0, events, truncated };
  }
  async function fromDetails(body, cache, options2) {
    let scanId = body.scan.scan_id, target = targetOfScan.get(scanId), rawTargetId = body.scan.target_id ?? targetIdOfScan.get(scanId), targetId = rawTargetId !== void 0 && /^\d+$/.test(String(rawTargetId).trim()) ? String(rawTargetId).trim() : void 0, targetEvents = { readable: !1, reason: "Halo gave the scan no target id" };
    if (targetId !== void 0) {
      let read3 = cache.get(targetId);
      read3 || (read3 = readTargetEvents(targetId, options2), cache.set(targetId, read3)), targetEvents = await read3;
    }
    return mapHaloScanDetails(body, {
      cancelRequestedHere: cancelRequestedHere.has(scanId),
      ending: confirmHaloScanEnding(haloDateToMinute(body.scan.date), targetId, targetEvents),
      ...settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {},
      ...target ? { target } : {}
    });
  }
  async function inProgressById(options2) {
    let running = /* @__PURE__ */ new Map();
    for await (let item of client.listInProgressScans({ limit: haloMaxPageSize }, options2))
      running.set(item.scan_id, item);
    return running;
  }
  async function findInProgress(id, options2) {
    for await (let item of client.listInProgressScans({ scan_id: id, limit: haloMaxPageSize }, options2))
      if (item.scan_id === id) return item;
  }
  async function readFinished(id, cache, options2) {
    let body;
    try {
      body = await client.getScan(id, options2);
    } catch (error) {
      throw NotFoundError.isInstance(error) ? new NotFoundError(`halo scan ${id} not found: it is neither in progress nor known to scan/get.json`, {
        vendor: "halo",
        operation: "getScan",
        ...error.status !== void 0 ? { status: error.status } : {}
      }) : error;
    }
    if (body.scan.scan_id !== id)
      throw new VendorResponseError(`halo getScan: asked for scan ${id}, got scan ${body.scan.scan_id}`, {
        vendor: "halo",
        operation: "getScan",
        field: "scan.scan_id"
      });
    return fromDetails(body, cache, options2);
  }
  function parseTargetId(input) {
    let raw = input.targetId;
    if (raw == null || String(raw).trim() === "")
      throw new ConfigError("halo needs a target id to start a scan (--target-id)", {
        vendor: "halo",
        operation: "triggerScan"
      });
    let text6 = String(raw).trim();
    if (!/^\d+$/.test(text6) || !Number.isSafeInteger(Number(text6)) || Number(text6) <= 0)
      throw new ConfigError(`halo target id must be a positive integer, got "${text6}"`, {
        vendor: "halo",
        operation: "triggerScan"
      });
    return Number(text6);
  }
  async function findStartedScan(targetId, message, options2) {
    for (let delay2 of startedScanLookDelays) {
      delay2 > 0 && await clock.sleep(delay2, options2?.signal);
      let newest;
      for await (let item of client.listInProgressScans({ target_id: targetId, limit: haloMaxPageSize }, options2))
        String(item.target_id) === String(targetId) && (!newest || (item.date ?? "") >= (newest.date ?? "")) && (newest = item);
      if (newest)
        return newest.target_name && targetOfScan.set(newest.scan_id, newest.target_name), newest.scan_id;
    }
    let said = message ? ` (Halo answered "${client.redact(message)}")` : "";
    throw new VendorError(
      `halo started a scan on target ${targetId}${said} but no scan on that target is in progress`,
      {
        vendor: "halo",
        operation: "triggerScan",
        mayHaveActed: !0,
        hint: "look with `scanstat list halo --active` or `scanstat list halo --type recent` before starting again"
      }
    );
  }
  return {
    vendor: "halo",
    capabilities: capabilities4,
    rateLimits,
    client,
    async getScan(id, options2) {
      let scanId = requireScanId(id, { vendor: "halo", operation: "getScan" }), listed = await findInProgress(scanId, options2);
      return listed ? fromInProgress(listed) : readFinished(scanId, /* @__PURE__ */ new Map(), options2);
    },
    async getScans(ids, options2) {
      let running = /* @__PURE__ */ new Map();
      try {
        ids.some((id) => typeof id == "string" && id.trim() !== "") && (running = await inProgressById(options2));
      } catch (error) {
        if (ScanstatError.isInstance(error)) return ids.map((id) => ({ id, ok: !1, error }));
        throw error;
      }
      let eventsOfTarget = /* @__PURE__ */ new Map(), lookups = /* @__PURE__ */ new Map();
      for (let id of ids) {
        if (lookups.has(id)) continue;
        let lookup = (async () => {
          try {
            let scanId = requireScanId(id, { vendor: "halo", operation: "getScans" }), listed = running.get(scanId);
            return {
              id,
              ok: !0,
              scan: listed ? fromInProgress(listed) : await readFinished(scanId, eventsOfTarget, options2)
            };
          } catch (error) {
            if (ScanstatError.isInstance(error)) return { id, ok: !1, error };
            throw error;
          }
        })();
        lookups.set(id, lookup);
      }
      let answered = new Map((await Promise.all(lookups.values())).map((lookup) => [lookup.id, lookup]));
      return ids.map((id) => answered.get(id));
    },
    async triggerScan(input, options2) {
      let targetId = parseTargetId(input), answer = await client.startScan(targetId, options2), scanId = answer.alreadyInProgressScanId ?? answer.body.scan_id?.trim();
      return scanId ? { vendor: "halo", id: scanId } : { vendor: "halo", id: await findStartedScan(targetId, answer.body.message, options2) };
    },
    async cancelScan(id, options2) {
      let scanId = requireScanId(id, { vendor: "halo", operation: "cancelScan" });
      try {
        await client.cancelScan(scanId, options2);
      } catch (error) {
        throw NotFoundError.isInstance(error) ? await client.getScan(scanId, options2).then(
          () => !0,
          (readError) => {
            if (NotFoundError.isInstance(readError)) return !1;
            throw readError;
          }
        ) ? new InvalidRequestError(`halo scan ${scanId} is not in progress: Halo cancels only scans in progress`, {
          vendor: "halo",
          operation: "cancelScan",
          status: 404
        }) : new NotFoundError(`halo scan ${scanId} not found`, {
          vendor: "halo",
          operation: "cancelScan",
          status: 404
        }) : error;
      }
      cancelRequestedHere.set(scanId, !0);
    },
    async *listScans(query = {}, options2) {
      let limit = query.limit ?? Number.POSITIVE_INFINITY;
      if (!(limit > 0) || Number.isFinite(limit) && !Number.isInteger(limit))
        throw new ConfigError(`halo list limit must be a positive integer, got ${query.limit}`, {
          vendor: "halo",
          operation: "listScans"
        });
      let pageSize2 = Math.min(limit, haloMaxPageSize), yielded = 0;
      if (query.active) {
        for await (let item of client.listInProgressScans({ limit: pageSize2 }, options2))
          if (yield fromInProgress(item), ++yielded >= limit) return;
        return;
      }
      let type = query.type ?? "current";
      if (!scanTypes.includes(type))
        throw new ConfigError(`halo list type must be one of ${scanTypes.join(", ")}, got "${query.type}"`, {
          vendor: "halo",
          operation: "listScans"
        });
      let running = await inProgressById(options2);
      for await (let item of client.listScans({ type, limit: pageSize2 }, options2)) {
        let id = item.scan.scan_id;
        if (yield mapHaloScanListItem(item, running.get(id), { cancelRequestedHere: cancelRequestedHere.has(id) }), ++yielded >= limit) return;
      }
    }
  };
}
var capabilities4, operationRateClass, scanTypes, haloEventPageLimit, eventsUnreadableCodes, startedScanLookDelays, init_halo_adapter = __esm({
  "../packages/halo/src/halo-adapter.ts"() {
    "use strict";
    init_src();
    init_adapter_kit();
    init_halo_client();
    init_halo_dates();
    init_halo_pagination();
    init_halo_scan_events();
    init_map_halo_scan();
    init_recent_memory();
    capabilities4 = { trigger: !0, cancel: !0, list: !0, logs: !1, batchGet: !0 }, operationRateClass = {
      getScan: "read",
      getScans: "read",
      listScans: "read",
      triggerScan: "write",
      cancelScan: "write"
    }, scanTypes = ["current", "recent", "prior", "all"], haloEventPageLimit = 10, eventsUnreadableCodes = /* @__PURE__ */ new Set(["permission", "not_found", "invalid_request", "bad_response"]), startedScanLookDelays = [0, 1e3, 2e3, 4e3];
  }
});

// ../packages/halo/src/manifest.ts
var manifest3, init_manifest3 = __esm({
  "../packages/halo/src/manifest.ts"() {
    "use strict";
    manifest3 = {
      vendor: "halo",
      aliases: [],
      displayName: "Halo Security",
      environment: [
        { name: "HALO_API_KEY", setting: "apiKey", required: !0, secret: !0, description: "API key" },
        { name: "HALO_BASE_URL", setting: "baseUrl", required: !1, secret: !1, description: "API origin override" }
      ],
      trigger: {
        options: [
          {
            name: "target-id",
            key: "targetId",
            type: "integer",
            required: !0,
            description: "the id of the target to scan (a positive integer, from Halo's targets page)"
          }
        ],
        examples: [{ description: "scan target 42", input: { targetId: 42 } }]
      },
      listFilters: [
        {
          name: "type",
          key: "type",
          type: "choice",
          choices: ["current", "recent", "prior", "all"],
          description: "which scans: current (default), recent, prior or all"
        }
      ],
      rateLimits: {
        classes: {
          read: { requests: 60, windowMs: 6e4, documented: !1 },
          write: { requests: 10, windowMs: 6e4, documented: !1 }
        },
        operations: {
          getScan: "read",
          getScans: "read",
          listScans: "read",
          triggerScan: "write",
          cancelScan: "write"
        }
      },
      capabilities: { trigger: !0, cancel: !0, list: !0, logs: !1, batchGet: !0 },
      docs: "https://docs.halosecurity.com/api/endpoints/scan"
    };
  }
});

// ../packages/halo/src/index.ts
var src_exports3 = {};
__export(src_exports3, {
  classifyHaloError: () => classifyHaloError,
  confirmHaloScanEnding: () => confirmHaloScanEnding,
  createHaloAdapter: () => createHaloAdapter,
  createHaloAuth: () => createHaloAuth,
  createHaloClient: () => createHaloClient,
  haloCurrentUserSchema: () => haloCurrentUserSchema,
  haloDateToIso: () => haloDateToIso,
  haloDateToMinute: () => haloDateToMinute,
  haloDefaultBaseUrl: () => haloDefaultBaseUrl,
  haloDefaultPageSize: () => haloDefaultPageSize,
  haloDefaultRateLimits: () => haloDefaultRateLimits,
  haloEnvironmentVariables: () => haloEnvironmentVariables,
  haloEventListSchema: () => haloEventListSchema,
  haloEventPageLimit: () => haloEventPageLimit,
  haloFinishedVendorState: () => haloFinishedVendorState,
  haloInProgressScanListSchema: () => haloInProgressScanListSchema,
  haloInProgressVendorState: () => haloInProgressVendorState,
  haloMaxPageSize: () => haloMaxPageSize,
  haloMessageBodySchema: () => haloMessageBodySchema,
  haloScanDetailsResponseSchema: () => haloScanDetailsResponseSchema,
  haloScanEventKind: () => haloScanEventKind,
  haloScanListSchema: () => haloScanListSchema,
  haloScanStartedKey: () => haloScanStartedKey,
  haloSeverityCountGaps: () => haloSeverityCountGaps,
  haloStartTargetParameter: () => haloStartTargetParameter,
  manifest: () => manifest3,
  mapHaloFinishedWord: () => mapHaloFinishedWord,
  mapHaloInProgressScan: () => mapHaloInProgressScan,
  mapHaloScanDetails: () => mapHaloScanDetails,
  mapHaloScanListItem: () => mapHaloScanListItem,
  mapHaloScanState: () => mapHaloScanState,
  mapHaloSeverityCounts: () => mapHaloSeverityCounts,
  parseHaloErrorBody: () => parseHaloErrorBody,
  readHaloEnvironment: () => readHaloEnvironment,
  resolveHaloRateLimits: () => resolveHaloRateLimits,
  scanAlreadyInProgressId: () => scanAlreadyInProgressId
});
var init_src4 = __esm({
  "../packages/halo/src/index.ts"() {
    "use strict";
    init_halo_adapter();
    init_halo_auth();
    init_halo_client();
    init_halo_dates();
    init_halo_environment();
    init_halo_error();
    init_halo_pagination();
    init_halo_rate_limits();
    init_halo_scan_events();
    init_halo_schemas();
    init_map_halo_scan();
    init_map_halo_scan_state();
    init_map_halo_severity_counts();
    init_scan_already_in_progress();
    init_manifest3();
  }
});

// src/main.ts
init_src();
import { appendFile as appendFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { randomBytes } from "node:crypto";

// ../apps/cli/src/exit/exit-codes.ts
init_src();
var ExitCode = {
  pass: 0,
  warn: 1,
  fail: 2,
  endedWithoutVerdict: 3,
  statusUnknown: 4,
  notTerminal: 5,
  usage: 64,
  interrupted: 130,
  terminated: 143
}, usageErrorCodes = /* @__PURE__ */ new Set(["config", "invalid_ref", "unsupported"]);
function exitCodeForOutcome(outcome, options2 = {}) {
  if (outcome.error !== void 0)
    return ScanstatError.isInstance(outcome.error) && usageErrorCodes.has(outcome.error.code) ? ExitCode.usage : ExitCode.statusUnknown;
  let scan = outcome.scan;
  if (!scan) return ExitCode.statusUnknown;
  if (!isTerminalState(scan.state)) return ExitCode.notTerminal;
  if (scan.state !== "completed") return ExitCode.endedWithoutVerdict;
  switch (scan.result?.verdict) {
    case "pass":
      return ExitCode.pass;
    case "warn":
      return options2.okOnWarn && scan.result?.evidence?.complete !== !1 ? ExitCode.pass : ExitCode.warn;
    case "fail":
      return ExitCode.fail;
    default:
      return ExitCode.endedWithoutVerdict;
  }
}
var exitCodeSeverityOrder = [
  ExitCode.usage,
  ExitCode.statusUnknown,
  ExitCode.endedWithoutVerdict,
  ExitCode.notTerminal,
  ExitCode.fail,
  ExitCode.warn,
  ExitCode.pass
];
function exitCodeForOutcomes(outcomes, options2 = {}) {
  let worst = ExitCode.pass;
  for (let outcome of outcomes) {
    let code2 = exitCodeForOutcome(outcome, options2);
    exitCodeSeverityOrder.indexOf(code2) < exitCodeSeverityOrder.indexOf(worst) && (worst = code2);
  }
  return worst;
}
function exitCodeForSignal(signal) {
  return signal === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated;
}

// ../apps/cli/src/job-summary/format-job-summary.ts
init_src();

// ../apps/cli/src/output/scan-text.ts
init_src();
init_sanitize_terminal_text();
function formatDuration(ms) {
  let seconds2 = Math.max(0, Math.floor(ms / 1e3));
  if (seconds2 < 60) return `${seconds2}s`;
  let minutes = Math.floor(seconds2 / 60);
  return minutes < 60 ? `${minutes}m${String(seconds2 % 60).padStart(2, "0")}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
function time2(value) {
  if (value === void 0) return;
  let parsed = Date.parse(value);
  return Number.isNaN(parsed) ? void 0 : parsed;
}
function scanElapsedMs(scan, now) {
  let start = time2(scan.startedAt) ?? time2(scan.createdAt);
  if (start === void 0) return;
  let end = isTerminalState(scan.state) ? time2(scan.finishedAt) ?? time2(scan.updatedAt) : now;
  return end === void 0 ? void 0 : Math.max(0, end - start);
}
function progressRatio(scan) {
  let progress = scan.progress;
  if (progress) {
    if (typeof progress.ratio == "number") return Math.min(1, Math.max(0, progress.ratio));
    if (typeof progress.completed == "number" && typeof progress.total == "number" && progress.total > 0)
      return Math.min(1, Math.max(0, progress.completed / progress.total));
  }
}
function formatPercent(ratio) {
  return `${Math.floor(ratio * 100)}%`;
}
function progressBar(ratio, width = 10) {
  let filled = Math.round(ratio * width);
  return `${"\u2588".repeat(filled)}${"\u2591".repeat(width - filled)} ${formatPercent(ratio).padStart(4)}`;
}
var severityLetters = {
  critical: "C",
  high: "H",
  medium: "M",
  low: "L",
  info: "I",
  unknown: "?"
};
function resultDetails(result) {
  if (!result) return "";
  let parts = [];
  if (result.findings) {
    let counts = result.findings.bySeverity, letters = severities.map((severity) => `${severityLetters[severity]}${counts[severity] ?? 0}`);
    (counts.unknown ?? 0) > 0 && letters.push(`${severityLetters.unknown}${counts.unknown}`), parts.push(letters.join(" "));
  }
  if (result.checks) {
    let checks = result.checks, words = [`${checks.passed} passed`];
    checks.warned > 0 && words.push(`${checks.warned} warned`), checks.failed > 0 && words.push(`${checks.failed} failed`), checks.errored > 0 && words.push(`${checks.errored} errored`), checks.notEvaluated > 0 && words.push(`${checks.notEvaluated} not evaluated`), parts.push(`checks ${words.join(", ")}`);
  }
  return typeof result.riskScore == "number" && parts.push(`risk ${result.riskScore}`), parts.join("; ");
}
function stateWords(scan) {
  return scan.vendorState && scan.vendorState !== scan.state ? `${scan.state} (${scan.vendorState})` : scan.state;
}
function verdictText(scan, options2 = {}) {
  let result = scan.result;
  return result ? result.verdict ? result.evidence?.complete === !1 ? `${result.verdict} (${options2.short ? "partial" : "partial evidence"})` : result.verdict : "no verdict" : scan.state === "completed" ? "no verdict" : "";
}
function evidenceText(result) {
  let evidence = result?.evidence;
  if (!evidence) return "";
  let sources = evidence.sources.length > 0 ? evidence.sources.join(" + ") : "nothing readable", gaps = evidence.gaps && evidence.gaps.length > 0 ? `: ${evidence.gaps.join("; ")}` : "";
  return `${sources}, ${evidence.complete ? "complete" : "partial"}${gaps}`;
}
function scanMessage(scan) {
  let text6 = (scan.message ?? "").replace(/\s+/g, " ").trim();
  return text6.length > 160 ? `${text6.slice(0, 159)}\u2026` : text6;
}
function stateText(scan) {
  return sanitizeTerminalText(stateWords(scan));
}

// ../apps/cli/src/job-summary/markdown-text.ts
function markdownCellText(text6) {
  return text6.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]~|]/g, (character) => `\\${character}`).trim();
}
function markdownLink(label, url) {
  if (url === void 0) return "";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "";
  let href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\|/g, "%7C");
  return `[${markdownCellText(label)}](${href})`;
}

// ../apps/cli/src/job-summary/format-job-summary.ts
var headers = ["Ref", "State", "Verdict", "Findings / checks", "Link"];
function row(entry) {
  let { scan, error } = entry, ref = markdownCellText(formatScanRef(entry.ref));
  if (!scan)
    return error ? [ref, "error", "", markdownCellText(`${error.code}: ${error.message}`), ""] : [ref, "not read", "", "", ""];
  let details = resultDetails(scan.result), problem2 = error ? `${error.code}: ${error.message}` : "";
  return [
    ref,
    markdownCellText(stateText(scan)),
    markdownCellText(scan.result?.verdict ?? ""),
    markdownCellText([details, problem2].filter((part) => part !== "").join("; ")),
    markdownLink("open", scan.url)
  ];
}
function formatJobSummary(entries, options2) {
  let count2 = entries.length === 1 ? "1 scan" : `${entries.length} scans`;
  return `${[
    `### scanstat ${markdownCellText(options2.command)}: ${count2}, exit ${options2.exitCode}`,
    "",
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...entries.map((entry) => `| ${row(entry).join(" | ")} |`),
    ""
  ].join(`
`)}
`;
}

// ../apps/cli/src/run-cli.ts
init_src();

// ../apps/cli/src/arguments/parse-command-line.ts
init_src();
import { parseArgs } from "node:util";

// ../apps/cli/src/config/rate-limit-settings.ts
init_src();

// ../apps/cli/src/vendors/vendor-catalog.ts
var vendorCatalog = {
  soda: {
    vendor: "soda",
    title: "Soda Cloud",
    variables: [
      { name: "SODA_API_KEY_ID", required: !0, secret: !0, description: "API key id" },
      { name: "SODA_API_KEY_SECRET", required: !0, secret: !0, description: "API key secret" },
      { name: "SODA_REGION", required: !1, secret: !1, description: "eu (default) or us" },
      { name: "SODA_BASE_URL", required: !1, secret: !1, description: "API origin override" }
    ],
    triggerFlags: ["--definition", "--data-timestamp"],
    rateLimitClasses: ["trigger", "status", "cancel", "logs"]
  },
  projectdiscovery: {
    vendor: "projectdiscovery",
    title: "ProjectDiscovery Cloud Platform",
    variables: [
      { name: "PDCP_API_KEY", required: !0, secret: !0, description: "API key" },
      { name: "PDCP_TEAM_ID", required: !1, secret: !1, description: "team id (optional)" },
      { name: "PDCP_API_SERVER", required: !1, secret: !1, description: "API origin override" }
    ],
    triggerFlags: ["--target", "--template", "--name"],
    rateLimitClasses: ["read", "write"]
  },
  telmai: {
    vendor: "telmai",
    title: "Telmai",
    variables: [
      {
        name: "TELMAI_TOKEN",
        required: !0,
        secret: !0,
        description: "Telmai for Fabric bearer token; for Telmai classic set TELMAI_API_KEY and TELMAI_TENANT"
      },
      { name: "TELMAI_BASE_URL", required: !0, secret: !1, description: "your deployment's API URL" },
      { name: "TELMAI_API_KEY", required: !1, secret: !0, description: "Telmai classic API key (X-TLM-Key)" },
      {
        name: "TELMAI_TENANT",
        required: !1,
        secret: !1,
        description: "Telmai classic tenant (with TELMAI_API_KEY)"
      },
      { name: "TELMAI_API", required: !1, secret: !1, description: "classic | fabric, when both are set" }
    ],
    credentialSets: {
      selector: "TELMAI_API",
      sets: [
        { name: "fabric", required: ["TELMAI_TOKEN", "TELMAI_BASE_URL"] },
        { name: "classic", required: ["TELMAI_API_KEY", "TELMAI_TENANT", "TELMAI_BASE_URL"] }
      ]
    },
    triggerFlags: ["--asset"],
    rateLimitClasses: ["trigger", "read"]
  },
  halo: {
    vendor: "halo",
    title: "Halo Security",
    variables: [
      { name: "HALO_API_KEY", required: !0, secret: !0, description: "API key" },
      { name: "HALO_BASE_URL", required: !1, secret: !1, description: "API origin override" }
    ],
    triggerFlags: ["--target-id"],
    rateLimitClasses: ["read", "write"]
  }
}, vendorVariableNames = Object.values(vendorCatalog).flatMap(
  (entry) => entry.variables.map((variable) => variable.name)
), secretVariableNames = Object.values(vendorCatalog).flatMap(
  (entry) => entry.variables.filter((variable) => variable.secret).map((variable) => variable.name)
);
function requiredVariables(vendor, variables) {
  let entry = vendorCatalog[vendor], isSet2 = (name) => !!variables[name]?.trim();
  if (!entry.credentialSets) return entry.variables.filter((variable) => variable.required);
  let { selector, sets } = entry.credentialSets, forced = variables[selector]?.trim().toLowerCase(), sharedByAll = (name) => sets.every((set) => set.required.includes(name)), chosen = sets.find((set) => set.name === forced) ?? sets.find((set) => set.required.every(isSet2)) ?? sets.find((set) => set.required.some((name) => !sharedByAll(name) && isSet2(name))) ?? sets[0];
  return entry.variables.filter((variable) => chosen.required.includes(variable.name));
}

// ../apps/cli/src/config/rate-limit-settings.ts
function rateLimitVendor(text6, fail) {
  let vendor = resolveVendorId(text6);
  return vendor || fail(`unknown vendor "${text6}" (known: ${vendorIds.join(", ")}; alias pd)`), vendor;
}
function checkRateLimitClass(vendor, rateClass, fail) {
  let known2 = vendorCatalog[vendor].rateLimitClasses;
  return known2.includes(rateClass) || fail(`${vendor} has no rate class "${rateClass}" (known: ${known2.join(", ")})`), rateClass;
}
function checkRequests(value, fail) {
  return (typeof value != "number" || !Number.isInteger(value) || value < 1) && fail("requests must be a whole number of at least 1"), value;
}
function checkWindowSeconds(value, fail) {
  return (typeof value != "number" || !Number.isFinite(value) || value <= 0) && fail("windowSeconds must be a positive number of seconds"), Math.max(1, Math.round(value * 1e3));
}
function layerRateLimits(layers) {
  let resolved = {};
  for (let { overrides, source } of layers)
    for (let vendor of vendorIds)
      for (let [rateClass, budget] of Object.entries(overrides[vendor] ?? {}))
        resolved[vendor] = { ...resolved[vendor], [rateClass]: { ...budget, source } };
  return resolved;
}
function overlayRateLimitOverrides(base, top) {
  let overlaid = { ...base };
  for (let vendor of vendorIds)
    top[vendor] && (overlaid[vendor] = { ...base[vendor], ...top[vendor] });
  return overlaid;
}
function groupRateLimitOverrides(list) {
  let grouped = {};
  for (let { vendor, rateClass, requests, windowMs } of list)
    grouped[vendor] = { ...grouped[vendor], [rateClass]: { requests, windowMs } };
  return grouped;
}
function adapterRateLimits(overrides) {
  if (!(!overrides || Object.keys(overrides).length === 0))
    return Object.fromEntries(
      Object.entries(overrides).map(([rateClass, { requests, windowMs }]) => [
        rateClass,
        { requests, windowMs, documented: !1 }
      ])
    );
}

// ../apps/cli/src/config/parse-rate-limit-list.ts
var entryPattern = /^([^.=/\s]+)\.([^.=/\s]+)=([^/]*)\/(.*)$/;
function parseRateLimitEntry(text6, fail) {
  let entry = text6.trim(), failEntry = (problem2) => fail(`"${entry}": ${problem2}`), match = entryPattern.exec(entry);
  if (!match) return fail(`"${entry}" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)`);
  let [, vendorText = "", rateClass = "", requestsText = "", secondsText = ""] = match, vendor = rateLimitVendor(vendorText, failEntry);
  checkRateLimitClass(vendor, rateClass, failEntry);
  let number4 = (value) => value.trim() === "" ? Number.NaN : Number(value), requests = checkRequests(number4(requestsText), failEntry), windowMs = checkWindowSeconds(number4(secondsText), () => failEntry("seconds must be a positive number"));
  return { vendor, rateClass, requests, windowMs };
}
function parseRateLimitList(text6, fail) {
  return text6.split(",").filter((entry) => entry.trim() !== "").map((entry) => parseRateLimitEntry(entry, fail));
}

// ../apps/cli/src/arguments/did-you-mean.ts
function editDistance(a, b) {
  let rows = a.length + 1, columns = b.length + 1, distance = Array.from(
    { length: rows },
    (_, row2) => Array.from({ length: columns }, (_2, column) => row2 === 0 ? column : column === 0 ? row2 : 0)
  );
  for (let row2 = 1; row2 < rows; row2++)
    for (let column = 1; column < columns; column++) {
      let cost = a[row2 - 1] === b[column - 1] ? 0 : 1, best = Math.min(
        distance[row2 - 1][column] + 1,
        distance[row2][column - 1] + 1,
        distance[row2 - 1][column - 1] + cost
      );
      row2 > 1 && column > 1 && a[row2 - 1] === b[column - 2] && a[row2 - 2] === b[column - 1] && (best = Math.min(best, distance[row2 - 2][column - 2] + 1)), distance[row2][column] = best;
    }
  return distance[a.length][b.length];
}
function closestWord(typed, known2) {
  let word = typed.toLowerCase(), prefixed = known2.filter((candidate) => word.length >= 3 && candidate.startsWith(word));
  if (prefixed.length === 1) return prefixed[0];
  let best;
  for (let candidate of known2) {
    let distance = editDistance(word, candidate);
    (!best || distance < best.distance) && (best = { word: candidate, distance });
  }
  if (!best) return;
  let limit = Math.min(2, Math.floor(Math.max(word.length, best.word.length) / 3));
  return best.distance <= limit ? best.word : void 0;
}

// ../apps/cli/src/arguments/option-definitions.ts
var commonOptions = {
  format: { type: "string", valueName: "FORMAT", description: "table | json | ndjson | junit (table on a terminal)" },
  json: { type: "boolean", description: "same as --format json" },
  output: { type: "string", short: "o", valueName: "FILE", description: "write the report to FILE (atomically)" },
  interval: {
    type: "string",
    valueName: "S",
    description: "fixed delay between two looks (default: 2 s growing to 30 s)"
  },
  timeout: { type: "string", valueName: "S", description: "stop watching after S seconds (exit 5)" },
  "fail-on": { type: "string", valueName: "SEV", description: "security findings at or above SEV fail (default high)" },
  "warn-on": {
    type: "string",
    valueName: "SEV",
    description: "security findings at or above SEV warn (default medium)"
  },
  "fail-on-unknown": {
    type: "boolean",
    description: "security findings of unknown severity fail (default: they warn)"
  },
  "ok-on-warn": { type: "boolean", description: "a warn verdict exits 0 (not one on partial evidence)" },
  "request-timeout": { type: "string", valueName: "S", description: "time limit of one HTTP request (default 30)" },
  quiet: { type: "boolean", short: "q", description: "no progress, no notices: only results and errors" },
  verbose: { type: "boolean", description: "requests and timings on stderr (secrets redacted)" },
  "no-color": { type: "boolean", description: "no colours (also NO_COLOR)" },
  config: {
    type: "string",
    valueName: "FILE",
    description: "configuration file (default ~/.config/scanstat/config.json)"
  },
  profile: { type: "string", valueName: "NAME", description: "profile of the configuration file" },
  "rate-limit": {
    type: "string",
    multiple: !0,
    valueName: "V.CLASS=N/S",
    description: "a vendor's rate budget: N requests per S seconds, e.g. halo.read=120/60 (repeatable)"
  },
  help: { type: "boolean", short: "h", description: "show help" }
}, { "rate-limit": _rateLimit, ...demoOptions } = commonOptions, {
  interval: _interval,
  timeout: _timeout,
  "fail-on": _failOn,
  "warn-on": _warnOn,
  "fail-on-unknown": _failOnUnknown,
  "ok-on-warn": _okOnWarn,
  ...vendorCallOptions
} = commonOptions, statusOptions = {
  ...vendorCallOptions,
  timeout: { ...commonOptions.timeout, description: "stop looking after S seconds" },
  "fail-on": commonOptions["fail-on"],
  "warn-on": commonOptions["warn-on"],
  "fail-on-unknown": commonOptions["fail-on-unknown"],
  "ok-on-warn": commonOptions["ok-on-warn"]
}, vendorsOptions = {
  check: {
    type: "boolean",
    description: "prove the credentials work: one read-only call per vendor (those named, or those configured)"
  }
}, triggerOptions = {
  wait: { type: "boolean", description: "watch the new scan to its end (exit code as watch)" },
  "cancel-on-interrupt": { type: "boolean", description: "with --wait: cancel the scan on Ctrl-C / SIGTERM" },
  definition: { type: "string", valueName: "NAME", description: "soda: the scan definition to run" },
  "data-timestamp": { type: "string", valueName: "ISO", description: "soda: the scan's data timestamp (ISO-8601)" },
  target: {
    type: "string",
    multiple: !0,
    valueName: "TARGET",
    description: "projectdiscovery: a target (repeatable)"
  },
  template: {
    type: "string",
    multiple: !0,
    valueName: "ID",
    description: "projectdiscovery: a template (repeatable)"
  },
  name: { type: "string", valueName: "NAME", description: "projectdiscovery: the scan's name" },
  "target-id": { type: "string", valueName: "ID", description: "halo: the target to scan" },
  asset: { type: "string", valueName: "ID", description: "telmai classic: the asset to scan" }
}, listOptions = {
  active: { type: "boolean", description: "only scans that have not ended" },
  type: { type: "string", valueName: "TYPE", description: "halo: current | recent | prior | all" },
  limit: { type: "string", valueName: "N", description: "at most N scans (default 50)" }
}, sandboxOptions = {
  port: { type: "string", valueName: "N", description: "port on 127.0.0.1 (default 4100; 0 = any free port)" },
  "export-file": {
    type: "string",
    valueName: "FILE",
    description: "also write the export lines to FILE, atomically, once the sandbox serves (removed when it stops)"
  },
  // Node 20 reads `--env-file` anywhere on its command line, even after the script (it exits 9
  // when the file does not exist yet): the name works from Node 22 on only, hence --export-file.
  "env-file": {
    type: "string",
    valueName: "FILE",
    description: "same as --export-file, on Node 22 and later (Node 20 takes --env-file for itself)"
  },
  quiet: commonOptions.quiet,
  verbose: commonOptions.verbose,
  help: commonOptions.help
}, serveOptions = {
  port: { type: "string", valueName: "N", description: "port to listen on (default 4200; 0 = any free port)" },
  host: {
    type: "string",
    valueName: "H",
    description: "address to listen on (default 127.0.0.1; beyond loopback needs a token)"
  },
  token: {
    type: "string",
    valueName: "T",
    description: "token for writes and webhooks (better: SCANSTAT_SERVE_TOKEN; a flag shows in ps)"
  }
}, serveCommonOptionNames = [
  "interval",
  "fail-on",
  "warn-on",
  "request-timeout",
  "quiet",
  "verbose",
  "no-color",
  "config",
  "profile",
  "rate-limit",
  "help"
], serveCommonOptions = Object.fromEntries(
  serveCommonOptionNames.map((name) => [name, commonOptions[name]])
), globalOptions = {
  version: { type: "boolean", short: "V", description: "print the version" },
  help: commonOptions.help
}, commandNames = [
  "status",
  "watch",
  "trigger",
  "cancel",
  "logs",
  "list",
  "vendors",
  "demo",
  "sandbox",
  "serve",
  "completion",
  "help"
], optionsByCommand = {
  status: statusOptions,
  watch: commonOptions,
  trigger: { ...commonOptions, ...triggerOptions },
  cancel: vendorCallOptions,
  logs: { ...vendorCallOptions, timeout: { ...commonOptions.timeout, description: "stop reading after S seconds" } },
  list: {
    ...vendorCallOptions,
    timeout: { ...commonOptions.timeout, description: "stop listing after S seconds" },
    // The severity policy decides the verdicts of the listed security scans.
    "fail-on": commonOptions["fail-on"],
    "warn-on": commonOptions["warn-on"],
    "fail-on-unknown": commonOptions["fail-on-unknown"],
    ...listOptions
  },
  vendors: { ...vendorCallOptions, ...vendorsOptions },
  demo: demoOptions,
  sandbox: sandboxOptions,
  serve: { ...serveOptions, ...serveCommonOptions },
  completion: { help: commonOptions.help },
  help: { help: commonOptions.help }
}, allOptions = {
  ...globalOptions,
  ...commonOptions,
  ...triggerOptions,
  ...listOptions,
  ...sandboxOptions,
  ...vendorsOptions,
  ...serveOptions
};

// ../apps/cli/src/arguments/parse-values.ts
init_src();
init_usage_error();
var outputFormats = ["table", "json", "ndjson", "junit"], haloListTypes = ["current", "recent", "prior", "all"], completionShells = ["bash", "zsh", "fish"];
function parseOutputFormat(value, source = "--format") {
  if (outputFormats.includes(value)) return value;
  throw new UsageError(`${source} must be one of ${outputFormats.join(", ")} (got "${value}")`);
}
var maxFlagSeconds = 1440 * 60;
function parseSeconds(value, source) {
  let seconds2 = Number(value);
  if (value.trim() === "" || !Number.isFinite(seconds2) || seconds2 <= 0)
    throw new UsageError(`${source} takes a positive number of seconds (got "${value}")`);
  if (seconds2 > maxFlagSeconds)
    throw new UsageError(`${source} takes at most ${maxFlagSeconds} seconds (24 h) (got "${value}")`);
  return Math.round(seconds2 * 1e3);
}
function parseSeverityThreshold(value, source) {
  let lower = value.toLowerCase();
  if (isSeverityThreshold(lower)) return lower;
  throw new UsageError(`${source} takes critical, high, medium, low, info or none (got "${value}")`);
}
function parsePort(value) {
  let port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port takes a port number from 0 to 65535 (got "${value}")`);
  return port;
}
function parsePositiveInteger(value, source) {
  let number4 = Number(value);
  if (!/^\d+$/.test(value) || number4 < 1)
    throw new UsageError(`${source} takes a whole number of at least 1 (got "${value}")`);
  return number4;
}
function parseTimestamp(value, source) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value)))
    throw new UsageError(`${source} takes an ISO-8601 timestamp such as 2026-01-31T10:15:30Z (got "${value}")`);
  return value;
}

// ../apps/cli/src/arguments/parse-command-line.ts
init_usage_error();
var triggerFlagVendors = {
  definition: "soda",
  "data-timestamp": "soda",
  target: "projectdiscovery",
  template: "projectdiscovery",
  name: "projectdiscovery",
  "target-id": "halo",
  asset: "telmai"
};
function usageErrorFromParseArgs(error) {
  let code2 = error.code, message = error.message ?? String(error), option = /'(-[^' ]+)/.exec(message)?.[1];
  switch (code2) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      let suggestion = option?.startsWith("--") ? closestWord(option.slice(2), Object.keys(allOptions)) : void 0, hint = suggestion ? `did you mean --${suggestion}? ` : "";
      return new UsageError(`unknown option ${option ?? message}: ${hint}(see scanstat --help)`.replace(": (", " ("));
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message) ? new UsageError(`option ${option} takes no value`) : /ambiguous/.test(message) ? new UsageError(`option ${option} needs a value (write ${option}=VALUE for one starting with "-")`) : new UsageError(`option ${option ?? ""} needs a value`.replace("  ", " "));
    default:
      return new UsageError(message.split(". ")[0] ?? message);
  }
}
function joinNegativeValues(argv) {
  let joined = [];
  for (let index = 0; index < argv.length; index++) {
    let word = argv[index], next = argv[index + 1], name = word.startsWith("--") ? word.slice(2) : void 0;
    (name !== void 0 ? allOptions[name] : void 0)?.type === "string" && next !== void 0 && /^-\d/.test(next) ? (joined.push(`${word}=${next}`), index++) : joined.push(word);
  }
  return joined;
}
function parseRef(text6) {
  try {
    return parseScanRef(text6);
  } catch (error) {
    throw ScanstatError.isInstance(error) ? new UsageError(error.message) : error;
  }
}
function parseVendor(text6, command) {
  if (text6 === void 0) throw new UsageError(`${command} needs a vendor: one of ${vendorIds.join(", ")} (alias pd)`);
  let vendor = resolveVendorId(text6);
  if (!vendor) throw new UsageError(`unknown vendor "${text6}": expected one of ${vendorIds.join(", ")} (alias pd)`);
  return vendor;
}
function parseCommonOptions(values) {
  let string3 = (name) => values[name], flag = (name) => values[name] === !0, format = string3("format") !== void 0 ? parseOutputFormat(string3("format")) : void 0;
  if (flag("json")) {
    if (format !== void 0 && format !== "json")
      throw new UsageError(`--json and --format ${format} disagree: give one`);
    format = "json";
  }
  if (flag("quiet") && flag("verbose")) throw new UsageError("--quiet and --verbose disagree: give one");
  let options2 = { quiet: flag("quiet"), verbose: flag("verbose"), noColor: flag("no-color") };
  if (format !== void 0 && (options2.format = format), string3("output") !== void 0) {
    if (string3("output") === "") throw new UsageError("--output needs a file name");
    options2.output = string3("output");
  }
  string3("interval") !== void 0 && (options2.intervalMs = parseSeconds(string3("interval"), "--interval")), string3("timeout") !== void 0 && (options2.timeoutMs = parseSeconds(string3("timeout"), "--timeout")), string3("request-timeout") !== void 0 && (options2.requestTimeoutMs = parseSeconds(string3("request-timeout"), "--request-timeout")), string3("fail-on") !== void 0 && (options2.failOn = parseSeverityThreshold(string3("fail-on"), "--fail-on")), string3("warn-on") !== void 0 && (options2.warnOn = parseSeverityThreshold(string3("warn-on"), "--warn-on")), flag("fail-on-unknown") && (options2.failOnUnknown = !0), flag("ok-on-warn") && (options2.okOnWarn = !0), string3("config") !== void 0 && (options2.configPath = string3("config")), string3("profile") !== void 0 && (options2.profile = string3("profile"));
  let rateLimits = values["rate-limit"];
  return rateLimits && rateLimits.length > 0 && (options2.rateLimits = rateLimits.map(
    (entry) => parseRateLimitEntry(entry, (problem2) => {
      throw new UsageError(`--rate-limit ${problem2}`);
    })
  )), options2;
}
function noMorePositionals(positionals, command) {
  if (positionals.length > 0) throw new UsageError(`${command} takes no argument "${positionals[0]}"`);
}
function parseTriggerInput(vendor, values) {
  for (let [flag, owner] of Object.entries(triggerFlagVendors))
    if (values[flag] !== void 0 && owner !== vendor)
      throw new UsageError(`--${flag} is a ${owner} option; ${vendor} does not take it`);
  let input = {};
  switch (vendor) {
    case "soda": {
      let definition = values.definition;
      if (!definition) throw new UsageError("trigger soda needs --definition NAME (the scan definition to run)");
      input.definition = definition;
      let timestamp2 = values["data-timestamp"];
      timestamp2 !== void 0 && (input.dataTimestamp = parseTimestamp(timestamp2, "--data-timestamp"));
      break;
    }
    case "projectdiscovery": {
      let targets = values.target ?? [];
      if (targets.length === 0) throw new UsageError("trigger projectdiscovery needs at least one --target");
      input.targets = targets;
      let templates = values.template;
      templates && templates.length > 0 && (input.templates = templates), values.name !== void 0 && (input.name = values.name);
      break;
    }
    case "halo": {
      let targetId = values["target-id"];
      if (!targetId) throw new UsageError("trigger halo needs --target-id ID (the target to scan)");
      input.targetId = /^\d+$/.test(targetId) ? Number(targetId) : targetId;
      break;
    }
    case "telmai": {
      let asset = values.asset;
      if (asset !== void 0) {
        if (asset.trim() === "") throw new UsageError("--asset needs an asset id");
        input.assetId = asset.trim();
      }
      break;
    }
  }
  return input;
}
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options: allOptions,
      allowPositionals: !0,
      strict: !0
    });
  } catch (error) {
    throw usageErrorFromParseArgs(error);
  }
  let { values } = parsed, [commandWord, ...positionals] = parsed.positionals;
  if (commandWord === void 0) {
    if (values.version === !0) return { command: "version" };
    if (values.help === !0) return { command: "help" };
    throw new UsageError("missing command (see scanstat --help)");
  }
  if (!commandNames.includes(commandWord)) {
    let suggestion = closestWord(commandWord, commandNames);
    throw new UsageError(
      suggestion ? `unknown command "${commandWord}": did you mean "${suggestion}"? (commands: ${commandNames.join(", ")})` : `unknown command "${commandWord}" (commands: ${commandNames.join(", ")})`
    );
  }
  let command = commandWord;
  if (command === "help") {
    let topic = positionals[0];
    if (topic === void 0) return { command: "help" };
    if (!commandNames.includes(topic))
      throw new UsageError(`no help for unknown command "${topic}"`);
    return { command: "help", topic };
  }
  let accepted = optionsByCommand[command];
  for (let name of Object.keys(values))
    if (values[name] !== void 0 && !(name in accepted))
      throw new UsageError(`${command} does not take --${name} (see scanstat ${command} --help)`);
  if (values.help === !0) return { command: "help", topic: command };
  switch (command) {
    case "status":
    case "watch":
    case "cancel": {
      if (positionals.length === 0)
        throw new UsageError(`${command} needs at least one scan ref, e.g. soda:4651ba64-\u2026`);
      return { command, refs: positionals.map(parseRef), options: parseCommonOptions(values) };
    }
    case "logs": {
      if (positionals.length !== 1) throw new UsageError("logs takes exactly one scan ref");
      let options2 = parseCommonOptions(values);
      if (options2.format === "junit")
        throw new UsageError("logs cannot be written as junit: use table, json or ndjson");
      return { command, ref: parseRef(positionals[0]), options: options2 };
    }
    case "trigger": {
      let [vendorWord, ...rest] = positionals, vendor = parseVendor(vendorWord, "trigger");
      noMorePositionals(rest, "trigger");
      let wait = values.wait === !0, cancelOnInterrupt = values["cancel-on-interrupt"] === !0;
      if (cancelOnInterrupt && !wait) throw new UsageError("--cancel-on-interrupt needs --wait");
      let watchOnly = ["interval", "timeout", "ok-on-warn", "fail-on", "warn-on"].find(
        (name) => values[name] !== void 0
      );
      if (watchOnly && !wait)
        throw new UsageError(`--${watchOnly} needs --wait (without it, trigger starts the scan and does not watch it)`);
      return {
        command,
        vendor,
        input: parseTriggerInput(vendor, values),
        wait,
        cancelOnInterrupt,
        options: parseCommonOptions(values)
      };
    }
    case "list": {
      let [vendorWord, ...rest] = positionals, vendor = parseVendor(vendorWord, "list");
      noMorePositionals(rest, "list");
      let query = { limit: 50 };
      if (values.active === !0 && (query.active = !0), values.type !== void 0) {
        if (vendor !== "halo") throw new UsageError(`--type is a halo option; ${vendor} does not take it`);
        let type = values.type;
        if (!haloListTypes.includes(type))
          throw new UsageError(`--type must be one of ${haloListTypes.join(", ")} (got "${type}")`);
        query.type = type;
      }
      return values.limit !== void 0 && (query.limit = parsePositiveInteger(values.limit, "--limit")), { command, vendor, query, options: parseCommonOptions(values) };
    }
    case "vendors": {
      let check = values.check === !0;
      if (!check && positionals.length > 0)
        throw new UsageError(
          `vendors takes no argument "${positionals[0]}" (to check its credentials: scanstat vendors --check ${positionals[0]})`
        );
      let vendors = positionals.map((word) => parseVendor(word, "vendors --check")), options2 = parseCommonOptions(values);
      if (options2.format === "junit") throw new UsageError("vendors cannot be written as junit");
      return { command, check, vendors, options: options2 };
    }
    case "demo":
      return noMorePositionals(positionals, command), { command, options: parseCommonOptions(values) };
    case "sandbox": {
      noMorePositionals(positionals, command);
      let options2 = parseCommonOptions(values), exportFile = values["export-file"], envFileAlias = values["env-file"];
      if (exportFile !== void 0 && envFileAlias !== void 0 && exportFile !== envFileAlias)
        throw new UsageError("--export-file and --env-file disagree: give one");
      let envFile = exportFile ?? envFileAlias;
      if (envFile === "") throw new UsageError("--export-file needs a file name");
      return {
        command,
        ...values.port !== void 0 ? { port: parsePort(values.port) } : {},
        ...envFile !== void 0 ? { envFile } : {},
        options: options2
      };
    }
    case "serve": {
      let serve = {
        command,
        refs: positionals.map(parseRef),
        options: parseCommonOptions(values)
      };
      return values.port !== void 0 && (serve.port = parsePort(values.port)), values.host !== void 0 && (serve.host = values.host), values.token !== void 0 && (serve.token = values.token), serve;
    }
    case "completion": {
      let [shell, ...rest] = positionals;
      if (shell === void 0) throw new UsageError(`completion needs a shell: ${completionShells.join(", ")}`);
      if (!completionShells.includes(shell))
        throw new UsageError(`completion knows ${completionShells.join(", ")} (got "${shell}")`);
      return noMorePositionals(rest, "completion"), { command, shell };
    }
  }
}

// ../apps/cli/src/run-cli.ts
init_usage_error();

// ../apps/cli/src/commands/cancel-command.ts
init_src();

// ../apps/cli/src/output/report-event.ts
init_src();
init_report_json();
function refFields(ref) {
  return { ref: { vendor: ref.vendor, id: ref.id }, refText: formatScanRef(ref) };
}
function formatNdjsonEvent(event) {
  let written = event.type === "update" ? { ...event, scan: reportableScan(event.scan) } : event;
  try {
    return `${stringifyJson(written)}
`;
  } catch (error) {
    let ref = "ref" in event ? event.ref : void 0, message = `this event could not be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
    return `${stringifyJson({ type: "error", ref, error: { code: "unserializable", message } })}
`;
  }
}

// ../apps/cli/src/commands/cancel-command.ts
init_usage_error();
init_error_text();
init_report_entry();
init_report_json();
init_prepare_adapters();

// ../apps/cli/src/output/atomic-write.ts
init_usage_error();
import { chmod, chown, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname as dirname2, join } from "node:path";

// ../apps/cli/src/output/output-target.ts
init_usage_error();
import { access, constants, lstat, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var errorCode2 = (error) => error.code ?? "error";
async function writableDirectory(path, option) {
  let directory = dirname(resolve(path));
  try {
    await access(directory, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${option} ${path}: cannot write in ${directory} (${errorCode2(error)})`);
  }
}
function kindOf(stats) {
  return stats.isDirectory() ? "a directory" : stats.isBlockDevice() ? "a block device" : stats.isSocket() ? "a socket" : "not a file";
}
async function resolveOutputTarget(path, option = "--output") {
  let link;
  try {
    link = await lstat(path);
  } catch (error) {
    if (errorCode2(error) !== "ENOENT") throw new UsageError(`${option} ${path}: cannot read it (${errorCode2(error)})`);
    return await writableDirectory(path, option), { kind: "replace", path };
  }
  let target = link;
  if (link.isSymbolicLink())
    try {
      target = await stat(path);
    } catch (error) {
      throw new UsageError(`${option} ${path} is a symlink to a missing file (${errorCode2(error)})`);
    }
  if (target.isCharacterDevice() || target.isFIFO()) return { kind: "through", path };
  if (!target.isFile()) throw new UsageError(`${option} ${path} is ${kindOf(target)}`);
  if ((target.mode & 146) === 0 || await access(path, constants.W_OK).then(
    () => !1,
    () => !0
  ))
    throw new UsageError(
      `${option} ${path} is read-only (mode ${(target.mode & 511).toString(8)}): scanstat does not replace it; make it writable or choose another file`
    );
  return link.isSymbolicLink() || target.nlink > 1 ? { kind: "through", path } : (await writableDirectory(path, option), { kind: "replace", path, existing: { mode: target.mode & 4095, uid: target.uid, gid: target.gid } });
}
async function checkOutputPath(path, option = "--output") {
  await resolveOutputTarget(path, option);
}

// ../apps/cli/src/output/atomic-write.ts
var errorCode3 = (error) => error.code ?? error.message;
async function writeFileAtomically(path, text6) {
  let target = await resolveOutputTarget(path);
  if (target.kind === "through")
    try {
      await writeFile(path, text6, { encoding: "utf8", flag: "w" });
      return;
    } catch (error) {
      throw new UsageError(`cannot write ${path} (${errorCode3(error)})`);
    }
  let { randomBytes: randomBytes2 } = await import("node:crypto"), temporary = join(dirname2(path), `.${basename(path)}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`), existing = target.existing;
  try {
    await writeFile(temporary, text6, { encoding: "utf8", mode: existing?.mode ?? 420, flag: "wx" }), existing && (await chmod(temporary, existing.mode), process.getuid?.() === 0 && await chown(temporary, existing.uid, existing.gid).catch(() => {
    })), await rename(temporary, path);
  } catch (error) {
    throw await rm(temporary, { force: !0 }).catch(() => {
    }), new UsageError(`cannot write ${path} (${errorCode3(error)})`);
  }
}

// ../apps/cli/src/commands/write-report.ts
async function writeReport(context, text6) {
  let { output } = context.config.options;
  output !== void 0 ? await writeFileAtomically(output, context.redact(text6)) : context.stdout.write(text6);
}

// ../apps/cli/src/commands/cancel-command.ts
async function cancelCommand(context, refs) {
  let format = context.config.options.format;
  if (format === "junit") throw new UsageError("cancel cannot be written as junit: use table, json or ndjson");
  let adapters = await prepareAdapters(context, refs, "cancel"), results = [], exitCode2 = ExitCode.pass;
  for (let ref of refs) {
    if (context.signal.aborted) break;
    try {
      await cancelScan(adapters.get(ref.vendor), ref.id, { signal: context.signal }), results.push({ ...refFields(ref), canceled: !0 });
    } catch (error) {
      if (context.signal.aborted) break;
      context.stderr.write(errorText(error, { verbose: context.config.options.verbose, ref })), results.push({ ...refFields(ref), canceled: !1, error: summarizeError(error) });
      let code2 = exitCodeForOutcome({ error });
      (code2 === ExitCode.usage || exitCode2 === ExitCode.pass) && (exitCode2 = code2);
    }
  }
  let text6;
  format === "json" ? text6 = `${stringifyJson(results, 2)}
` : format === "ndjson" ? text6 = results.map((result) => `${stringifyJson(result)}
`).join("") : text6 = results.map((result) => `${result.refText} ${result.canceled ? "cancel requested" : `error ${result.error?.code}`}
`).join(""), await writeReport(context, text6);
  let stop2 = context.runtime.stopSignal();
  return stop2 ? exitCodeForSignal(stop2) : exitCode2;
}

// ../apps/cli/src/commands/command-context.ts
init_src();

// ../apps/cli/src/output/colors.ts
import { styleText } from "node:util";
function createPainter(enabled) {
  return {
    enabled,
    // scanstat decides about colour itself (flags, NO_COLOR, the stream it writes to): no second guess.
    paint: (style, text6) => enabled && text6 !== "" ? styleText(style, text6, { validateStream: !1 }) : text6
  };
}
var noColors = createPainter(!1);
function colorEnabled(options2) {
  return options2.noColorFlag || (options2.env.NO_COLOR ?? "") !== "" || options2.env.TERM === "dumb" ? !1 : options2.isTTY;
}

// ../apps/cli/src/output/human-reporter.ts
init_src();
init_error_text();

// ../apps/cli/src/output/format-plain-line.ts
init_src();
init_report_entry();
init_sanitize_terminal_text();
function formatPlainLine(entry, now) {
  let parts = [refText(entry.ref)], { scan, error } = entry;
  if (!scan)
    return parts.push(error ? `error ${sanitizeTerminalText(error.code)}` : "not read"), parts.join(" ");
  parts.push(stateText(scan));
  let ratio = progressRatio(scan);
  ratio !== void 0 && !isTerminalState(scan.state) && parts.push(formatPercent(ratio));
  let verdict = verdictText(scan);
  verdict && parts.push(verdict);
  let details = resultDetails(scan.result);
  if (details && parts.push(details), isTerminalState(scan.state)) {
    let elapsed = scanElapsedMs(scan, now);
    elapsed !== void 0 && parts.push(`in ${formatDuration(elapsed)}`);
  }
  error && parts.push(`error ${sanitizeTerminalText(error.code)}`);
  let message = scanMessage(scan);
  return message && parts.push(`\u2014 ${sanitizeTerminalText(message)}`), parts.join(" ");
}

// ../apps/cli/src/output/live-table.ts
var ansiPattern = /\u001b\[[0-9;]*m/g;
function stripAnsi(text6) {
  return text6.replace(ansiPattern, "");
}
function fitLine(line, columns) {
  if (!columns || columns < 10) return line;
  let plain = stripAnsi(line);
  return plain.length < columns ? line : `${plain.slice(0, columns - 2)}\u2026`;
}
var LiveTable = class {
  #stdout;
  #render;
  #drawnLines = 0;
  constructor(stdout, render) {
    this.#stdout = stdout, this.#render = render;
  }
  #erase() {
    return this.#drawnLines > 0 ? `\x1B[${this.#drawnLines}A\r\x1B[J` : "";
  }
  draw() {
    let lines = this.#render().map((line) => fitLine(line, this.#stdout.columns));
    this.#stdout.write(`${this.#erase()}${lines.join(`
`)}
`), this.#drawnLines = lines.length;
  }
  /** Prints `text` (whole lines) on `output` above the table, then draws the table again below it. */
  printAbove(output, text6) {
    this.#drawnLines > 0 && this.#stdout.write(this.#erase()), this.#drawnLines = 0, output.write(text6), this.draw();
  }
};

// ../apps/cli/src/output/human-reporter.ts
init_report_entry();

// ../apps/cli/src/output/render-scan-table.ts
init_sanitize_terminal_text();
function stateStyle(scan) {
  switch (scan.state) {
    case "queued":
      return "gray";
    case "running":
      return "cyan";
    case "canceling":
    case "unknown":
      return "yellow";
    case "completed":
      return;
    case "failed":
      return "red";
    default:
      return "magenta";
  }
}
var verdictStyles = {
  pass: "green",
  warn: "yellow",
  fail: "red",
  error: "magenta",
  "no verdict": "magenta"
};
function cellsFor(entry, now) {
  let { scan, error } = entry, vendor = { text: entry.ref.vendor }, id = { text: sanitizeTerminalText(entry.ref.id) };
  if (!scan)
    return [
      vendor,
      id,
      { text: error ? "error" : "\u2026", style: "red" },
      { text: "" },
      { text: "" },
      { text: "" },
      { text: sanitizeTerminalText(error?.code ?? "") }
    ];
  let ratio = progressRatio(scan), elapsed = scanElapsedMs(scan, now), verdict = verdictText(scan, { short: !0 }), message = sanitizeTerminalText(scanMessage(scan)), details = [resultDetails(scan.result), message, error ? sanitizeTerminalText(error.code) : ""].filter((part) => part !== "").join("; "), state = { text: stateText(scan) }, style = error ? "red" : stateStyle(scan);
  style && (state.style = style);
  let verdictCell = { text: verdict }, verdictStyle = verdictStyles[scan.result?.verdict ?? verdict];
  return verdictStyle && (verdictCell.style = verdictStyle), [
    vendor,
    id,
    state,
    { text: ratio !== void 0 ? progressBar(ratio) : "" },
    { text: elapsed !== void 0 ? formatDuration(elapsed) : "" },
    verdictCell,
    { text: details }
  ];
}
var headers2 = ["VENDOR", "SCAN", "STATE", "PROGRESS", "ELAPSED", "VERDICT", "FINDINGS"];
function renderScanTable(entries, options2) {
  let rows = entries.map((entry) => cellsFor(entry, options2.now)), widths = headers2.map(
    (header, column) => Math.max(header.length, ...rows.map((row2) => row2[column]?.text.length ?? 0))
  ), line = (cells, paintAll) => cells.map((cell, column) => {
    let padded = column === cells.length - 1 ? cell.text : cell.text.padEnd(widths[column] ?? 0), style = paintAll ?? cell.style;
    return style ? options2.painter.paint(style, padded) : padded;
  }).join("  ").trimEnd();
  return [
    line(
      headers2.map((text6) => ({ text: text6 })),
      "bold"
    ),
    ...rows.map((row2) => line(row2))
  ];
}

// ../apps/cli/src/output/human-reporter.ts
init_sanitize_terminal_text();
var tallyOrder = [
  "pass",
  "warn",
  "warn (partial evidence)",
  "fail",
  "fail (partial evidence)",
  "no verdict",
  "not finished",
  "unreadable"
];
function tally(entries) {
  let counts = new Map(tallyOrder.map((word) => [word, 0]));
  for (let { scan, error } of entries) {
    let word;
    error || !scan ? word = "unreadable" : isTerminalState(scan.state) ? scan.state !== "completed" || !scan.result?.verdict || scan.result.verdict === "error" ? word = "no verdict" : word = verdictText(scan) : word = "not finished", counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, count2]) => count2 > 0).map(([word, count2]) => `${count2} ${word}`).join(", ");
}
function createHumanReporter(options2) {
  let { stdout, stderr, painter, clock } = options2, entries = /* @__PURE__ */ new Map(), lastLines = /* @__PURE__ */ new Map(), entry = (ref) => {
    let key = formatScanRef(ref), found = entries.get(key);
    return found || (found = { ref }, entries.set(key, found)), found;
  }, table = options2.mode === "live" ? new LiveTable(stdout, () => renderScanTable([...entries.values()], { now: clock.now(), painter })) : void 0, ticker = table ? setInterval(() => table.draw(), 1e3) : void 0;
  ticker?.unref?.();
  let note = (text6) => {
    table ? table.printAbove(stderr, text6) : stderr.write(text6);
  };
  table && options2.routeNotes?.(note);
  let streamLine = (current, force = !1) => {
    if (options2.mode !== "stream") return;
    let line = formatPlainLine(current, clock.now()), key = formatScanRef(current.ref);
    !force && lastLines.get(key) === line || (lastLines.set(key, line), stdout.write(`${line}
`));
  };
  return {
    triggered(ref) {
      entry(ref), options2.mode === "live" ? table?.draw() : options2.announceTriggered ? stdout.write(`${refText(ref)} triggered
`) : stderr.write(`scanstat: triggered ${refText(ref)}
`);
    },
    update(ref, scan) {
      let current = entry(ref);
      current.scan = scan, current.error = void 0, streamLine(current), table?.draw();
    },
    unknownState(ref, scan) {
      entry(ref), options2.quiet || note(
        `scanstat: warning: ${refText(ref)} reports the state "${sanitizeTerminalText(scan.vendorState)}", which this version does not know; still watching
`
      );
    },
    retrying(ref, error) {
      options2.verbose && note(
        `scanstat: ${refText(ref)}: will look again after: ${sanitizeTerminalText(summarizeError(error).message)}
`
      );
    },
    problem(ref, error) {
      let current = entry(ref);
      current.error = summarizeError(error), note(errorText(error, { verbose: options2.verbose, ref })), streamLine(current);
    },
    async finish(end) {
      ticker && clearInterval(ticker), table && options2.routeNotes?.(void 0), entries.clear();
      for (let finished of end.entries) entries.set(formatScanRef(finished.ref), { ...finished });
      let ordered = [...entries.values()];
      switch (options2.mode) {
        case "live":
          table?.draw();
          break;
        case "stream":
          for (let current of ordered)
            (end.reason === "aborted" || !lastLines.has(formatScanRef(current.ref))) && streamLine(current, !0);
          break;
        case "final": {
          let lines = stdout.isTTY ? renderScanTable(ordered, { now: clock.now(), painter }) : ordered.map((current) => formatPlainLine(current, clock.now()));
          ordered.length > 0 && stdout.write(`${lines.join(`
`)}
`);
          break;
        }
        case "off":
          break;
      }
      if (options2.summary && !options2.quiet && ordered.length > 0) {
        let stopped = end.reason === "timeout" ? " (timed out)" : end.reason === "aborted" ? " (interrupted)" : "";
        stderr.write(
          `scanstat: ${ordered.length} scan${ordered.length === 1 ? "" : "s"}: ${tally(ordered)}${stopped}; exit ${end.exitCode}
`
        );
      }
    }
  };
}

// ../apps/cli/src/output/report-sink.ts
function stdoutSink(stdout) {
  return { write: (text6) => stdout.write(text6), close: async () => {
  } };
}
function fileSink(path, redact) {
  let buffer = "";
  return {
    write: (text6) => {
      buffer += text6;
    },
    close: () => writeFileAtomically(path, redact(buffer))
  };
}

// ../apps/cli/src/output/scan-reporter.ts
function combineReporters(reporters) {
  return {
    triggered: (ref) => {
      for (let reporter of reporters) reporter.triggered(ref);
    },
    update: (ref, scan, previous) => {
      for (let reporter of reporters) reporter.update(ref, scan, previous);
    },
    unknownState: (ref, scan) => {
      for (let reporter of reporters) reporter.unknownState(ref, scan);
    },
    retrying: (ref, error) => {
      for (let reporter of reporters) reporter.retrying(ref, error);
    },
    problem: (ref, error) => {
      for (let reporter of reporters) reporter.problem(ref, error);
    },
    finish: async (end) => {
      let failed = (await Promise.allSettled(reporters.map((reporter) => reporter.finish(end)))).find((result) => result.status === "rejected");
      if (failed) throw failed.reason;
    }
  };
}

// ../apps/cli/src/output/structured-reporter.ts
init_format_json();

// ../apps/cli/src/output/format-junit.ts
init_src();
init_sanitize_terminal_text();
function escapeXml(text6) {
  return text6.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, escapeCharacter).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
var seconds = (ms) => (ms / 1e3).toFixed(3);
function testCaseFor(entry, now, notReadMessage) {
  let { scan, error } = entry, testCase = { name: scan?.name ? `${formatScanRef(entry.ref)} (${scan.name})` : formatScanRef(entry.ref), classname: entry.ref.vendor, timeMs: 0, output: [] };
  if (scan) {
    testCase.timeMs = scanElapsedMs(scan, now) ?? 0, testCase.output.push(`state: ${stateWords(scan)}`);
    let verdict2 = verdictText(scan);
    verdict2 && testCase.output.push(`verdict: ${verdict2}`);
    let evidence = evidenceText(scan.result);
    evidence && testCase.output.push(`evidence: ${evidence}`);
    let details = resultDetails(scan.result);
    details && testCase.output.push(details);
    let message = scanMessage(scan);
    message && testCase.output.push(`message: ${message}`), scan.url && testCase.output.push(`url: ${scan.url}`);
  }
  if (error)
    return testCase.outcome = { element: "error", type: error.code, message: error.message }, testCase;
  if (!scan)
    return testCase.outcome = { element: "skipped", message: notReadMessage }, testCase;
  if (!isTerminalState(scan.state))
    return testCase.outcome = {
      element: "skipped",
      message: `not finished when scanstat stopped looking: ${stateWords(scan)}`
    }, testCase;
  let verdict = scan.result?.verdict;
  if (scan.state === "completed" && verdict === "fail") {
    let details = resultDetails(scan.result);
    testCase.outcome = {
      element: "failure",
      type: "fail",
      message: `verdict ${verdictText(scan)}${details ? `: ${details}` : ""}`
    };
  } else if (scan.state !== "completed" || verdict === "error" || verdict === void 0) {
    let why = scanMessage(scan) || (scan.result?.evidence?.gaps ?? []).join("; ");
    testCase.outcome = {
      element: "error",
      type: scan.state === "completed" ? verdict ?? "no-verdict" : scan.state,
      message: `scan ended without a verdict: ${stateWords(scan)}${verdict ? `, verdict ${verdict}` : ""}${why ? `: ${why}` : ""}`
    };
  }
  return testCase;
}
function formatJunitReport(entries, options2) {
  let notRead = options2.notReadMessage ?? "not read before scanstat stopped", cases = entries.map((entry) => testCaseFor(entry, options2.now, notRead)), count2 = (element) => cases.filter((testCase) => testCase.outcome?.element === element).length, totalMs = cases.reduce((sum, testCase) => sum + testCase.timeMs, 0), totals = `tests="${cases.length}" failures="${count2("failure")}" errors="${count2("error")}" skipped="${count2("skipped")}" time="${seconds(totalMs)}"`, lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="scanstat" ${totals}>`,
    `  <testsuite name="scanstat" ${totals}>`
  ];
  for (let testCase of cases) {
    lines.push(
      `    <testcase name="${escapeXml(testCase.name)}" classname="${escapeXml(testCase.classname)}" time="${seconds(testCase.timeMs)}">`
    );
    let outcome = testCase.outcome;
    if (outcome) {
      let type = outcome.type !== void 0 ? ` type="${escapeXml(outcome.type)}"` : "";
      lines.push(`      <${outcome.element} message="${escapeXml(outcome.message)}"${type}/>`);
    }
    testCase.output.length > 0 && lines.push(`      <system-out>${escapeXml(testCase.output.join(`
`))}</system-out>`), lines.push("    </testcase>");
  }
  return lines.push("  </testsuite>", "</testsuites>", ""), lines.join(`
`);
}

// ../apps/cli/src/output/structured-reporter.ts
init_report_entry();
function createStructuredReporter(format, sink, options2) {
  let emit = (event) => {
    format === "ndjson" && sink.write(formatNdjsonEvent(event));
  };
  return {
    triggered: (ref) => emit({ type: "triggered", ...refFields(ref) }),
    update: (ref, scan, previous) => emit({
      type: "update",
      ...refFields(ref),
      ...previous ? { previousState: previous.state } : {},
      scan
    }),
    unknownState: (ref, scan) => emit({ type: "unknown-state", ...refFields(ref), vendorState: scan.vendorState }),
    retrying: (ref, error) => emit({ type: "retrying", ...refFields(ref), error: summarizeError(error) }),
    problem: (ref, error) => emit({ type: "error", ...refFields(ref), error: summarizeError(error) }),
    async finish(end) {
      let now = options2.clock.now();
      switch (format) {
        case "json":
          sink.write(formatJsonReport(end.entries));
          break;
        case "junit":
          sink.write(formatJunitReport(end.entries, { now }));
          break;
        case "ndjson":
          emit({
            type: "end",
            reason: end.reason,
            exitCode: end.exitCode,
            results: end.entries.map(({ ref, scan, error }) => ({
              ...refFields(ref),
              ...scan ? { state: scan.state } : {},
              ...scan?.result?.verdict ? { verdict: scan.result.verdict } : {},
              ...scan?.result ? { evidence: scan.result.evidence } : {},
              ...error ? { error } : {}
            }))
          });
          break;
        case "table": {
          let lines = end.entries.length > 0 ? renderScanTable(end.entries, { now, painter: noColors }) : [];
          sink.write(
            lines.length > 0 ? `${lines.join(`
`)}
` : end.entries.map((entry) => formatPlainLine(entry, now)).join(`
`)
          );
          break;
        }
      }
      await sink.close();
    }
  };
}

// ../apps/cli/src/output/create-reporter.ts
function createReporter(context) {
  let { stdout, options: options2 } = context, format = options2.format ?? "table", structuredOnStdout = format !== "table" && options2.output === void 0, mode;
  structuredOnStdout || options2.output !== void 0 && options2.quiet ? mode = "off" : context.activity === "once" || options2.quiet ? mode = "final" : mode = stdout.isTTY ? "live" : "stream";
  let painter = createPainter(colorEnabled({ isTTY: stdout.isTTY, noColorFlag: options2.noColor, env: context.env })), reporters = [
    createHumanReporter({
      stdout,
      stderr: context.stderr,
      painter,
      clock: context.clock,
      mode,
      quiet: options2.quiet,
      verbose: options2.verbose,
      summary: context.activity === "follow",
      announceTriggered: !structuredOnStdout,
      ...context.routeNotes ? { routeNotes: context.routeNotes } : {}
    })
  ];
  if (format !== "table" || options2.output !== void 0) {
    let sink = options2.output !== void 0 ? fileSink(options2.output, context.redact) : stdoutSink(stdout);
    reporters.push(createStructuredReporter(format, sink, { clock: context.clock }));
  }
  return combineReporters(reporters);
}

// ../apps/cli/src/commands/missing-credentials.ts
init_src();
function missingVariablesOf(vendor, variables) {
  return requiredVariables(vendor, variables).filter((variable) => !variables[variable.name]?.trim());
}
function missingCredentialsError(vendors, variables) {
  let lacking = [...new Set(vendors)].map((vendor) => ({ vendor, missing: missingVariablesOf(vendor, variables) })).filter(({ missing }) => missing.length > 0);
  if (lacking.length === 0) return;
  let parts = lacking.map(({ vendor, missing }) => {
    let names = missing.map((variable) => `${variable.name} (${variable.description})`), list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
    return `${vendor} needs ${list}`;
  });
  return new ConfigError(
    `missing credentials: ${parts.join("; ")}. Set them in the environment or the config file (scanstat vendors shows what is set)`,
    lacking.length === 1 ? { vendor: lacking[0].vendor } : {}
  );
}

// ../apps/cli/src/job-summary/job-summary-reporter.ts
import { appendFile } from "node:fs/promises";
function createJobSummaryReporter(options2) {
  let ignore = () => {
  };
  return {
    triggered: ignore,
    update: ignore,
    unknownState: ignore,
    retrying: ignore,
    problem: ignore,
    async finish(end) {
      let markdown = formatJobSummary(end.entries, { exitCode: end.exitCode, command: options2.command });
      try {
        await appendFile(options2.path, options2.redact(markdown), "utf8");
      } catch (error) {
        let code2 = error.code ?? "error";
        options2.note(`scanstat: cannot write the job summary (GITHUB_STEP_SUMMARY, ${code2})
`);
      }
    }
  };
}

// ../apps/cli/src/commands/command-context.ts
init_sanitize_terminal_text();
function formatTrace(event) {
  let outcome = event.status !== void 0 ? String(event.status) : event.error ?? "no answer", attempt = event.attempt > 1 ? ` (attempt ${event.attempt})` : "", retry2 = event.retryInMs !== void 0 ? `; next try in ${event.retryInMs} ms` : "", url = sanitizeTerminalText(redactUrlUserinfo(event.url));
  return `scanstat: ${sanitizeTerminalText(`${event.vendor} ${event.operation} ${event.method}`)} ${url} \u2192 ${sanitizeTerminalText(outcome)} in ${event.durationMs} ms${attempt}${retry2}
`;
}
function vendorSettings(common, config2, vendor) {
  let rateLimits = adapterRateLimits(config2.rateLimits[vendor]);
  return rateLimits ? { ...common, rateLimits } : common;
}
function secretsOf(variables, secretValues) {
  let secrets = [...secretValues], id = variables.SODA_API_KEY_ID, secret = variables.SODA_API_KEY_SECRET;
  id && secret && secrets.push(...basicAuthSecrets(id, secret));
  for (let value of Object.values(variables))
    value.includes("@") && secrets.push(...urlUserinfoSecrets(value));
  return secrets.sort((a, b) => b.length - a.length);
}
function observingReporter(command, observe) {
  let ignore = () => {
  };
  return {
    triggered: ignore,
    update: ignore,
    unknownState: ignore,
    retrying: ignore,
    problem: ignore,
    finish: async (end) => observe({ ...end, command })
  };
}
function createCommandContext(options2) {
  let { runtime, config: config2 } = options2, clock = options2.clock ?? runtime.clock, variables = options2.variables ?? config2.env, limiter = options2.limiter ?? createSlidingWindowLimiter(clock), adapters = /* @__PURE__ */ new Map(), noteRoute, note = (text6) => noteRoute ? noteRoute(text6) : options2.stderr.write(text6), redact = (text6) => redactSecrets(text6, config2.secrets), common = {
    clock,
    limiter,
    requestTimeoutMs: config2.options.requestTimeoutMs,
    ...options2.fetch ? { fetch: options2.fetch } : {},
    ...config2.options.severityPolicy ? { severityPolicy: config2.options.severityPolicy } : {},
    ...config2.options.verbose || options2.onTrace ? {
      onTrace: (event) => {
        options2.onTrace?.(event), config2.options.verbose && note(formatTrace(event));
      }
    } : {}
  }, context = {
    runtime,
    stdout: options2.stdout,
    stderr: options2.stderr,
    config: config2,
    clock,
    signal: runtime.signal,
    adapter(vendor) {
      let adapter = adapters.get(vendor);
      if (!adapter) {
        let missing = missingCredentialsError([vendor], variables);
        if (missing) return Promise.reject(missing);
        adapter = runtime.loadVendor(vendor).then((module) => module.createAdapter(variables, vendorSettings(common, config2, vendor))), adapters.set(vendor, adapter);
      }
      return adapter;
    },
    requireCredentials(vendors) {
      let missing = missingCredentialsError(vendors, variables);
      if (missing) throw missing;
    },
    async checkCredentials(vendor) {
      return (await runtime.loadVendor(vendor)).checkCredentials(variables, vendorSettings(common, config2, vendor), { signal: runtime.signal });
    },
    note,
    routeNotes: (route) => {
      noteRoute = route;
    },
    reporter: (activity, summary) => {
      let reporters = [
        createReporter({
          stdout: options2.stdout,
          stderr: options2.stderr,
          routeNotes: context.routeNotes,
          clock,
          env: runtime.env,
          options: config2.options,
          activity,
          redact
        })
      ], summaryPath = runtime.env.GITHUB_STEP_SUMMARY;
      return summary && summaryPath && reporters.push(createJobSummaryReporter({ path: summaryPath, command: summary.command, redact, note })), summary && runtime.observeReport && reporters.push(observingReporter(summary.command, runtime.observeReport)), combineReporters(reporters);
    },
    redact
  };
  return context;
}

// ../apps/cli/src/commands/check-vendors.ts
init_src();
function missingVariables(vendor, variables) {
  return missingVariablesOf(vendor, variables).map((variable) => variable.name);
}
function stateOfError(error) {
  if (!ScanstatError.isInstance(error)) return "failed";
  switch (error.code) {
    case "auth":
    case "permission":
      return "refused";
    case "network":
    case "timeout":
      return "unreachable";
    case "config":
      return "not configured";
    default:
      return "failed";
  }
}
async function checkVendor(context, vendor) {
  let missing = missingVariables(vendor, context.config.env);
  if (missing.length > 0) return { vendor, state: "not configured", detail: `${missing.join(", ")} not set` };
  try {
    let account = await context.checkCredentials(vendor);
    return account ? { vendor, state: "ok", detail: account } : { vendor, state: "ok" };
  } catch (error) {
    let status = ScanstatError.isInstance(error) ? error.status : void 0, message = error instanceof Error ? error.message.split(`
`)[0] : String(error);
    return {
      vendor,
      state: stateOfError(error),
      detail: context.redact(message),
      ...status !== void 0 ? { status } : {}
    };
  }
}
var stateColors = {
  ok: "green",
  refused: "red",
  unreachable: "red",
  failed: "red",
  "not configured": "yellow"
};
async function checkVendorsCommand(context, named) {
  let vendors = named.length > 0 ? [...new Set(named)] : vendorIds.filter((vendor) => missingVariables(vendor, context.config.env).length === 0), checks = await Promise.all(vendors.map((vendor) => checkVendor(context, vendor)));
  if (named.length === 0) {
    for (let vendor of vendorIds)
      vendors.includes(vendor) || checks.push({
        vendor,
        state: "not configured",
        detail: `${missingVariables(vendor, context.config.env).join(", ")} not set`
      });
    checks.sort((a, b) => vendorIds.indexOf(a.vendor) - vendorIds.indexOf(b.vendor));
  }
  let { format, output, noColor } = context.config.options, text6;
  if (format === "json") text6 = `${JSON.stringify(checks, null, 2)}
`;
  else if (format === "ndjson") text6 = checks.map((check) => `${JSON.stringify(check)}
`).join("");
  else {
    let painter = createPainter(
      colorEnabled({
        isTTY: context.stdout.isTTY && output === void 0,
        noColorFlag: noColor,
        env: context.runtime.env
      })
    ), vendorWidth = Math.max(...checks.map((check) => check.vendor.length)), stateWidth = Math.max(...checks.map((check) => check.state.length));
    text6 = checks.map((check) => {
      let state = painter.paint(stateColors[check.state], check.state.padEnd(stateWidth));
      return `${check.vendor.padEnd(vendorWidth)}  ${state}  ${check.detail ?? ""}`.trimEnd();
    }).map((line) => `${line}
`).join("");
  }
  return await writeReport(context, text6), vendors.length === 0 ? (context.stderr.write(`scanstat: no vendor has credentials set: nothing was checked (see scanstat vendors)
`), ExitCode.statusUnknown) : checks.filter((check) => vendors.includes(check.vendor)).every((check) => check.state === "ok") ? ExitCode.pass : ExitCode.statusUnknown;
}

// ../apps/cli/src/commands/completion-command.ts
init_src();
var commands = commandNames.filter((name) => name !== "help"), vendorWords = [...vendorIds, "pd"], severities2 = ["critical", "high", "medium", "low", "info", "none"];
function flagsOf(command) {
  return Object.keys(optionsByCommand[command]).map((name) => `--${name}`);
}
var valueChoices = {
  format: outputFormats,
  "fail-on": severities2,
  "warn-on": severities2,
  type: haloListTypes
};
function bashScript() {
  let cases = commands.map((command) => `    ${command}) flags="${flagsOf(command).join(" ")}" ;;`).join(`
`);
  return `# scanstat bash completion: eval "$(scanstat completion bash)"
_scanstat() {
  local cur prev command flags
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  command="\${COMP_WORDS[1]}"
  case "$prev" in
${Object.entries(valueChoices).map(([name, choices]) => `    --${name}) COMPREPLY=( $(compgen -W "${choices.join(" ")}" -- "$cur") ); return ;;`).join(`
`)}
    --output|--config|-o) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.join(" ")} --help --version" -- "$cur") )
    return
  fi
  case "$command" in
${cases}
    *) flags="" ;;
  esac
  case "$command" in
    trigger|list) if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=( $(compgen -W "${vendorWords.join(" ")}" -- "$cur") ); return; fi ;;
    completion) COMPREPLY=( $(compgen -W "bash zsh fish" -- "$cur") ); return ;;
  esac
  COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
}
complete -F _scanstat scanstat
`;
}
function zshScript() {
  let cases = commands.map(
    (command) => `    ${command}) _values 'option' ${flagsOf(command).map((flag) => `'${flag}'`).join(" ")} ;;`
  ).join(`
`);
  return `#compdef scanstat
# scanstat zsh completion: scanstat completion zsh > "\${fpath[1]}/_scanstat"
_scanstat() {
  if (( CURRENT == 2 )); then
    _values 'command' ${commands.map((command) => `'${command}'`).join(" ")}
    return
  fi
  case "\${words[2]}" in
    trigger|list) if (( CURRENT == 3 )); then _values 'vendor' ${vendorWords.map((vendor) => `'${vendor}'`).join(" ")}; return; fi ;;
    completion) _values 'shell' 'bash' 'zsh' 'fish'; return ;;
  esac
  case "\${words[CURRENT-1]}" in
${Object.entries(valueChoices).map(
    ([name, choices]) => `    --${name}) _values '${name}' ${choices.map((choice) => `'${choice}'`).join(" ")}; return ;;`
  ).join(`
`)}
    --output|--config|-o) _files; return ;;
  esac
  case "\${words[2]}" in
${cases}
  esac
}
compdef _scanstat scanstat
`;
}
function fishScript() {
  let lines = [
    "# scanstat fish completion: scanstat completion fish > ~/.config/fish/completions/scanstat.fish",
    "complete -c scanstat -f",
    `complete -c scanstat -n __fish_use_subcommand -a "${commands.join(" ")}"`,
    `complete -c scanstat -n "__fish_seen_subcommand_from trigger list" -a "${vendorWords.join(" ")}"`,
    'complete -c scanstat -n "__fish_seen_subcommand_from completion" -a "bash zsh fish"'
  ];
  for (let command of commands)
    for (let [name, option] of Object.entries(optionsByCommand[command])) {
      let choices = valueChoices[name], needsValue = "valueName" in option, argument = choices ? ` -x -a "${choices.join(" ")}"` : needsValue ? " -r" : "";
      lines.push(
        `complete -c scanstat -n "__fish_seen_subcommand_from ${command}" -l ${name}${argument} -d ${JSON.stringify(option.description)}`
      );
    }
  return `${lines.join(`
`)}
`;
}
function completionScript(shell) {
  switch (shell) {
    case "bash":
      return bashScript();
    case "zsh":
      return zshScript();
    case "fish":
      return fishScript();
  }
}

// ../apps/cli/src/commands/demo-command.ts
init_src();

// ../apps/cli/src/commands/follow-scans.ts
init_src();
init_report_entry();
async function followScans(context, refs, reporter) {
  let { options: options2 } = context.config, events = watchScans((vendor) => context.adapter(vendor), refs, {
    clock: context.clock,
    signal: context.signal,
    ...options2.intervalMs !== void 0 ? { intervalMs: options2.intervalMs } : {},
    ...options2.timeoutMs !== void 0 ? { timeoutMs: options2.timeoutMs } : {}
  });
  for await (let event of events)
    switch (event.type) {
      case "update":
        reporter.update(event.ref, event.scan, event.previous);
        break;
      case "unknown-state":
        reporter.unknownState(event.ref, event.scan);
        break;
      case "retrying":
        reporter.retrying(event.ref, event.error);
        break;
      case "error":
        reporter.problem(event.ref, event.error);
        break;
      case "end": {
        let entries = event.results.map((result) => ({
          ref: result.ref,
          scan: result.scan,
          error: result.error ? summarizeError(result.error) : void 0
        })), stop2 = context.runtime.stopSignal(), exitCode2 = event.reason === "aborted" && stop2 ? exitCodeForSignal(stop2) : exitCodeForOutcomes(event.results, { okOnWarn: options2.okOnWarn });
        return { entries, reason: event.reason, exitCode: exitCode2 };
      }
    }
  return {
    entries: refs.map((ref) => ({ ref })),
    reason: "aborted",
    exitCode: exitCodeForSignal(context.runtime.stopSignal() ?? "SIGINT")
  };
}

// ../apps/cli/src/commands/demo-command.ts
var demoTimeFactor = 60, demoDurationMs = 8 * 6e4, demoQueuedMs = 6e4, demoOutcomes = {
  soda: ["pass", "warn"],
  projectdiscovery: ["fail"],
  telmai: ["pass"],
  halo: ["warn"]
}, telmaiClassicScan = { assetId: "orders" }, demoTriggers = [
  { vendor: "soda", input: { definition: "orders_checks" } },
  { vendor: "soda", input: { definition: "customers_checks" } },
  { vendor: "projectdiscovery", input: { targets: ["shop.example.com"], name: "shop exposure scan" } },
  { vendor: "telmai", input: {} },
  { vendor: "telmai", input: telmaiClassicScan },
  { vendor: "halo", input: { targetId: 2 } }
];
async function demoCommand(context) {
  let { createScaledClock: createScaledClock2 } = await Promise.resolve().then(() => (init_testing(), testing_exports)), clock = createScaledClock2(demoTimeFactor), simulators = await context.runtime.startSimulators({
    clock,
    outcomes: demoOutcomes,
    durationMs: demoDurationMs,
    queuedMs: demoQueuedMs,
    port: 0
  });
  try {
    context.config.options.quiet || context.stderr.write(
      `scanstat demo: simulated Soda, ProjectDiscovery, Telmai and Halo on ${simulators.url} (time \xD7${demoTimeFactor}; no account, nothing leaves this machine)
`
    );
    let config2 = {
      ...context.config,
      env: simulators.env,
      secrets: secretsOf(simulators.env, []),
      // The simulators enforce scanstat's default budgets; the user's overrides are for their vendors.
      rateLimits: {}
    }, demo = createCommandContext({
      runtime: context.runtime,
      stdout: context.stdout,
      stderr: context.stderr,
      config: config2,
      clock,
      variables: simulators.env
    }), reporter = demo.reporter("follow"), refs = [];
    for (let { vendor, input } of demoTriggers) {
      if (context.signal.aborted) break;
      let ref = await triggerScan(await demo.adapter(vendor), input, { signal: context.signal });
      reporter.triggered(ref), refs.push(ref);
    }
    let result = await followScans(demo, refs, reporter), stop2 = context.runtime.stopSignal(), exitCode2 = stop2 ? exitCodeForSignal(stop2) : 0;
    return await reporter.finish({ ...result, exitCode: exitCode2 }), exitCode2;
  } finally {
    await simulators.close();
  }
}

// ../apps/cli/src/commands/list-command.ts
init_src();
init_usage_error();
init_format_json();
init_report_json();

// ../apps/cli/src/commands/read-deadline.ts
init_src();
function startReadDeadline(context, what) {
  let timeoutMs = context.config.options.timeoutMs;
  if (timeoutMs === void 0) return { signal: context.signal, expired: () => {
  }, dispose: () => {
  } };
  let controller = new AbortController(), timedOut, onInterrupt = () => controller.abort(context.signal.reason);
  context.signal.aborted ? onInterrupt() : context.signal.addEventListener("abort", onInterrupt, { once: !0 });
  let stopTimer = new AbortController();
  return context.clock.sleep(timeoutMs, stopTimer.signal).then(
    () => {
      timedOut = new TimeoutError(`${what}: no complete answer within --timeout ${timeoutMs / 1e3} s`), controller.abort(timedOut);
    },
    () => {
    }
  ), {
    signal: controller.signal,
    expired: () => timedOut,
    dispose: () => {
      stopTimer.abort(), context.signal.removeEventListener("abort", onInterrupt);
    }
  };
}

// ../apps/cli/src/commands/list-command.ts
async function listCommand(context, vendor, query) {
  let { format, output, noColor } = context.config.options;
  if (format === "junit") throw new UsageError("list cannot be written as junit: use table, json or ndjson");
  let adapter = await context.adapter(vendor), limit = query.limit ?? Number.POSITIVE_INFINITY, scans = [], deadline = startReadDeadline(context, `list ${vendor}`), failure2;
  try {
    for await (let scan of listScans(adapter, query, { signal: deadline.signal }))
      if (scans.push(scan), scans.length >= limit) break;
  } catch (error) {
    context.runtime.stopSignal() || (failure2 = deadline.expired() ?? error);
  } finally {
    deadline.dispose();
  }
  let entries = scans.map((scan) => ({ ref: scan.ref, scan })), now = context.clock.now(), text6;
  switch (format) {
    case "json":
      text6 = formatJsonReport(entries);
      break;
    case "ndjson":
      text6 = scans.map((scan) => `${serializeReportElement(reportableScan(scan), scan.ref)}
`).join("");
      break;
    default: {
      let table = context.stdout.isTTY && output === void 0, painter = createPainter(colorEnabled({ isTTY: table, noColorFlag: noColor, env: context.runtime.env })), lines = table ? renderScanTable(entries, { now, painter }) : entries.map((entry) => formatPlainLine(entry, now));
      text6 = entries.length > 0 ? `${lines.join(`
`)}
` : "", entries.length === 0 && failure2 === void 0 && !context.runtime.stopSignal() && !context.config.options.quiet && context.stderr.write(`scanstat: no ${vendor} scans found
`);
    }
  }
  if (await writeReport(context, text6), failure2 !== void 0) throw failure2;
  let stop2 = context.runtime.stopSignal();
  return stop2 ? exitCodeForSignal(stop2) : 0;
}

// ../apps/cli/src/commands/logs-command.ts
init_src();
init_error_text();
init_report_json();
init_sanitize_terminal_text();
function plainLogLine(line) {
  return `${[line.timestamp, line.level?.toUpperCase(), line.message].filter(
    (part) => typeof part == "string" && part !== ""
  ).map(sanitizeTerminalText).join(" ")}
`;
}
async function logsCommand(context, ref) {
  let adapter = await context.adapter(ref.vendor), deadline = startReadDeadline(context, `logs ${formatScanRef(ref)}`), lines;
  try {
    lines = getLogs(adapter, ref.id, { signal: deadline.signal });
  } catch (error) {
    return deadline.dispose(), context.stderr.write(errorText(error, { verbose: context.config.options.verbose, ref })), exitCodeForOutcome({ error });
  }
  let { format, output } = context.config.options, sink = output !== void 0 ? fileSink(output, context.redact) : stdoutSink(context.stdout), collected = [];
  try {
    for await (let line of lines)
      format === "json" ? collected.push(line) : format === "ndjson" ? sink.write(`${stringifyJson(line)}
`) : sink.write(plainLogLine(line));
  } catch (error) {
    if (!context.runtime.stopSignal()) {
      format === "json" && sink.write(`${stringifyJson(collected, 2)}
`), await sink.close();
      let failure2 = deadline.expired() ?? error;
      return context.stderr.write(errorText(failure2, { verbose: context.config.options.verbose, ref })), exitCodeForOutcome({ error: failure2 });
    }
  } finally {
    deadline.dispose();
  }
  format === "json" && sink.write(`${stringifyJson(collected, 2)}
`), await sink.close();
  let stop2 = context.runtime.stopSignal();
  return stop2 ? exitCodeForSignal(stop2) : 0;
}

// ../apps/cli/src/commands/sandbox-command.ts
init_usage_error();
import { rm as rm2 } from "node:fs/promises";
var defaultSandboxPort = 4100, sandboxDurationMs = 15e3, sandboxQueuedMs = 2e3, sandboxOutcomes = ["pass", "warn", "fail"];
function exportLine(name, value) {
  let safe = /^[A-Za-z0-9_./:@%+,=-]*$/.test(value);
  return `export ${name}=${safe ? value : `'${value.replace(/'/g, "'\\''")}'`}
`;
}
async function sandboxCommand(context, { port, envFile }) {
  envFile !== void 0 && (await checkOutputPath(envFile, "--export-file"), await rm2(envFile, { force: !0 }));
  let outcomes = {
    soda: sandboxOutcomes,
    projectdiscovery: sandboxOutcomes,
    telmai: sandboxOutcomes,
    halo: sandboxOutcomes
  }, simulators;
  try {
    simulators = await context.runtime.startSimulators({
      clock: context.runtime.clock,
      outcomes,
      durationMs: sandboxDurationMs,
      queuedMs: sandboxQueuedMs,
      port: port ?? defaultSandboxPort
    });
  } catch (error) {
    let code2 = error.code;
    throw code2 === "EADDRINUSE" || code2 === "EACCES" ? new UsageError(
      `cannot listen on 127.0.0.1:${port ?? defaultSandboxPort} (${code2}): choose another --port (0 = any free port)`
    ) : error;
  }
  try {
    let exportLines = Object.entries(simulators.env).map(([name, value]) => exportLine(name, value)).join("");
    return context.runtime.stdout.write(exportLines), envFile !== void 0 && await writeFileAtomically(envFile, exportLines), context.config.options.quiet || context.stderr.write(
      `scanstat sandbox: serving soda, projectdiscovery, telmai (Fabric and classic) and halo on ${simulators.url} (scans run about ${Math.round((sandboxDurationMs + sandboxQueuedMs) / 1e3)} s); Ctrl-C to stop
`
    ), await new Promise((resolve2) => {
      if (context.signal.aborted) return resolve2();
      context.signal.addEventListener("abort", () => resolve2(), { once: !0 });
    }), 0;
  } finally {
    envFile !== void 0 && await rm2(envFile, { force: !0 }).catch(() => {
    }), await simulators.close();
  }
}

// ../apps/cli/src/commands/status-command.ts
init_src();
init_report_entry();
init_prepare_adapters();
async function statusCommand(context, refs) {
  let adapters = await prepareAdapters(context, refs), reporter = context.reporter("once", { command: "status" }), outcomes = /* @__PURE__ */ new Map(), deadline = startReadDeadline(context, "status");
  await Promise.all(
    [...adapters].map(async ([vendor, adapter]) => {
      let ids = [...new Set(refs.filter((ref) => ref.vendor === vendor).map((ref) => ref.id))];
      try {
        for (let lookup of await getScans(adapter, ids, { signal: deadline.signal }))
          outcomes.set(`${vendor}:${lookup.id}`, lookup.ok ? { scan: lookup.scan } : { error: lookup.error });
      } catch (error) {
        for (let id of ids) outcomes.set(`${vendor}:${id}`, { error: deadline.expired() ?? error });
      }
    })
  ), deadline.dispose();
  let stop2 = context.runtime.stopSignal(), ordered = refs.map((ref) => outcomes.get(formatScanRef(ref)) ?? {}), entries = refs.map((ref, index) => {
    let outcome = ordered[index];
    return outcome.scan ? (reporter.update(ref, outcome.scan, void 0), outcome.scan.state === "unknown" && reporter.unknownState(ref, outcome.scan)) : outcome.error !== void 0 && !stop2 && reporter.problem(ref, outcome.error), {
      ref,
      scan: outcome.scan,
      error: outcome.error !== void 0 && !stop2 ? summarizeError(outcome.error) : void 0
    };
  }), exitCode2 = stop2 ? exitCodeForSignal(stop2) : exitCodeForOutcomes(ordered, { okOnWarn: context.config.options.okOnWarn });
  return await reporter.finish({ entries, reason: stop2 ? "aborted" : "done", exitCode: exitCode2 }), exitCode2;
}

// ../apps/cli/src/commands/trigger-command.ts
init_src();
init_error_text();
init_report_entry();
init_report_json();
function formatTriggered(context, refs) {
  switch (context.config.options.format) {
    case "json":
      return `${stringifyJson(
        refs.map((ref) => refFields(ref)),
        2
      )}
`;
    case "ndjson":
      return refs.map((ref) => formatNdjsonEvent({ type: "triggered", ...refFields(ref) })).join("");
    case "junit":
      return formatJunitReport(
        refs.map((ref) => ({ ref })),
        { now: context.clock.now(), notReadMessage: "triggered; not watched (use --wait to follow it)" }
      );
    default:
      return refs.map((ref) => `${refText(ref)}
`).join("");
  }
}
async function triggerCommand(context, request) {
  let adapter = await context.adapter(request.vendor);
  requireCapability(adapter, "trigger"), request.cancelOnInterrupt && requireCapability(adapter, "cancel");
  let ref;
  try {
    ref = await triggerScan(adapter, request.input, { signal: context.signal });
  } catch (error) {
    let stop2 = context.runtime.stopSignal();
    if (stop2)
      return context.stderr.write(
        `scanstat: interrupted while triggering a ${request.vendor} scan: it may have started; check with scanstat list ${request.vendor} --active
`
      ), exitCodeForSignal(stop2);
    throw error;
  }
  if (!request.wait) {
    let { output } = context.config.options;
    return output !== void 0 ? (context.stdout.write(`${refText(ref)}
`), await writeFileAtomically(output, context.redact(formatTriggered(context, [ref])))) : context.stdout.write(formatTriggered(context, [ref])), context.runtime.observeReport?.({ command: "trigger", entries: [{ ref }], reason: "done", exitCode: 0 }), 0;
  }
  let reporter = context.reporter("follow", { command: "trigger" });
  reporter.triggered(ref);
  let result;
  try {
    result = await followScans(context, [ref], reporter);
  } catch (error) {
    throw await reporter.finish({ entries: [{ ref }], reason: "done", exitCode: 4 }).catch(() => {
    }), error;
  }
  if (result.reason === "aborted" && request.cancelOnInterrupt)
    try {
      await cancelScan(adapter, ref.id, { signal: AbortSignal.timeout(1e4) }), context.note(`scanstat: asked ${request.vendor} to cancel ${formatScanRef(ref)}
`);
    } catch (error) {
      context.note(errorText(error, { verbose: context.config.options.verbose, ref }));
    }
  return await reporter.finish(result), result.exitCode;
}

// ../apps/cli/src/commands/vendors-command.ts
init_src();
function placeholderVariables(vendor, variables) {
  let filled = { ...variables };
  for (let variable of requiredVariables(vendor, variables))
    filled[variable.name] || (filled[variable.name] = variable.name.endsWith("_BASE_URL") ? `https://${vendor}.invalid` : "placeholder");
  return filled;
}
async function describeVendor(context, vendor) {
  let { config: config2 } = context, required3 = new Set(requiredVariables(vendor, config2.env).map((variable) => variable.name)), module = await context.runtime.loadVendor(vendor), common = vendorSettings(
    { clock: context.clock, requestTimeoutMs: config2.options.requestTimeoutMs },
    config2,
    vendor
  ), ready = !0, problem2, adapter;
  try {
    adapter = module.createAdapter(config2.env, common);
  } catch (error) {
    if (!ScanstatError.isInstance(error)) throw error;
    ready = !1, problem2 = error.message;
    try {
      adapter = module.createAdapter(placeholderVariables(vendor, config2.env), common);
    } catch {
      adapter = module.createAdapter(placeholderVariables(vendor, {}), common);
    }
  }
  return {
    vendor,
    title: vendorCatalog[vendor].title,
    ready,
    ...problem2 !== void 0 ? { problem: problem2 } : {},
    capabilities: { ...adapter.capabilities },
    rateLimits: { ...adapter.rateLimits },
    rateBudgets: Object.fromEntries(
      Object.entries(module.defaultRateLimits).map(([rateClass, limit]) => {
        let override = config2.rateLimits[vendor]?.[rateClass];
        return [rateClass, { default: { ...limit }, ...override ? { override: { ...override } } : {} }];
      })
    ),
    variables: vendorCatalog[vendor].variables.map((variable) => {
      let source = config2.sources[variable.name];
      return {
        name: variable.name,
        required: required3.has(variable.name),
        set: source !== void 0,
        ...source ? { source } : {}
      };
    })
  };
}
var budgetText = (budget) => `${budget.requests} per ${budget.windowMs / 1e3} s`, sourceNames = {
  config: "config file",
  environment: "SCANSTAT_RATE_LIMITS",
  flag: "--rate-limit"
};
function rateBudgetLines(budgets) {
  let entries = Object.entries(budgets).map(([rateClass, { default: limit, override }]) => {
    let origin = limit.documented ? "documented" : "default (not published)";
    return override ? [rateClass, budgetText(override), `override (${sourceNames[override.source]}); ${origin}: ${budgetText(limit)}`] : [rateClass, budgetText(limit), origin];
  }), classWidth = Math.max(...entries.map(([rateClass]) => rateClass.length)), budgetWidth = Math.max(...entries.map(([, budget]) => budget.length));
  return [
    "  rate budgets, per credential:",
    ...entries.map(
      ([rateClass, budget, origin]) => `    ${rateClass.padEnd(classWidth)}  ${budget.padEnd(budgetWidth)}  ${origin}`
    )
  ];
}
var capabilityNames = [
  ["trigger", "trigger"],
  ["cancel", "cancel"],
  ["list", "list"],
  ["logs", "logs"],
  ["batchGet", "batch status"]
];
async function vendorsCommand(context) {
  let reports = [];
  for (let vendor of vendorIds)
    try {
      reports.push(await describeVendor(context, vendor));
    } catch (error) {
      throw ScanstatError.isInstance(error) ? error : new ConfigError(`cannot load the ${vendor} adapter: ${String(error)}`);
    }
  let { format, output, noColor } = context.config.options, text6;
  if (format === "json") text6 = `${JSON.stringify(reports, null, 2)}
`;
  else if (format === "ndjson") text6 = reports.map((report) => `${JSON.stringify(report)}
`).join("");
  else {
    let painter = createPainter(
      colorEnabled({
        isTTY: context.stdout.isTTY && output === void 0,
        noColorFlag: noColor,
        env: context.runtime.env
      })
    ), lines = [];
    for (let report of reports) {
      let status = report.ready ? painter.paint("green", "ready") : painter.paint("yellow", "not configured");
      lines.push(`${painter.paint("bold", report.vendor)} (${report.title}): ${status}`);
      let can = ["status", ...capabilityNames.filter(([key]) => report.capabilities[key]).map(([, word]) => word)], cannot = capabilityNames.filter(([key]) => !report.capabilities[key]).map(([, word]) => word);
      lines.push(`  can: ${can.join(", ")}${cannot.length > 0 ? `; cannot: ${cannot.join(", ")}` : ""}`);
      let width = Math.max(...report.variables.map((variable) => variable.name.length));
      for (let variable of report.variables) {
        let state = variable.set ? `set (${variable.source})` : variable.required ? painter.paint("yellow", "not set (required)") : "not set (optional)";
        lines.push(`  ${variable.name.padEnd(width)}  ${state}`);
      }
      report.problem && report.variables.every((variable) => variable.set || !variable.required) && lines.push(`  problem: ${report.problem}`), lines.push(...rateBudgetLines(report.rateBudgets));
    }
    context.config.configPath && lines.push(`config file: ${context.config.configPath}`), text6 = `${lines.join(`
`)}
`;
  }
  return await writeReport(context, text6), 0;
}

// ../apps/cli/src/commands/watch-command.ts
init_prepare_adapters();
async function watchCommand(context, refs) {
  await prepareAdapters(context, refs);
  let reporter = context.reporter("follow", { command: "watch" }), result = await followScans(context, refs, reporter);
  return await reporter.finish(result), result.exitCode;
}

// ../apps/cli/src/config/resolve-configuration.ts
init_src();

// ../apps/cli/src/config/config-file.ts
init_src();
import { open, stat as stat2 } from "node:fs/promises";

// ../apps/cli/src/config/json-syntax-position.ts
function jsonSyntaxPosition(text6) {
  let index = 0, at = (offset) => {
    let before = text6.slice(0, offset);
    return { line: before.split(`
`).length, column: offset - before.lastIndexOf(`
`), offset };
  }, space = () => {
    for (; index < text6.length && ` 	
\r`.includes(text6[index]); ) index++;
  }, literal = (word) => text6.startsWith(word, index) ? (index += word.length, !0) : !1, string3 = () => {
    if (text6[index] !== '"') return !1;
    for (index++; index < text6.length; ) {
      let character = text6[index];
      if (character === '"')
        return index++, !0;
      if (character < " ") return !1;
      if (character === "\\") {
        let next = text6[index + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text6.slice(index + 2, index + 6))) return !1;
          index += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next))
          index += 2;
        else
          return index++, !1;
      } else
        index++;
    }
    return !1;
  }, number4 = () => {
    let match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text6.slice(index, index + 400));
    return match ? (index += match[0].length, !0) : !1;
  }, containers = [], expectValue = !0;
  for (; ; ) {
    if (space(), expectValue) {
      let character2 = text6[index];
      if (character2 === "{") {
        if (index++, space(), text6[index] === "}") {
          index++, expectValue = !1;
          continue;
        }
        if (containers.push("object"), !string3() || (space(), text6[index] !== ":")) return at(index);
        index++;
        continue;
      }
      if (character2 === "[") {
        if (index++, space(), text6[index] === "]") {
          index++, expectValue = !1;
          continue;
        }
        containers.push("array");
        continue;
      }
      if (!(character2 === '"' ? string3() : literal("true") || literal("false") || literal("null") || number4())) return at(index);
      expectValue = !1;
      continue;
    }
    let container = containers.at(-1);
    if (container === void 0)
      return index === text6.length ? void 0 : at(index);
    let character = text6[index];
    if (character === ",") {
      if (index++, container === "object") {
        if (space(), !string3() || (space(), text6[index] !== ":")) return at(index);
        index++;
      }
      expectValue = !0;
      continue;
    }
    if (container === "object" && character === "}" || container === "array" && character === "]") {
      index++, containers.pop();
      continue;
    }
    return at(index);
  }
}

// ../apps/cli/src/config/config-file.ts
var isObject3 = (value) => typeof value == "object" && value !== null && !Array.isArray(value), sectionKeys = ["env", "options", "rateLimits"];
function readRateLimits(value, fail) {
  if (!isObject3(value)) throw fail(".rateLimits must be an object of vendors to rate classes");
  let overrides = {};
  for (let [vendorText, classes2] of Object.entries(value)) {
    let at = `.rateLimits.${vendorText}`, vendor = rateLimitVendor(vendorText, (problem2) => {
      throw fail(`${at}: ${problem2}`);
    });
    if (!isObject3(classes2)) throw fail(`${at} must be an object of rate classes to budgets`);
    for (let [rateClass, budget] of Object.entries(classes2)) {
      let where = `${at}.${rateClass}`;
      if (checkRateLimitClass(vendor, rateClass, (problem2) => {
        throw fail(`${where}: ${problem2}`);
      }), !isObject3(budget)) throw fail(`${where} must be an object like { "requests": 120, "windowSeconds": 60 }`);
      for (let key of Object.keys(budget))
        if (key !== "requests" && key !== "windowSeconds")
          throw fail(`${where}.${key} is not a setting (known: requests, windowSeconds)`);
      let inBudget = (problem2) => {
        throw fail(`${where}.${problem2}`);
      };
      overrides[vendor] = {
        ...overrides[vendor],
        [rateClass]: {
          requests: checkRequests(budget.requests, inBudget),
          windowMs: checkWindowSeconds(budget.windowSeconds, inBudget)
        }
      };
    }
  }
  return overrides;
}
function readSection(value, where, file) {
  let fail = (problem2) => new ConfigError(`config ${file}: ${where}${problem2}`);
  if (!isObject3(value)) throw fail(" must be an object");
  for (let key of Object.keys(value))
    if (!sectionKeys.includes(key)) throw fail(`: unknown key "${key}" (known: ${sectionKeys.join(", ")})`);
  let env = {};
  if (value.env !== void 0) {
    if (!isObject3(value.env)) throw fail(".env must be an object of variable names to strings");
    for (let [name, text6] of Object.entries(value.env)) {
      if (!vendorVariableNames.includes(name))
        throw fail(`.env.${name} is not a scanstat variable (known: ${vendorVariableNames.join(", ")})`);
      if (typeof text6 != "string") throw fail(`.env.${name} must be a string`);
      env[name] = text6;
    }
  }
  let options2 = {};
  if (value.options !== void 0) {
    if (!isObject3(value.options)) throw fail(".options must be an object");
    for (let [name, option] of Object.entries(value.options)) {
      let seconds2 = () => {
        if (typeof option != "number" || !Number.isFinite(option) || !(option > 0))
          throw fail(`.options.${name} must be a positive number of seconds`);
        return Math.round(option * 1e3);
      }, severity = () => {
        if (typeof option != "string" || !isSeverityThreshold(option))
          throw fail(`.options.${name} must be critical, high, medium, low, info or none`);
        return option;
      };
      switch (name) {
        case "format":
          if (typeof option != "string" || !outputFormats.includes(option))
            throw fail(`.options.format must be one of ${outputFormats.join(", ")}`);
          options2.format = option;
          break;
        case "interval":
          options2.intervalMs = seconds2();
          break;
        case "timeout":
          options2.timeoutMs = seconds2();
          break;
        case "requestTimeout":
          options2.requestTimeoutMs = seconds2();
          break;
        case "failOn":
          options2.failOn = severity();
          break;
        case "warnOn":
          options2.warnOn = severity();
          break;
        case "okOnWarn":
          if (typeof option != "boolean") throw fail(".options.okOnWarn must be true or false");
          options2.okOnWarn = option;
          break;
        default:
          throw fail(
            `.options.${name} is not an option (known: format, interval, timeout, requestTimeout, failOn, warnOn, okOnWarn)`
          );
      }
    }
  }
  let rateLimits = value.rateLimits === void 0 ? {} : readRateLimits(value.rateLimits, fail);
  return { env, options: options2, rateLimits };
}
function holdsSecrets(sections) {
  return sections.some((section) => secretVariableNames.some((name) => (section.env[name] ?? "") !== ""));
}
var maxConfigFileBytes = 1024 * 1024;
async function readBounded(path) {
  let handle = await open(path, "r");
  try {
    let buffer = Buffer.alloc(maxConfigFileBytes + 1), filled = 0;
    for (; filled < buffer.length; ) {
      let { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > maxConfigFileBytes ? "too large" : buffer.toString("utf8", 0, filled);
  } finally {
    await handle.close();
  }
}
async function loadConfigFile(options2) {
  let { path } = options2, text6;
  try {
    let read3 = await readBounded(path);
    if (read3 === "too large")
      throw new ConfigError(
        `config ${path}: larger than ${maxConfigFileBytes / 1024 / 1024} MiB; not a scanstat config file`
      );
    text6 = read3;
  } catch (error) {
    if (ConfigError.isInstance(error)) throw error;
    let code2 = error.code;
    if (code2 === "ENOENT" && !options2.explicit) {
      if (options2.profile !== void 0)
        throw new ConfigError(`profile "${options2.profile}" needs a config file; ${path} does not exist`);
      return { env: {}, options: {}, rateLimits: {}, warnings: [] };
    }
    throw new ConfigError(
      `config ${path}: ${code2 === "ENOENT" ? "no such file" : `cannot read it (${code2 ?? "error"})`}`
    );
  }
  let json2;
  try {
    json2 = JSON.parse(text6);
  } catch {
    let position = jsonSyntaxPosition(text6);
    throw new ConfigError(
      `config ${path}: not valid JSON${position ? ` (at line ${position.line}, column ${position.column})` : ""}`
    );
  }
  if (!isObject3(json2)) throw new ConfigError(`config ${path}: must be a JSON object`);
  for (let key of Object.keys(json2))
    if (!sectionKeys.includes(key) && key !== "profiles" && key !== "$schema" && key !== "serve")
      throw new ConfigError(`config ${path}: unknown key "${key}" (known: ${sectionKeys.join(", ")}, profiles, serve)`);
  let { profiles: _profiles, $schema: _schema, serve: _serve, ...topLevel } = json2, base = readSection(topLevel, "", path), profiles = /* @__PURE__ */ new Map();
  if (json2.profiles !== void 0) {
    if (!isObject3(json2.profiles)) throw new ConfigError(`config ${path}: profiles must be an object`);
    for (let [name, section] of Object.entries(json2.profiles))
      profiles.set(name, readSection(section, `profiles.${name}`, path));
  }
  let selected = base;
  if (options2.profile !== void 0) {
    let profile = profiles.get(options2.profile);
    if (!profile) {
      let known2 = [...profiles.keys()];
      throw new ConfigError(
        `config ${path}: no profile "${options2.profile}" (${known2.length > 0 ? `profiles: ${known2.join(", ")}` : "it has no profiles"})`
      );
    }
    selected = {
      env: { ...base.env, ...profile.env },
      options: { ...base.options, ...profile.options },
      rateLimits: overlayRateLimitOverrides(base.rateLimits, profile.rateLimits)
    };
  }
  let warnings = [];
  if ((options2.platform ?? process.platform) !== "win32" && holdsSecrets([base, ...profiles.values()])) {
    let mode = (await stat2(path)).mode;
    (mode & 63) !== 0 && warnings.push(
      `warning: ${path} holds secrets and other users can read it (mode ${(mode & 511).toString(8)}): run chmod 600 ${path}`
    );
  }
  return { path, ...selected, warnings };
}

// ../apps/cli/src/config/config-location.ts
import { join as join2 } from "node:path";
function defaultConfigPath(env, homeDirectory) {
  let configHome = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join2(homeDirectory, ".config");
  return join2(configHome, "scanstat", "config.json");
}

// ../apps/cli/src/config/resolve-configuration.ts
var defaultRequestTimeoutMs = 3e4;
async function resolveConfiguration(input) {
  let { flags, env } = input, explicitPath = flags.configPath ?? (env.SCANSTAT_CONFIG?.trim() ? env.SCANSTAT_CONFIG : void 0), profile = flags.profile ?? (env.SCANSTAT_PROFILE?.trim() ? env.SCANSTAT_PROFILE : void 0), config2 = await loadConfigFile({
    path: explicitPath ?? defaultConfigPath(env, input.homeDirectory),
    explicit: explicitPath !== void 0,
    ...profile !== void 0 ? { profile } : {},
    ...input.platform ? { platform: input.platform } : {}
  }), variables = {}, sources = {};
  for (let name of vendorVariableNames) {
    let fromEnvironment = env[name];
    fromEnvironment !== void 0 && fromEnvironment.trim() !== "" ? (variables[name] = fromEnvironment, sources[name] = "environment") : config2.env[name] !== void 0 && config2.env[name].trim() !== "" && (variables[name] = config2.env[name], sources[name] = "config");
  }
  let rateLimits = layerRateLimits([
    { overrides: config2.rateLimits, source: "config" },
    {
      overrides: groupRateLimitOverrides(
        parseRateLimitList(env.SCANSTAT_RATE_LIMITS ?? "", (problem2) => {
          throw new ConfigError(`SCANSTAT_RATE_LIMITS: ${problem2}`);
        })
      ),
      source: "environment"
    },
    { overrides: groupRateLimitOverrides(flags.rateLimits ?? []), source: "flag" }
  ]), failOn = flags.failOn ?? config2.options.failOn, warnOn = flags.warnOn ?? config2.options.warnOn, failOnUnknown = flags.failOnUnknown === !0, severityPolicy = failOn !== void 0 || warnOn !== void 0 || failOnUnknown ? { failOn: failOn ?? "high", warnOn: warnOn ?? "medium", ...failOnUnknown ? { failOnUnknown } : {} } : void 0;
  return {
    env: variables,
    sources,
    options: {
      format: flags.format ?? config2.options.format,
      output: flags.output,
      intervalMs: flags.intervalMs ?? config2.options.intervalMs,
      timeoutMs: flags.timeoutMs ?? config2.options.timeoutMs,
      requestTimeoutMs: flags.requestTimeoutMs ?? config2.options.requestTimeoutMs ?? defaultRequestTimeoutMs,
      severityPolicy,
      okOnWarn: flags.okOnWarn ?? config2.options.okOnWarn ?? !1,
      quiet: flags.quiet,
      verbose: flags.verbose,
      noColor: flags.noColor
    },
    rateLimits,
    secrets: secretVariableNames.map((name) => variables[name]).filter((value) => value !== void 0),
    configPath: config2.path,
    warnings: config2.warnings
  };
}

// ../apps/cli/src/help/exit-code-table.ts
var exitCodeTable = `Exit codes (several scans: the worst wins, in the order 64, 4, 3, 5, 2, 1, 0):
  0    every scan completed with verdict pass
  1    worst verdict warn (0 with --ok-on-warn, unless the warn rests on partial evidence)
  2    worst verdict fail
  3    a scan ended without a verdict: failed, canceled, timed out, completed with errors,
       or completed with nothing scanstat could judge it on
  4    scanstat could not learn a status: auth, network, vendor error, bad vendor data
  5    a scan was not finished when scanstat stopped looking (status of a running scan,
       watch --timeout, or a state word this version does not know)
  64   usage: unknown command or option, malformed ref, missing credentials,
       an operation the vendor does not offer
  130  interrupted (SIGINT); 143 terminated (SIGTERM): triggered scans are printed first
Soda Library's order is kept (1 = warn, 2 = fail); soda-core v4 swapped the two.`;

// ../apps/cli/src/help/help-text.ts
function optionLines(options2) {
  let entries = Object.entries(options2).map(([name, option]) => [`${option.short ? `-${option.short}, ` : "    "}--${name}${option.valueName ? ` ${option.valueName}` : ""}`, option.description]), width = Math.max(...entries.map(([flag]) => flag.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}
var environmentText = `Credentials (the environment beats the config file; flags beat both for options):
  soda              SODA_API_KEY_ID, SODA_API_KEY_SECRET; SODA_REGION eu|us; SODA_BASE_URL
  projectdiscovery  PDCP_API_KEY; PDCP_TEAM_ID (optional); PDCP_API_SERVER
  telmai            TELMAI_TOKEN (Telmai for Fabric) or TELMAI_API_KEY + TELMAI_TENANT (classic);
                    TELMAI_BASE_URL (required: your deployment); TELMAI_API=classic|fabric when both
  halo              HALO_API_KEY; HALO_BASE_URL
  Config file: --config FILE, or SCANSTAT_CONFIG, or $XDG_CONFIG_HOME/scanstat/config.json
  (default ~/.config/scanstat/config.json); --profile NAME or SCANSTAT_PROFILE picks a profile.
  Rate budgets: --rate-limit beats SCANSTAT_RATE_LIMITS="halo.read=120/60,pd.write=5/60"
  (requests/seconds), which beats the config file's rateLimits. NO_COLOR turns colours off.
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY (either case, read as curl reads them) route vendor requests.`, interruptLine = "  130  interrupted (SIGINT); 143 terminated (SIGTERM)", usageLine = "  64   usage: unknown option, malformed ref, missing credentials";
function exitCodeList(...lines) {
  return ["Exit codes:", ...lines].join(`
`);
}
var commandHelp = {
  status: {
    usage: "scanstat status <ref>... [options]",
    summary: "One look at each scan. A ref is <vendor>:<id>, e.g. soda:4651ba64-\u2026 or pd:abc (pd = projectdiscovery).",
    examples: ["scanstat status soda:4651ba64-1c5a-4f3e-9a57-0c2a6f0e5a10", "scanstat status pd:cq9f1 halo:812 --json"],
    exitCodes: exitCodeTable
  },
  watch: {
    usage: "scanstat watch <ref>... [options]",
    summary: "Follow scans until every one is terminal, then exit with one code for all.",
    details: `Without --interval the delay between two looks grows from 2 s to 30 s (exponential, full jitter);
Soda's X-Soda-Next-Poll-Time hint wins when present; every vendor's rate budget caps it all.`,
    examples: [
      "scanstat watch soda:4651ba64-\u2026 pd:cq9f1 --timeout 1800",
      "scanstat watch halo:812 --fail-on critical --format junit --output scans.xml"
    ],
    exitCodes: exitCodeTable
  },
  trigger: {
    usage: "scanstat trigger <vendor> [trigger options] [--wait] [options]",
    summary: "Start a scan and print its ref. With --wait, follow it like watch (same exit codes).",
    details: `soda needs --definition; projectdiscovery needs --target; halo needs --target-id; telmai needs
nothing for Fabric (it runs the workspace's enabled monitors) and --asset ID for classic. The ref is printed as soon as the scan exists.`,
    examples: [
      "ref=$(scanstat trigger soda --definition orders_checks)",
      "scanstat trigger pd --target shop.example.com --template cves --wait --fail-on critical",
      "scanstat trigger halo --target-id 812 --wait --cancel-on-interrupt",
      "scanstat trigger telmai --wait --ok-on-warn",
      "scanstat trigger telmai --asset orders --wait   # Telmai classic: prints telmai:<asset>~<job>"
    ],
    exitCodes: exitCodeTable
  },
  cancel: {
    usage: "scanstat cancel <ref>... [options]",
    summary: "Ask each vendor to cancel a scan (exit 0 when every request was accepted, 4 otherwise).",
    examples: ["scanstat cancel soda:4651ba64-\u2026", "scanstat cancel pd:cq9f1 halo:812"],
    exitCodes: exitCodeList(
      "  0    every cancel request was accepted",
      "  4    a vendor refused a request or could not be reached (the other refs were still asked)",
      `${usageLine}, a vendor that cannot cancel`,
      interruptLine
    )
  },
  logs: {
    usage: "scanstat logs <ref> [options]",
    summary: "Stream a scan's log lines (vendors that keep logs: soda).",
    examples: ["scanstat logs soda:4651ba64-\u2026", "scanstat logs soda:4651ba64-\u2026 --format ndjson | jq .message"],
    exitCodes: exitCodeList(
      "  0    every log line was read",
      "  4    the logs could not be read: auth, network, vendor error, unknown scan",
      `${usageLine}, a vendor that keeps no logs`,
      interruptLine
    )
  },
  list: {
    usage: "scanstat list <vendor> [--active] [--type TYPE] [--limit N] [options]",
    summary: "List a vendor's scans (at most 50 unless --limit says otherwise).",
    examples: ["scanstat list pd --active", "scanstat list halo --type recent --json"],
    exitCodes: exitCodeList(
      "  0    the scans were listed (none is not an error)",
      "  4    the list could not be read: auth, network, vendor error",
      `${usageLine}, a vendor that cannot list`,
      interruptLine
    )
  },
  vendors: {
    usage: "scanstat vendors [--check [vendor...]] [--json]",
    summary: "What each vendor can do, which credentials are set (never their values) and each rate budget in effect.",
    details: `--check proves the credentials work with one documented read-only call per vendor (Soda test-login,
Halo user/me.json, ProjectDiscovery a one-item scans list, Telmai one asset's scan status): never a
POST, never a trigger. One line per vendor: ok, refused (the vendor's words), unreachable, failed, not configured.`,
    examples: [
      "scanstat vendors",
      "scanstat vendors --check",
      "scanstat vendors --check soda halo --json",
      "scanstat vendors --profile staging --json",
      "scanstat vendors --rate-limit halo.read=120/60"
    ],
    exitCodes: exitCodeList(
      "  0    without --check: always; with --check: every checked vendor answered ok",
      "  4    with --check: a vendor refused the credentials, could not be reached, failed, or none was configured",
      "  64   usage: unknown option or vendor"
    )
  },
  demo: {
    usage: "scanstat demo",
    summary: `Run the built-in simulators of all four vendors (time \xD760), trigger scans and show them live to the end.
No account, no network. Exits 0 whatever the verdicts.`,
    examples: ["scanstat demo", "scanstat demo --format ndjson"],
    exitCodes: exitCodeList(
      "  0    the demo ran to the end, whatever the verdicts",
      "  64   usage: unknown option",
      interruptLine
    )
  },
  sandbox: {
    usage: "scanstat sandbox [--port N] [--export-file FILE]",
    summary: "Serve the simulators on 127.0.0.1 (paths /soda, /projectdiscovery, /telmai, /halo) until Ctrl-C.\nPrints one `export NAME=value` line per variable a client needs; scans take about 17 s of real time.",
    details: `--export-file FILE writes the same lines to FILE once the sandbox serves (atomically: the file is
whole or absent) and removes it when the sandbox stops, so a script can wait for the file, then source it.`,
    examples: [
      "rm -f sandbox.env; scanstat sandbox --port 0 --export-file sandbox.env &",
      "until [ -f sandbox.env ]; do sleep 0.2; done; . ./sandbox.env",
      "scanstat trigger soda --definition orders_checks --wait"
    ],
    exitCodes: exitCodeList(
      "  0    stopped by Ctrl-C or SIGTERM",
      "  64   usage: unknown option, a port that cannot be used, an --env-file that cannot be written"
    )
  },
  serve: {
    usage: "scanstat serve [<ref>...] [--port N] [--host H] [--token T] [--interval S] [--config FILE]",
    summary: "Watch scans and serve a live board, JSON API, Prometheus metrics and vendor webhooks (127.0.0.1:4200).",
    details: `GET / (board), GET /api/scans, POST /api/scans {"refs":[\u2026]}, DELETE /api/scans/<ref>, GET /events (SSE),
GET /metrics, POST /hooks/<vendor>, GET /healthz. The token (--token or SCANSTAT_SERVE_TOKEN) guards
writes and hooks (Authorization: Bearer T, or ?token=T); --host beyond loopback needs one. The config
file's "serve": {"active": ["projectdiscovery", \u2026]} also watches each listed vendor's active scans.`,
    examples: [
      "scanstat serve soda:4651ba64-\u2026 pd:cq9f1",
      "SCANSTAT_SERVE_TOKEN=$(openssl rand -hex 16) scanstat serve --host 0.0.0.0 --interval 60",
      `curl -X POST -H "Authorization: Bearer $T" -H "Content-Type: application/json" -d '{"refs":["halo:812"]}' localhost:4200/api/scans`
    ],
    exitCodes: exitCodeList(
      "  0    stopped by Ctrl-C or SIGTERM",
      "  64   usage: unknown option, malformed ref, missing credentials, --host beyond loopback without a token"
    )
  },
  completion: {
    usage: "scanstat completion bash|zsh|fish",
    summary: "Print a shell completion script.",
    examples: [
      'eval "$(scanstat completion bash)"',
      "scanstat completion zsh > ~/.zfunc/_scanstat",
      "scanstat completion fish > ~/.config/fish/completions/scanstat.fish"
    ],
    exitCodes: exitCodeList("  0    the script was printed", "  64   usage: unknown shell")
  }
};
function generalHelp(version3) {
  let commands3 = Object.entries(commandHelp).map(
    ([name, help]) => `  ${name.padEnd(11)} ${help.summary.split(`
`)[0].split(". ")[0].replace(/\.$/, "")}`
  );
  return [
    `scanstat ${version3}: where is my scan, and how did it end? Soda Cloud, ProjectDiscovery, Telmai, Halo Security.`,
    "",
    "Usage: scanstat <command> [arguments] [options]",
    "",
    "Commands:",
    ...commands3,
    "",
    "Common options:",
    ...optionLines(commonOptions),
    "",
    "Trigger options:",
    ...optionLines(triggerOptions),
    "",
    environmentText,
    "",
    exitCodeTable,
    "",
    "Examples:",
    "  scanstat demo",
    "  scanstat trigger soda --definition orders_checks --wait",
    "  scanstat watch soda:4651ba64-\u2026 pd:cq9f1 --timeout 1800 --format junit --output scans.xml",
    "",
    "Run scanstat <command> --help for a command's options and examples.",
    ""
  ].join(`
`);
}
function commandHelpText(command) {
  let help = commandHelp[command], own2 = command === "trigger" ? triggerOptions : command === "list" ? listOptions : command === "sandbox" ? sandboxOptions : command === "vendors" ? vendorsOptions : command === "serve" ? serveOptions : {}, accepted = optionsByCommand[command], lines = [`Usage: ${help.usage}`, "", help.summary];
  if (help.details && lines.push("", help.details), Object.keys(own2).length > 0 && lines.push("", `${command[0].toUpperCase()}${command.slice(1)} options:`, ...optionLines(own2)), command !== "sandbox" && command !== "completion") {
    let common = Object.fromEntries(
      Object.keys(commonOptions).filter((name) => name in accepted).map((name) => [name, accepted[name]])
    );
    lines.push("", "Options:", ...optionLines(common));
  }
  return lines.push("", "Examples:", ...help.examples.map((example) => `  ${example}`)), lines.push("", help.exitCodes), command !== "completion" && command !== "sandbox" && command !== "demo" && lines.push("", environmentText), lines.push(""), lines.join(`
`);
}

// ../apps/cli/src/run-cli.ts
init_error_text();
init_sanitize_terminal_text();

// ../apps/cli/src/output/text-output.ts
init_src();
init_sanitize_terminal_text();
function createRedactingOutput(output, secrets) {
  return {
    write: (text6) => output.write(redactSecrets(text6, secrets())),
    get isTTY() {
      return output.isTTY;
    },
    get columns() {
      return output.columns;
    }
  };
}
function createSanitizingOutput(output) {
  return {
    write: (text6) => output.write(sanitizeTerminalLines(text6)),
    get isTTY() {
      return output.isTTY;
    },
    get columns() {
      return output.columns;
    }
  };
}

// ../apps/cli/src/transport/proxy-settings.ts
init_src();
function read(env, name) {
  let lower = env[name.toLowerCase()]?.trim();
  return lower || (env[name.toUpperCase()]?.trim() ?? "");
}
function proxyUrl(name, value) {
  if (value === "") return "";
  let withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`, url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigError(`${name}: "${value}" is not a proxy URL (expected http://host:port)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError(`${name}: ${url.protocol.slice(0, -1)} proxies are not supported (use an http:// proxy)`);
  return url.href;
}
function noProxyList(value) {
  if (value.trim() === "*") return "*";
  let entries = [];
  for (let raw of value.split(/[,\s]+/)) {
    let name = raw.replace(/^\*?\.+/, "").toLowerCase();
    name !== "" && entries.push(name, `.${name}`);
  }
  return entries.join(",");
}
function proxySettings(env) {
  let httpsProxy = proxyUrl("HTTPS_PROXY", read(env, "HTTPS_PROXY")), httpProxy = proxyUrl("HTTP_PROXY", read(env, "HTTP_PROXY"));
  if (!(httpsProxy === "" && httpProxy === ""))
    return { httpProxy, httpsProxy, noProxy: noProxyList(read(env, "NO_PROXY")) };
}

// ../apps/cli/src/transport/vendor-fetch.ts
var loading;
function proxyAgent(settings) {
  return loading ??= Promise.resolve().then(() => (init_proxy_fetch(), proxy_fetch_exports)).then((module) => module.createProxyAgent(settings)), loading;
}
function vendorFetch(env) {
  let settings = proxySettings(env);
  if (settings)
    return async (input, init) => {
      let dispatched = { ...init, dispatcher: await proxyAgent(settings) };
      return globalThis.fetch(input, dispatched);
    };
}

// ../apps/cli/src/run-cli.ts
function runCommand(parsed, context) {
  switch (parsed.command) {
    case "status":
      return statusCommand(context, parsed.refs);
    case "watch":
      return watchCommand(context, parsed.refs);
    case "cancel":
      return cancelCommand(context, parsed.refs);
    case "logs":
      return logsCommand(context, parsed.ref);
    case "trigger":
      return triggerCommand(context, parsed);
    case "list":
      return listCommand(context, parsed.vendor, parsed.query);
    case "vendors":
      return parsed.check ? checkVendorsCommand(context, parsed.vendors) : vendorsCommand(context);
    case "demo":
      return demoCommand(context);
    case "sandbox":
      return sandboxCommand(context, { port: parsed.port, envFile: parsed.envFile });
  }
}
function exitCodeForError(error) {
  return UsageError.isInstance(error) ? ExitCode.usage : exitCodeForOutcome({ error });
}
async function runCli(runtime) {
  let secrets = [], stdout = createRedactingOutput(runtime.stdout, () => secrets), stderr = createRedactingOutput(createSanitizingOutput(runtime.stderr), () => secrets), verbose = runtime.argv.includes("--verbose");
  try {
    let parsed = parseCommandLine(runtime.argv);
    switch (parsed.command) {
      case "version":
        return stdout.write(`${runtime.version}
`), ExitCode.pass;
      case "help":
        return stdout.write(
          parsed.topic && parsed.topic !== "help" ? commandHelpText(parsed.topic) : generalHelp(runtime.version)
        ), ExitCode.pass;
      case "completion":
        return stdout.write(completionScript(parsed.shell)), ExitCode.pass;
    }
    verbose = parsed.options.verbose;
    let adapterFetch = parsed.command === "demo" || parsed.command === "sandbox" ? void 0 : vendorFetch(runtime.env);
    parsed.options.output !== void 0 && await checkOutputPath(parsed.options.output);
    let config2 = await resolveConfiguration({
      flags: parsed.options,
      env: runtime.env,
      homeDirectory: runtime.homeDirectory,
      platform: runtime.platform
    });
    secrets = secretsOf(config2.env, config2.secrets);
    let scrubbed = { ...config2, secrets: [...secrets] };
    for (let warning of config2.warnings) stderr.write(`scanstat: ${warning}
`);
    let contextOptions = { runtime, stdout, stderr, config: scrubbed, fetch: adapterFetch };
    if (parsed.command === "serve") {
      let { serveCommand: serveCommand2 } = await Promise.resolve().then(() => (init_serve_command(), serve_command_exports));
      return await serveCommand2(
        runtime,
        (observers) => createCommandContext({ ...contextOptions, ...observers }),
        parsed
      );
    }
    let context = createCommandContext(contextOptions);
    return await runCommand(parsed, context);
  } catch (error) {
    let stop2 = runtime.stopSignal();
    return stop2 && !UsageError.isInstance(error) ? exitCodeForSignal(stop2) : (UsageError.isInstance(error) ? stderr.write(`scanstat: ${sanitizeTerminalText(error.message)}
`) : stderr.write(errorText(error, { verbose })), !UsageError.isInstance(error) && !ScanstatError.isInstance(error) && !verbose && stderr.write(`scanstat: this looks like a bug; run again with --verbose for details
`), exitCodeForError(error));
  }
}

// ../apps/cli/src/vendors/load-vendor.ts
var loadVendor = async (vendor) => {
  switch (vendor) {
    case "soda": {
      let { createSodaAdapter: createSodaAdapter2, createSodaClient: createSodaClient2, readSodaEnvironment: readSodaEnvironment2, sodaRateLimits: sodaRateLimits2 } = await Promise.resolve().then(() => (init_src3(), src_exports2));
      return {
        vendor,
        defaultRateLimits: sodaRateLimits2,
        createAdapter: (variables, common) => createSodaAdapter2({ ...readSodaEnvironment2(variables), ...common }),
        async checkCredentials(variables, common, options2) {
          let settings = readSodaEnvironment2(variables), answer = await createSodaClient2({
            ...settings,
            ...common,
            apiKeyId: settings.apiKeyId ?? "",
            apiKeySecret: settings.apiKeySecret ?? ""
          }).testLogin(options2);
          return answer.organisationName ? `organisation "${answer.organisationName}"` : void 0;
        }
      };
    }
    case "projectdiscovery": {
      let {
        createProjectDiscoveryAdapter: createProjectDiscoveryAdapter2,
        createProjectDiscoveryClient: createProjectDiscoveryClient2,
        projectDiscoveryDefaultRateLimits: projectDiscoveryDefaultRateLimits2,
        readProjectDiscoveryEnvironment: readProjectDiscoveryEnvironment2
      } = await Promise.resolve().then(() => (init_src2(), src_exports));
      return {
        vendor,
        defaultRateLimits: projectDiscoveryDefaultRateLimits2,
        createAdapter: (variables, common) => createProjectDiscoveryAdapter2({ ...readProjectDiscoveryEnvironment2(variables), ...common }),
        async checkCredentials(variables, common, options2) {
          await createProjectDiscoveryClient2({ ...readProjectDiscoveryEnvironment2(variables), ...common }).listScans({ limit: 1 }, options2);
        }
      };
    }
    case "telmai": {
      let { checkTelmaiCredentials: checkTelmaiCredentials2, createTelmaiAdapterFromEnvironment: createTelmaiAdapterFromEnvironment2, telmaiDefaultRateLimits: telmaiDefaultRateLimits2 } = await Promise.resolve().then(() => (init_telmai_api_selection(), telmai_api_selection_exports));
      return {
        vendor,
        // Both products budget `trigger` and `read` alike (classic's `auth` class serves logins, which the CLI does not use).
        defaultRateLimits: telmaiDefaultRateLimits2,
        // TELMAI_API_KEY + TELMAI_TENANT reach Telmai classic, TELMAI_TOKEN Telmai for Fabric; TELMAI_API forces one.
        createAdapter: (variables, common) => createTelmaiAdapterFromEnvironment2(variables, common),
        // Classic: an empty window of incidents; Fabric: one asset's scan status (a read every role may make).
        checkCredentials: (variables, common, options2) => checkTelmaiCredentials2(variables, common, options2)
      };
    }
    case "halo": {
      let { createHaloAdapter: createHaloAdapter2, createHaloClient: createHaloClient2, haloDefaultRateLimits: haloDefaultRateLimits2, readHaloEnvironment: readHaloEnvironment2 } = await Promise.resolve().then(() => (init_src4(), src_exports3));
      return {
        vendor,
        defaultRateLimits: haloDefaultRateLimits2,
        createAdapter: (variables, common) => createHaloAdapter2({ ...readHaloEnvironment2(variables), ...common }),
        async checkCredentials(variables, common, options2) {
          let answer = await createHaloClient2({ ...readHaloEnvironment2(variables), ...common }).getCurrentUser(
            options2
          ), who = answer.user?.email || answer.user?.name;
          return who ? `user ${who}` : void 0;
        }
      };
    }
  }
};

// src/action-inputs.ts
function readInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readListInput(env, name) {
  return readInput(env, name).split(/[\s,]+/).filter((item) => item !== "");
}
function readBooleanInput(env, name) {
  let value = readInput(env, name);
  if (value === "" || /^(false|False|FALSE)$/.test(value)) return !1;
  if (/^(true|True|TRUE)$/.test(value)) return !0;
  throw new ActionInputError(`input ${name} must be true or false (got "${value}")`);
}
var ActionInputError = class extends Error {
  name = "ActionInputError";
}, commands2 = ["status", "watch", "trigger"], valueOptions = ["fail-on", "warn-on", "timeout", "interval", "request-timeout", "format", "output"], triggerValueOptions = ["definition", "data-timestamp", "name", "target-id"], triggerListOptions = ["target", "template"];
function actionInvocation(env) {
  let command = readInput(env, "command") || "watch";
  if (!commands2.includes(command))
    throw new ActionInputError(`input command must be one of ${commands2.join(", ")} (got "${command}")`);
  let argv = [command], waits = !0;
  if (command === "trigger") {
    let vendor = readInput(env, "vendor");
    if (!vendor)
      throw new ActionInputError("command trigger needs the input vendor (soda, projectdiscovery, telmai, halo)");
    argv.push(vendor);
    for (let name of triggerValueOptions) {
      let value = readInput(env, name);
      value && argv.push(`--${name}=${value}`);
    }
    for (let name of triggerListOptions) for (let item of readListInput(env, name)) argv.push(`--${name}=${item}`);
    if (waits = readBooleanInput(env, "wait"), waits && argv.push("--wait"), readListInput(env, "refs").length > 0) throw new ActionInputError("command trigger takes no refs");
  } else {
    let refs = readListInput(env, "refs");
    if (refs.length === 0) throw new ActionInputError(`command ${command} needs the input refs (e.g. soda:4651ba64-\u2026)`);
    argv.push(...refs);
  }
  for (let name of valueOptions) {
    let value = readInput(env, name);
    value && argv.push(`--${name}=${value}`);
  }
  return readBooleanInput(env, "ok-on-warn") && argv.push("--ok-on-warn"), readBooleanInput(env, "verbose") && argv.push("--verbose"), { command, waits, argv };
}

// src/action-outputs.ts
init_src();
var verdictOrder = ["error", "fail", "warn", "pass"];
function actionOutputs(end, exitCode2) {
  let entries = end?.entries ?? [], verdicts2 = new Set(entries.map((entry) => entry.scan?.result?.verdict)), report = entries.map(({ ref, scan, error }) => {
    if (!scan) return { ref, ...error ? { error } : {} };
    let { raw: _raw, ...rest } = scan;
    return error ? { ...rest, error } : rest;
  });
  return {
    verdict: verdictOrder.find((verdict) => verdicts2.has(verdict)) ?? "none",
    "exit-code": String(exitCode2),
    refs: entries.map((entry) => formatScanRef(entry.ref)).join(" "),
    report: JSON.stringify(report)
  };
}
function formatOutputFile(outputs, randomToken) {
  return Object.entries(outputs).map(([name, value]) => {
    let delimiter = `scanstat_${randomToken()}`;
    for (; value.includes(delimiter); ) delimiter = `scanstat_${randomToken()}`;
    return `${name}<<${delimiter}
${value}
${delimiter}
`;
  }).join("");
}

// src/exit-code-meaning.ts
var meanings = {
  0: "every scan completed with verdict pass",
  1: "worst verdict warn",
  2: "worst verdict fail",
  3: "a scan ended without a verdict",
  4: "scanstat could not learn a status (auth, network, vendor error)",
  5: "a scan was not finished when scanstat stopped looking",
  64: "usage error (inputs, missing credentials)",
  130: "interrupted",
  143: "terminated"
};
function exitCodeMeaning(exitCode2) {
  return meanings[exitCode2] ?? "unexpected exit code";
}

// src/main.ts
var version2 = "0.0.0";
async function writeOutputs(end, exitCode2) {
  let path = process.env.GITHUB_OUTPUT;
  if (!path) return;
  let outputs = actionOutputs(end, exitCode2);
  await appendFile2(
    path,
    formatOutputFile({ ...outputs }, () => randomBytes(8).toString("hex")),
    "utf8"
  );
}
async function run() {
  let invocation;
  try {
    invocation = actionInvocation(process.env);
  } catch (error) {
    if (!(error instanceof ActionInputError)) throw error;
    return process.stdout.write(`::error title=scanstat::${error.message}
`), await writeOutputs(void 0, ExitCode.usage), ExitCode.usage;
  }
  let controller = new AbortController(), stopSignal, onSignal = (signal) => {
    stopSignal ??= signal, controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on("SIGINT", () => onSignal("SIGINT")), process.on("SIGTERM", () => onSignal("SIGTERM"));
  let end, output = (stream) => ({
    write: (text6) => {
      stream.write(text6);
    },
    isTTY: !1,
    columns: void 0
  }), runtime = {
    argv: invocation.argv,
    env: process.env,
    stdout: output(process.stdout),
    stderr: output(process.stderr),
    signal: controller.signal,
    stopSignal: () => stopSignal,
    clock: systemClock,
    homeDirectory: homedir(),
    platform: process.platform,
    version: version2,
    loadVendor,
    startSimulators: () => Promise.reject(new Error("the GitHub Action does not run the simulators")),
    observeReport: (report) => {
      end = report;
    }
  };
  process.stderr.write(`scanstat ${invocation.argv.join(" ")}
`);
  let exitCode2 = await runCli(runtime), summaryPath = process.env.GITHUB_STEP_SUMMARY;
  return summaryPath && end && invocation.command === "trigger" && !invocation.waits && await appendFile2(summaryPath, formatJobSummary(end.entries, { exitCode: exitCode2, command: "trigger" }), "utf8"), await writeOutputs(end, exitCode2), exitCode2 !== ExitCode.pass && process.stdout.write(
    `::error title=scanstat::scanstat ${invocation.command} exited ${exitCode2}: ${exitCodeMeaning(exitCode2)}
`
  ), exitCode2;
}
var exitCode = await run().catch((error) => (process.stdout.write(`::error title=scanstat::${error instanceof Error ? error.message : String(error)}
`), ExitCode.statusUnknown));
process.stdout.write("", () => process.stderr.write("", () => process.exit(exitCode)));
