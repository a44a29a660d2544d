/** Types for bundle.cjs (used by tests written in TypeScript). */
export declare const ROOT: string;
export declare const GAS_ENTRY: string;
export declare const BUNDLE_OPTIONS: import('esbuild').BuildOptions;
export declare function bundleAppsScript(): Promise<string>;
export declare function bundleAppsScriptSync(): string;
