/** Types of security-response-headers.mjs (plain JavaScript: next.config.mjs loads it outside Next's bundles). */
export declare const SECURITY_RESPONSE_HEADERS: ReadonlyArray<{ key: string; value: string }>;
