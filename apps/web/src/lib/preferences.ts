/** Browser-remembered reading preferences (localStorage keys and ranges). */
export const THEME_KEY = "newsquiz:theme";
export const TEXT_SIZE_KEY = "newsquiz:text-size";
export const MIN_TEXT_SIZE = 1;
export const MAX_TEXT_SIZE = 5;
export const DEFAULT_TEXT_SIZE = 2;

/**
 * Runs before first paint (inline in <head>) so a remembered theme or text size never flashes.
 * Kept tiny and dependency-free; it only reads localStorage and sets two attributes on <html>.
 */
export const preferencesScript = `(()=>{try{var d=document.documentElement,t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t;var s=Number(localStorage.getItem("${TEXT_SIZE_KEY}"));d.dataset.textSize=String(s>=1&&s<=5?s:${DEFAULT_TEXT_SIZE});}catch(e){}})();`;
