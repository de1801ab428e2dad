// Generated from specs/telmai-classic.openapi.yaml by openapi-typescript. Do not edit: change the spec and run `pnpm --filter @scanstat/telmai generate`.

export interface paths {
    "/api/auth/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A bearer token by the password or refresh_token grant.
         * @description The newest page lists camelCase parameters (grantType, refreshToken) and its curl sends them
         *     in the query string with an empty body; older pages list snake_case (grant_type,
         *     refresh_token). Which the server accepts is unknown: scanstat sends both spellings.
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data/{tenant}/assets/{assetId}/batch_data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts a scan (data upload) of one asset. */
        post: operations["triggerAssetScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backend/{tenant}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backend/{tenant}/configuration/sources/{sourceId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The alerts a job raised (a read, sent as POST as documented).
         * @description Inference — the source id is the asset id the job was started for.
         */
        post: operations["getSourceJobAlerts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backend/{tenant}/configuration/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The older form of the job's alerts (needs no source). */
        get: operations["getJobAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backend/{tenant}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listIncidents"];
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
        /** @description The documented error body of the auth controller, e.g. {"description":"Unauthorized"}. */
        ErrorDescription: {
            description?: string;
        };
        TokenResponse: {
            access_token: string;
            refresh_token?: string;
            token_type?: string;
            /** @description Seconds. Newer pages show a number (3600), older ones a string ("3600"). */
            expires?: number | string;
        };
        UploadStarted: {
            message?: string;
            job_id: string;
        };
        Job: {
            id: string;
            /** @description PREPARING, BATCH_WAIT, IN_PROGRESS, FINISHED or FAILED (the webhook page's list). Kept open. */
            status: string;
            details?: string | null;
        };
        Alert: {
            type?: string;
            source?: string;
            /** @description A string on the newest page; an object keyed by priority in the older and incidents pages. */
            description?: unknown;
            job_id?: string;
            create_time?: string;
            save_time?: string;
            is_notification_enabled?: boolean;
            metric_time?: unknown;
            metric_value?: unknown;
            policy_name?: string;
            /** @description "<priority_level>"; the incidents page shows HIGH. Inference: LOW / MEDIUM / HIGH. */
            priority?: string;
            source_name?: string;
            source_type?: string;
        };
        Incident: {
            id: number;
            project_id?: number;
            asset_id?: string;
            last_upload_timestamp?: string;
            created_time?: string;
            /** @description LOW, MEDIUM or HIGH */
            severity?: string;
            impact?: string;
            /** @description OPEN or CLOSED */
            status?: string;
            ticket_id?: number;
            alert_policy_id?: string;
            alert_policy_name?: string;
            description?: string;
            tags?: string[];
        };
        /** @description What Telmai POSTs to a job-status webhook. No signature is documented. */
        JobStatusWebhook: {
            tenant?: string;
            source?: string;
            jobId?: string;
            status?: string;
            details?: string;
        };
    };
    responses: {
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDescription"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDescription"];
            };
        };
        /** @description Not Found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDescription"];
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
    requestToken: {
        parameters: {
            query?: {
                clientId?: string;
                grantType?: "password" | "refresh_token";
                grant_type?: "password" | "refresh_token";
                username?: string;
                password?: string;
                refreshToken?: string;
                refresh_token?: string;
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    triggerAssetScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Data upload started */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadStarted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getSourceJobAlerts: {
        parameters: {
            query: {
                job_id: string;
            };
            header?: never;
            path: {
                tenant: string;
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's alerts (a bare array; no pagination documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getJobAlerts: {
        parameters: {
            query: {
                job_id: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's alerts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                severities?: string;
                from_time?: string;
                to_time?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A bare array of incidents (no pagination documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
