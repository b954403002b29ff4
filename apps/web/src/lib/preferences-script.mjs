// @ts-check
/**
 * The theme/text-size script that runs before first paint, in plain JavaScript with no imports: the cache
 * handler (cache-handler.mjs, loaded by Next outside its bundles) recognises it in a cached page, and
 * src/lib/preferences.ts re-exports it for the layout and the client components.
 */
export const THEME_KEY = "newsquiz:theme";
export const TEXT_SIZE_KEY = "newsquiz:text-size";
export const MIN_TEXT_SIZE = 1;
export const MAX_TEXT_SIZE = 5;
export const DEFAULT_TEXT_SIZE = 2;

/**
 * Runs before first paint (inline in <head>) so a remembered theme or text size never flashes.
 * Kept tiny and dependency-free; it only reads localStorage and sets two attributes on <html>.
 * Every page's CSP allows it by its hash (src/lib/page-csp.mjs), so it needs no nonce.
 */
export const preferencesScript = `(()=>{try{var d=document.documentElement,t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t;var s=Number(localStorage.getItem("${TEXT_SIZE_KEY}"));d.dataset.textSize=String(s>=${MIN_TEXT_SIZE}&&s<=${MAX_TEXT_SIZE}?s:${DEFAULT_TEXT_SIZE});}catch(e){}})();`;
