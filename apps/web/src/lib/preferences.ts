/**
 * Browser-remembered reading preferences (localStorage keys and ranges) and the script that applies them
 * before first paint. Written in plain JavaScript (preferences-script.mjs) because cache-handler.mjs,
 * which Next loads outside its bundles, must recognise that script in a cached page.
 */
export { DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE, MIN_TEXT_SIZE, preferencesScript, TEXT_SIZE_KEY, THEME_KEY } from "./preferences-script.mjs";
