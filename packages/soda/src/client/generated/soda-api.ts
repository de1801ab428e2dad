// Generated from specs/soda-cloud-scans.openapi.json by openapi-typescript. Do not edit: change the spec and run `pnpm --filter @scanstat/soda generate`.

export interface paths {
    "/api/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger a scan
         * @description This endpoint enables you to execute a scan that has been defined within Soda Cloud and which runs on a Soda Runner connected to the account. Call this endpoint from within your data pipeline to programmatically execute scans from outside the Soda Cloud environment.
         *
         *     This POST uses the following parameters to provide specific details:
         *
         *     - `scanDefinition`: Supply a string value to specify the scan definition in Soda Cloud. To retrieve this value, navigate to the Scans page in Soda Cloud, then select the scan definition you wish to execute remotely and copy the scan name, which is the smaller text under the label. For example, `weekday_scan_schedule`. <br /> The scan definition _must be_ connected to a Soda Runner in order to execute a scan remotely, _not_ Soda Library.
         *
         *     - `dataTimestamp`: (Optional) Supply a value to indicate a specific timestamp for the scan for Soda Cloud. For example, provide a time in the past so that although Soda executes the scan when you call the endpoint, it timestamps the scan with the value you provide so that it appears in the user interface with your supplied timestamp value, not the time at which it actually executed the scan. Supply an ISO8601 timestamp value such as: `2023-12-31T10:15:30+01:00`. If you do not specify a value, Soda uses the current moment to timestamp the scan.
         *
         *     The Response of this call, when successful, is `201` and contains headers `Location` and `X-Soda-Scan-Id` which identify the executed scan. Use the value of `X-Soda-Scan-Id` in the `scanId` parameter of the **Get scan status**, **Get scan logs**, and **Cancel a scan** endpoints.
         *
         *     ## Authentication
         *
         *     User authentication required: `true`
         *
         *     This endpoint accepts authentication via API keys in the `Basic` authentication header, or a pre-authenticated token in HTTP cookie `token`. Cookie sessions extend automatically on each request.
         *
         *     ## Authorization
         *
         *     Any Soda Cloud user in your organization may execute this query.
         *
         *     ## Tags
         *
         *     `Scans`
         *
         *     ## Rate limiting
         *
         *     10 requests/60 seconds
         */
        post: operations["POST/api/v1/scans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans/{scanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get scan status
         * @description This endpoint enables you to check on the state of a scan that you executed using the **Trigger a scan** endpoint. Call this endpoint to monitor the status of a scan during its execution.
         *
         *     If you wish to access the logs of a completed scan, use the **Get scan logs** endpoint.
         *
         *     This POST uses the following parameter to provide specific details:
         *
         *     - `scanId`: Use the value of `X-Soda-Scan-Id` returned as part of the `201` response when you called the **Trigger a scan** endpoint.
         *
         *     As a scan executes, you can call this endpoint to progressively collect values based on the state of the scan. Refer to the list below for the states that calls to this endpoint return.
         *
         *     - `queuing`: The scan is in the queue for execution, awaiting a pick-up from a Soda Runner.
         *
         *     - `executing`: A Soda Runner has picked up the scan and is executing.
         *
         *     - `cancelationRequested`: An entity requested cancelation of this scan and the request is awaiting pick-up from the Soda Runner responsible for the scan.
         *
         *     - `timeOutRequested`: A time out has been detected, and an automatic request to stop the scan execution is awaiting pick-up from the Soda Runner responsible for the scan.
         *
         *     - `canceled`: A Soda Runner confirmed that the scan has been cancelled. This is the final state of the scan.
         *
         *     - `timedOut`: A Soda Runner confirmed that the scan has timed-out. This is the final state of the scan.
         *
         *     - `failed`: The scan did not start, or it did not successfully complete because of an unexpected cause. This is the final state of the scan.
         *
         *     - `completedWithErrors`: The scan completed successfully, but there were errors involving some of the checks in the scan. This is the final state of the scan.
         *
         *     - `completedWithFailures`: The scan completed successfully and reveals failed results for some checks. This is the final state of the scan.
         *
         *     - `completedWithWarnings`: The scan completed successfully and reveals warning results for some checks. This is the final state of the scan.
         *
         *     - `completed`: The scan completed successfully and reveals passing results for all checks. This is a final state of a scan
         *
         *     To get the logs of the completed scan, please use API `/api/v1/scans/{scanId}/logs`.
         *
         *     ## Authentication
         *
         *     User authentication required: `true`
         *
         *     This endpoint accepts authentication via API keys in the `Basic` authentication header, or a pre-authenticated token in HTTP cookie `token`. Cookie sessions extend automatically on each request.
         *
         *     ## Authorization
         *
         *     Any Soda Cloud user in your organization may execute this query.
         *
         *     ## Tags
         *
         *     `Scans`
         *
         *     ## Rate limiting
         *
         *     60 requests/60 seconds
         */
        get: operations["GET/api/v1/scans/{scanId}"];
        put?: never;
        post?: never;
        /**
         * Cancel a scan
         * @description This endpoint enables you to cancel a scan.
         *
         *     Depending on the state of the scan when you call this endpoint, the response returns one of the following:
         *
         *     - Where the state is `pending`, Soda immediately changes the state to `canceled`.
         *
         *     - Where the state is `submitted`, Soda immediately changes the state to `cancelationRequested`. - Where the scan is in any other state, the endpoint returns a `400` (Bad request) response.
         *
         *     This DELETE uses the following parameters to provide specific details:
         *
         *     - `scanId`: Use the value of `X-Soda-Scan-Id` returned as part of the `201` response when you called the **Trigger a scan** endpoint.
         *
         *     ## Authentication
         *
         *     User authentication required: `true`
         *
         *     This endpoint accepts authentication via API keys in the `Basic` authentication header, or a pre-authenticated token in HTTP cookie `token`. Cookie sessions extend automatically on each request.
         *
         *     ## Authorization
         *
         *     Any Soda Cloud user in your organization may execute this query.
         *
         *     ## Tags
         *
         *     `Scans`
         *
         *     ## Rate limiting
         *
         *     10 requests/60 seconds
         */
        delete: operations["DELETE/api/v1/scans/{scanId}"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans/{scanId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get scan logs
         * @description This endpoint enables you to gather log details about the final state of a scan you executed using the **Trigger a scan** endpoint. Use this endpoint to study scan logs to investigate issues with its execution.
         *
         *     If you wish to access the state of a scan in progress, use the **Get scan status** endpoint.
         *
         *     This GET is a paginated API that uses the following parameters to request specific details:
         *
         *     - `scanId`: Use the value of `X-Soda-Scan-Id` returned as part of the `201` response when you called the **Trigger a scan** endpoint.
         *
         *     - `size`: Supply an integer value between 100 and 1000, inclusive. The default value is 1000.
         *
         *     - `page`: Supply an integer value. The default value is 0.
         *
         *     The response sorts the the log information by creation timestamp in ascending order.
         *
         *     ## Authentication
         *
         *     User authentication required: `true`
         *
         *     This endpoint accepts authentication via API keys in the `Basic` authentication header, or a pre-authenticated token in HTTP cookie `token`. Cookie sessions extend automatically on each request.
         *
         *     ## Authorization
         *
         *     Any Soda Cloud user in your organization may execute this query.
         *
         *     ## Tags
         *
         *     `Scans`
         *
         *     ## Rate limiting
         *
         *     60 requests/60 seconds
         */
        get: operations["GET/api/v1/scans/{scanId}/logs"];
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
        ErrorResponse: {
            code?: string;
            message?: string;
        };
        /** @enum {string} */
        EvaluationStatusDTO: "pass" | "warn" | "fail" | "notEvaluated" | "excluded";
        /** @enum {string} */
        LogLevelDTO: "debug" | "info" | "warning" | "error";
        LogsContentDTO: {
            /** Format: int32 */
            index: number;
            level: components["schemas"]["LogLevelDTO"];
            message: string;
            /** Format: date-time */
            timestamp: string;
        };
        PublicApiCheckSlimDTO: {
            evaluationStatus?: components["schemas"]["EvaluationStatusDTO"];
            id?: string;
        };
        PublicApiPostProcessingStageDTO: {
            /** Format: date-time */
            ended?: string;
            name: components["schemas"]["PublicApiPostProcessingStageTypeDTO"];
            /** Format: date-time */
            started?: string;
            state?: components["schemas"]["PublicApiPostProcessingStageStateDTO"];
        };
        /** @enum {string} */
        PublicApiPostProcessingStageStateDTO: "ongoing" | "completed" | "failed";
        /** @enum {string} */
        PublicApiPostProcessingStageTypeDTO: "diagnosticWarehouse";
        PublicApiScanDefinitionSlim: {
            id: string;
            name: string;
        };
        PublicApiScanLogsResponse: {
            content: components["schemas"]["LogsContentDTO"][];
            first: boolean;
            last: boolean;
            /** Format: int32 */
            number: number;
            /** Format: int32 */
            size: number;
            /** Format: int32 */
            totalElements: number;
            /** Format: int32 */
            totalPages: number;
        };
        PublicApiScanStatusResponse: {
            /** @deprecated */
            agentId?: string;
            checks?: components["schemas"]["PublicApiCheckSlimDTO"][];
            cloudUrl: string;
            contractDatasetCloudUrl?: string;
            /** Format: date-time */
            created: string;
            /** Format: date-time */
            ended?: string;
            /** Format: int32 */
            errors?: number;
            /** Format: int32 */
            failures?: number;
            id: string;
            postProcessingStages?: components["schemas"]["PublicApiPostProcessingStageDTO"][];
            runnerId?: string;
            scanDefinition?: components["schemas"]["PublicApiScanDefinitionSlim"];
            /** Format: date-time */
            scanTime?: string;
            /** Format: date-time */
            started?: string;
            state: components["schemas"]["ScanStateDTO"];
            /** Format: date-time */
            submitted?: string;
            /** Format: int32 */
            warnings?: number;
        };
        /** @enum {string} */
        ScanStateDTO: "queuing" | "executing" | "started" | "cancelationRequested" | "timeOutRequested" | "canceled" | "timedOut" | "failed" | "completedWithErrors" | "completedWithFailures" | "completedWithWarnings" | "completed";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "POST/api/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** Format: date-time */
                    dataTimestamp?: string;
                    scanDefinition: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    Location?: string;
                    "X-Soda-Scan-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "GET/api/v1/scans/{scanId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicApiScanStatusResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "DELETE/api/v1/scans/{scanId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "GET/api/v1/scans/{scanId}/logs": {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                scanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicApiScanLogsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
