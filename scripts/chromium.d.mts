/** Types for scripts/chromium.mjs, which the TypeScript e2e helpers import. */
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
