/** Types of page-csp.mjs (plain JavaScript: cache-handler.mjs loads it outside Next's bundles). */
export declare function scriptHash(source: string): string;
export declare const THEME_SCRIPT_HASH: string;
export declare const PAGES_ROUTER_POLICY: string;
export declare function policyWithScripts(scriptSources: string[]): string;
export declare function noncePolicy(nonce: string, options?: { development?: boolean }): string;
export declare function frameworkScriptHash(source: string): string | null;
export declare function scriptsOf(html: string): Array<{ attributes: string; text: string }>;
export declare function cachedPagePolicy(html: string): string | null;
