/** Types of permissions-policy.mjs (plain JavaScript: next.config.mjs loads it outside Next's bundles). */
export declare const PERMISSIONS_POLICY: string;
