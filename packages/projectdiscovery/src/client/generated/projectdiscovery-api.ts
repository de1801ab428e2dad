// Generated from specs/pdcp-scans.openapi.yaml by openapi-typescript. Do not edit: change the spec and run `pnpm --filter @scanstat/projectdiscovery generate`.

export interface paths {
    "/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Scan List
         * @description Get user scans status
         */
        get: operations["get-v1-scans"];
        put?: never;
        /**
         * Create Scan
         * @description Trigger a scan
         */
        post: operations["post-v1-scans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{scan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        /**
         * Get Scan
         * @description Get details of a scan by scan ID
         */
        get: operations["get-v1-scans-scan_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{scan_id}/rescan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rescan scan
         * @description Re-run a existing scan
         */
        post: operations["post-v1-scans-scan_id-rescan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scans/{scan_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop Scan
         * @description Stop a running scan, not applied in any other state.
         */
        post: operations["post-v1-scans-scan_id-stop"];
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
        /** AssetFilters */
        AssetFilters: {
            /** @description Filter by comma separated cnames, e.g-> cname=p1,p2 */
            cname?: string;
            /** @description Filter by comma separated content lengths, e.g-> content_length=p1,p2 */
            content_length?: string;
            /** @description Filter by custom filter. Double encode the query string. */
            custom_filter?: string;
            /** @description Filter by comma separated domain names, e.g-> domain=domain1.com,domain2.com */
            domain?: string[];
            /**
             * Format: date
             * @description Filter by end date
             */
            end_date?: string;
            /** @description Filter by enumeration ids */
            enumeration_ids?: string[];
            /** @description Filter by comma separated hosts, e.g-> host=p1,p2 */
            host?: string;
            /** @description Filter by comma separated ips, e.g-> ip=p1,p2 */
            ip?: string;
            /** @description Return the records that have favicon */
            is_favicon?: boolean;
            /** @description Filter by new content */
            is_new?: boolean;
            /** @description Return the records with screenshots */
            is_screenshot?: boolean;
            /** @description Return records that have technologies */
            is_tech?: boolean;
            /** @description Filter by comma separated labels, e.g-> labels=p1,p2 */
            labels?: string;
            /** @description Return assets that haven't been seen in the last N days. An asset is only included if a scan that covers it has run during that period without rediscovering it, so assets that simply haven't been rescanned recently are not matched. */
            not_seen_for_days?: number;
            /** @description Query only dns FQDN records */
            only_dns?: boolean;
            /** @description Query only dns IP records */
            only_ip?: boolean;
            /** @description Filter by comma separated ports, e.g-> port=p1,p2 */
            port?: string;
            /** @description Search on the content name */
            search?: string;
            /**
             * Format: date
             * @description Filter by start date
             */
            start_date?: string;
            /** @description Filter by comma separated status codes, e.g-> status_code=p1,p2 */
            status_code?: string;
            /** @description Filter by comma separated technologies, e.g-> technologies=p1,p2 */
            technologies?: string;
            /** @description Filter by time range */
            time?: components["schemas"]["TimeRangeQueryParameter"];
            /** @description Filter by comma separated titles, e.g-> title=p1,p2 */
            title?: string;
        };
        /** EnumerationIds */
        EnumerationIds: {
            id: string;
        };
        /** PrivateTemplates */
        PrivateTemplates: {
            contents: string;
            name: string;
        };
        /** ScanSchedule */
        ScanSchedule: {
            /**
             * @description Array of integer denoting the weekdays on which the scan is supposed to run.
             *     0-6 denoting Sunday-Saturday.
             */
            custom_weekdays?: number[];
            hourly_frequency?: number;
            scan_frequency: string;
            scan_id: string;
            schedule_last_run: string;
            schedule_next_run: string;
            /** Format: time */
            start_time?: string;
        };
        /** ScanStatusItem */
        ScanStatusItem: {
            /**
             * @default distribute
             * @enum {string}
             */
            agent_behavior?: "distribute" | "mirror";
            agent_id?: string;
            agent_networks?: string[];
            agent_tags?: string[];
            asset_ids?: string[];
            completed_at: string;
            created_at: string;
            failure_reason: string;
            is_automatic?: boolean;
            is_cloud: boolean;
            is_internal?: boolean;
            is_oss: boolean;
            is_rescan?: boolean;
            name: string;
            progress: number;
            public_templates?: string[];
            report_config_ids?: string[];
            rescan_count?: number;
            scan_config_ids?: string[];
            scan_id: string;
            scan_time_elapsed: string;
            schedule?: components["schemas"]["ScanSchedule"];
            severity?: Record<string, never>;
            status: string;
            template_ids?: string[];
            template_urls?: string[];
            total_result: number;
            total_scan: number;
            total_target: number;
            total_template: number;
            updated_at: string;
        };
        /**
         * TimeRangeQueryParameter
         * @enum {string}
         */
        TimeRangeQueryParameter: "last_day" | "last_week" | "last_month" | "last_3_months" | "last_6_months" | "last_12_months" | "all_time";
    };
    responses: {
        /** @description Example response */
        DeleteScansResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    message: string;
                    ok?: boolean;
                };
            };
        };
        /** @description Example response */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    code?: string;
                    error?: string;
                    error_id?: string;
                    kind?: string;
                    message: string;
                    param?: string;
                    status?: number;
                };
            };
        };
        /** @description Example response */
        GetScanDetailsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScanStatusItem"];
            };
        };
        /** @description Example response */
        GetScansStatusResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    current_page: number;
                    data: components["schemas"]["ScanStatusItem"][];
                    message: string;
                    result_count: number;
                    total_pages: number;
                    total_results: number;
                };
            };
        };
        /** @description Example response */
        TriggerUserScanResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    id?: string;
                    message: string;
                    "truncated-scan-targets"?: number;
                };
                "application/xml": {
                    id?: string;
                    message?: string;
                };
                "multipart/form-data": {
                    id?: string;
                    message: string;
                };
                "text/html": {
                    id?: string;
                    message: string;
                };
            };
        };
    };
    parameters: never;
    requestBodies: {
        TriggerUserScanRequest: {
            content: {
                "application/json": {
                    /**
                     * @default distribute
                     * @enum {unknown}
                     */
                    agent_behavior?: "distribute" | "mirror";
                    agent_id?: string;
                    agent_networks?: string[];
                    agent_tags?: string[];
                    alerting_config_ids?: string[];
                    all?: boolean;
                    asset_filters?: components["schemas"]["AssetFilters"];
                    assets?: string[];
                    automatic_scan?: boolean;
                    disable_global_alert_config?: boolean;
                    disable_global_report_config?: boolean;
                    disable_global_scan_config?: boolean;
                    early_templates?: string[];
                    enumeration_ids?: components["schemas"]["EnumerationIds"][];
                    exclude_targets?: string[];
                    /** @description Combined inclusion and exclusion patterns for scan scope. Exclusion patterns (e.g. `*.staging.company.com`) filter out matching targets. Inclusion patterns use a `+` prefix (e.g. `+prod-*.company.com`) to restrict scanning to only matching targets (allowlist mode). When inclusion patterns are present, targets must match at least one inclusion pattern and not match any exclusion pattern. Supports exact domains, wildcard patterns, IP addresses, and CIDR ranges. */
                    exclusions?: string[];
                    name?: string;
                    private_templates?: components["schemas"]["PrivateTemplates"][];
                    recommended?: boolean;
                    reporting_config_ids?: string[];
                    scan_all_assets?: boolean;
                    scan_config_ids?: string[];
                    schedule_only?: boolean;
                    socks5_proxy?: string;
                    targets?: string[];
                    templates?: string[];
                };
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "get-v1-scans": {
        parameters: {
            query?: {
                /** @description filter by internal scans */
                is_internal?: boolean;
                /** @description number of scan-status results to fetch */
                limit?: number;
                /** @description number of scan-status results to skip */
                offset?: number;
                /** @description search term for running scans */
                search?: string;
                /** @description comma separated ascending sorting e.g sort_asc=created_at,severity */
                sort_asc?: string;
                /** @description comma separated descending sorting e.g sort_desc=created_at,severity */
                sort_desc?: string;
                /** @description filter by status (failed, finished, queued, running, starting, uploaded, scheduled) */
                status?: string;
            };
            header?: {
                /** @description Retrieve the Team ID from: https://cloud.projectdiscovery.io/settings/team */
                "X-Team-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetScansStatusResponse"];
            400: components["responses"]["ErrorResponse"];
            401: components["responses"]["ErrorResponse"];
            499: components["responses"]["ErrorResponse"];
            500: components["responses"]["ErrorResponse"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    "post-v1-scans": {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrieve the Team ID from: https://cloud.projectdiscovery.io/settings/team */
                "X-Team-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["TriggerUserScanRequest"];
        responses: {
            200: components["responses"]["TriggerUserScanResponse"];
            400: components["responses"]["ErrorResponse"];
            401: components["responses"]["ErrorResponse"];
            500: components["responses"]["ErrorResponse"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    "get-v1-scans-scan_id": {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrieve the Team ID from: https://cloud.projectdiscovery.io/settings/team */
                "X-Team-Id"?: string;
            };
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetScanDetailsResponse"];
            400: components["responses"]["ErrorResponse"];
            401: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            499: components["responses"]["ErrorResponse"];
            500: components["responses"]["ErrorResponse"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    "post-v1-scans-scan_id-rescan": {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrieve the Team ID from: https://cloud.projectdiscovery.io/settings/team */
                "X-Team-Id"?: string;
            };
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TriggerUserScanResponse"];
            400: components["responses"]["ErrorResponse"];
            401: components["responses"]["ErrorResponse"];
            500: components["responses"]["ErrorResponse"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    "post-v1-scans-scan_id-stop": {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrieve the Team ID from: https://cloud.projectdiscovery.io/settings/team */
                "X-Team-Id"?: string;
            };
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DeleteScansResponse"];
            400: components["responses"]["ErrorResponse"];
            401: components["responses"]["ErrorResponse"];
            500: components["responses"]["ErrorResponse"];
            default: components["responses"]["ErrorResponse"];
        };
    };
}
