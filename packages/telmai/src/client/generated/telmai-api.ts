// Generated from specs/telmai-scans.openapi.yaml by openapi-typescript. Do not edit: change the spec and run `pnpm --filter @scanstat/telmai generate`.

export interface paths {
    "/api/scan/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger an on-demand scan of every enabled monitor in the token's workspace
         * @description Permission `scan:trigger` (Admin and Member roles; a Viewer gets 403). Empty request body. Not idempotent: every call starts a new execution.
         */
        post: operations["runScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scan/status/{executionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the progress of a scan triggered with POST /api/scan/run
         * @description Permission `scan:trigger`.
         */
        get: operations["getScanStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/scan-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current and last completed scan run of every asset
         * @description Permission `assets:read`. The page shows no parameters; Telmai's lists take `page` (1-based) and `pageSize` (max 100) and answer `meta.pagination`, so a client follows pages when the answer says there are more.
         */
        get: operations["getAssetsScanStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents (breached monitors), newest first, filtered and paged
         * @description Permission `incidents:read`. Telmai's docs call incidents the primary signal of a data-quality breach. Filters as documented: `severity`, `status`, `assetId`, and `from`/`to` on the detection time (ISO 8601). Paged as every Telmai list (`page`, `pageSize` at most 100, `meta.pagination`). The docs' example is cut off after `thresholdValue`: the detection time's field name (`detectedAt`) is an inference.
         */
        get: operations["getIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every answer, success or error, is `{data, error, meta}`. */
        Envelope: {
            data?: unknown;
            error?: components["schemas"]["ApiError"] | null;
            meta?: components["schemas"]["Meta"] | null;
        };
        ErrorEnvelope: {
            data?: null;
            error: components["schemas"]["ApiError"];
            meta?: components["schemas"]["Meta"] | null;
        };
        ApiError: {
            /** @description UNAUTHORIZED (401), FORBIDDEN (403), NOT_FOUND (404), and others. */
            code: string;
            message: string;
            details?: unknown;
        };
        Meta: {
            /** @description Quote it in support tickets. */
            requestId?: string;
            /** Format: date-time */
            timestamp?: string;
            pagination?: components["schemas"]["Pagination"] | null;
        };
        Pagination: {
            page: number;
            pageSize: number;
            total: number;
            totalPages: number;
        };
        ScanExecutionStarted: {
            executionId: string;
            /** @description `running` when it starts. */
            status: string;
        };
        ScanExecution: {
            executionId: string;
            /** @description running | finished | failed */
            status: string;
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            finishedAt?: string | null;
        };
        AssetScanStatus: {
            assetId: string;
            assetName?: string;
            /** @description idle | running | completed | failed | partial_failure */
            status: string;
            /** Format: date-time */
            lastCompletedAt?: string | null;
            currentRun?: components["schemas"]["AssetRun"] | null;
            lastRun?: components["schemas"]["AssetRun"] | null;
        };
        AssetRun: {
            /** @description The batch the run belongs to. The page does not say whether it equals the `executionId` of POST /api/scan/run. */
            jobId: string;
            /** @description running | completed | failed | partial_failure (as the asset's status) */
            status: string;
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            finishedAt?: string | null;
            progress?: components["schemas"]["RunProgress"] | null;
            /** @description Shown for the current run; the last run's example has none. */
            monitors?: components["schemas"]["MonitorRun"][];
        };
        /** @description Monitor counts; completed, running, failed and pending add up to total. */
        RunProgress: {
            total?: number;
            completed?: number;
            running?: number;
            failed?: number;
            pending?: number;
        };
        MonitorRun: {
            monitorId: string;
            monitorName?: string;
            /** @description pending | running | completed | failed */
            stage: string;
            durationMs?: number | null;
            /** @description null, or why the monitor failed (a message; the shape is not documented). */
            error?: unknown;
        };
        /** @description The fields the docs' example shows (it is cut off after `thresholdValue`); `detectedAt` is inferred from the `from`/`to` filter ("Detected at") and the user guide's "Detection timestamp". Status and severity are plain strings. */
        Incident: {
            id?: string | number;
            monitorId?: string;
            assetId?: string;
            productId?: string;
            /** @description critical | high | medium | low */
            severity?: string;
            /** @description open | in_progress | resolved */
            status?: string;
            message?: string;
            metricValue?: number | null;
            thresholdValue?: number | null;
            /** Format: date-time */
            detectedAt?: string | null;
        };
    };
    responses: {
        /** @description Missing, invalid or expired token (`error.code` UNAUTHORIZED). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The token's role lacks the permission (`error.code` FORBIDDEN). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No such execution (`error.code` NOT_FOUND). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    runScan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["ScanExecutionStarted"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getScanStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                executionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["ScanExecution"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getAssetsScanStatus: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["AssetScanStatus"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getIncidents: {
        parameters: {
            query?: {
                severity?: string;
                status?: string;
                assetId?: string;
                /** @description Detected at or after (ISO 8601). */
                from?: string;
                /** @description Detected at or before (ISO 8601). */
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of incidents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Incident"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
