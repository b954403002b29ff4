export declare const THEME_KEY: "newsquiz:theme";
export declare const TEXT_SIZE_KEY: "newsquiz:text-size";
export declare const MIN_TEXT_SIZE: 1;
export declare const MAX_TEXT_SIZE: 5;
export declare const DEFAULT_TEXT_SIZE: 2;
export declare const preferencesScript: string;
