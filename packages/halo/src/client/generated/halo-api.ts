// Generated from specs/halo-scans.openapi.yaml by openapi-typescript. Do not edit: change the spec and run `pnpm --filter @scanstat/halo generate`.

export interface paths {
    "/scan/list.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of scans. */
        get: operations["listScans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scan/get.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the details of a scan.
         * @description There is no status field: a scan in progress is told apart only by scan/inprogress-list.json.
         */
        get: operations["getScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scan/start.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Launch a scan on a given target.
         * @description Requires the `security_scan_start` permission. Not idempotent, although it is a GET.
         *     When a scan already runs on the target the answer is 200 or 400 with the message
         *     "Scan Already In Progress (<scan id>)".
         */
        get: operations["startScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scan/inprogress-list.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of active scans. */
        get: operations["listInProgressScans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scan/inprogress-cancel.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cancel a scan that is currently in progress.
         * @description Requires the `security_scan_cancel` permission. Not idempotent, although it is a GET.
         */
        get: operations["cancelScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event/list.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of events.
         * @description Returns a paginated list of events ("Scan Started", "Scan Complete", "Scan Failed", …).
         *     No date filter is documented; the only scan key seen is `target-scan-start`.
         */
        get: operations["listEvents"];
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
        /** @description Documented as an integer; a numeric string is tolerated. */
        TargetId: number | string;
        ErrorBody: {
            code?: number | string;
            message?: string;
        };
        /** @description The answer of start and cancel. A `scan_id`, should Halo send one, names the new scan. */
        MessageBody: {
            code?: number | string;
            message?: string;
            scan_id?: string;
        };
        Pagination: {
            total?: number;
            start?: number;
            limit?: number;
        };
        ScanList: {
            /** @description The request's parameters, echoed. */
            request?: unknown;
            pagination?: components["schemas"]["Pagination"];
            list: components["schemas"]["ScanListItem"][];
        };
        ScanListItem: {
            scan: {
                /** @description `YYYY-MM-DD HH:MM`; `0000-00-00 00:00` when unset. */
                date?: string | null;
                scan_id: string;
            };
            target?: {
                target_name?: string | null;
                target_id?: components["schemas"]["TargetId"];
                /** @description The host name or address. */
                target?: string | null;
            };
        };
        InProgressScanList: {
            /** @description The request's parameters, echoed. */
            request?: unknown;
            pagination?: components["schemas"]["Pagination"];
            list: components["schemas"]["InProgressScan"][];
        };
        InProgressScan: {
            date?: string | null;
            /** @description Time spent so far; the unit is undocumented. */
            duration?: number | null;
            /** @description For example `1h 0m`. */
            duration_display?: string | null;
            /** @description An integer code; the values are undocumented. */
            status?: number | string | null;
            /** @description For example `Server - Running`. */
            status_display?: string | null;
            target_name?: string | null;
            target_id?: components["schemas"]["TargetId"];
            scan_id: string;
        };
        /** @description Counts by severity "0".."5" (5 = full control … 1 = unnecessary data; 0 is undocumented). */
        SeverityCounts: {
            [key: string]: number;
        };
        ScanDetailsResponse: {
            scan: components["schemas"]["ScanDetails"];
        };
        ScanDetails: {
            date?: string | null;
            duration?: number | null;
            issue_severity_count?: components["schemas"]["SeverityCounts"];
            issue_instance_severity_count?: components["schemas"]["SeverityCounts"];
            issue_count?: number | null;
            risk_score?: number | null;
            scan_web?: number | null;
            scan_fw?: number | null;
            scan_was?: number | null;
            scan_vms?: number | null;
            target_id?: components["schemas"]["TargetId"];
            scan_id: string;
            /** @description Not documented for get.json; read if present. */
            status?: number | string | null;
            /** @description Not documented for get.json; read if present. */
            status_display?: string | null;
        };
        EventList: {
            /** @description The request's parameters, echoed. */
            request?: unknown;
            pagination?: components["schemas"]["Pagination"];
            list: components["schemas"]["EventListItem"][];
        };
        EventListItem: {
            event: components["schemas"]["Event"];
        };
        /** @description No scan id; the scan is found through the target and the time. */
        Event: {
            event_id: string | number;
            /** @description For example "Scan Started", "Scan Complete", "Scan Failed". */
            subject?: string | null;
            /** @description `YYYY-MM-DD HH:MM`. */
            date_created?: string | null;
            /** @description For example `target-scan-start`. */
            key?: string | null;
            url?: string | null;
            target?: {
                target_name?: string | null;
                target_id?: components["schemas"]["TargetId"];
                target?: string | null;
            };
        };
    };
    responses: {
        /** @description An error: `{code, message}`; `code` is often 0, the HTTP status is what counts. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description `0` = scan id (default). */
        Sort: number;
        /** @description `0` = no (default), `1` = yes. */
        SortDesc: 0 | 1;
        /** @description Offset of the first item. Default 0. */
        Start: number;
        /** @description Page size. Default 100, at most 1000. */
        Limit: number;
        ScanIdRequired: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listScans: {
        parameters: {
            query?: {
                /** @description `0` = scan id (default). */
                sort?: components["parameters"]["Sort"];
                /** @description `0` = no (default), `1` = yes. */
                sort_desc?: components["parameters"]["SortDesc"];
                /** @description `current` (default), `recent` (recent scans per target), `prior` (prior scans), `all`. */
                type?: "current" | "recent" | "prior" | "all";
                /** @description Offset of the first item. Default 0. */
                start?: components["parameters"]["Start"];
                /** @description Page size. Default 100, at most 1000. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of scans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanList"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getScan: {
        parameters: {
            query: {
                scan_id: components["parameters"]["ScanIdRequired"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scan's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanDetailsResponse"];
                };
            };
            /** @description `scan_id required`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unknown scan (inference). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    startScan: {
        parameters: {
            query: {
                /** @description The target to scan. Printed `target_d` on the vendor page (inference that it is `target_id`). */
                target_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started, or "Scan Already In Progress (<scan id>)". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBody"];
                };
            };
            /** @description "Scan Already In Progress (<scan id>)", or a missing parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBody"];
                };
            };
            /** @description The key lacks `security_scan_start`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `target not found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listInProgressScans: {
        parameters: {
            query?: {
                /** @description `0` = created date (default). */
                sort?: number;
                /** @description `0` = no (default), `1` = yes. */
                sort_desc?: components["parameters"]["SortDesc"];
                /** @description Filter by target id. */
                target_id?: number;
                /** @description Filter by scan id. */
                scan_id?: string;
                /** @description Offset of the first item. Default 0. */
                start?: components["parameters"]["Start"];
                /** @description Page size. Default 100, at most 1000. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of scans in progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InProgressScanList"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    cancelScan: {
        parameters: {
            query: {
                scan_id: components["parameters"]["ScanIdRequired"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled (body undocumented; inference). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBody"];
                };
            };
            /** @description `scan_id required`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `{"code":404,"message":"scan not found"}`: no such scan in progress. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description `0` = name (default). */
                sort?: number;
                /** @description `0` = no (default), `1` = yes. */
                sort_desc?: components["parameters"]["SortDesc"];
                /** @description Filter by key. */
                key?: string;
                /** @description Filter by subject. */
                subject?: string;
                /** @description Filter by detail. */
                detail?: string;
                /** @description Filter by target id. */
                target_id?: number;
                /** @description Offset of the first item. Default 0. */
                start?: components["parameters"]["Start"];
                /** @description Page size. Default 100, at most 1000. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
