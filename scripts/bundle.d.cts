/** Types for bundle.cjs (used by tests written in TypeScript). */
export type Deployment = 'bound' | 'addon';
export declare const ROOT: string;
export declare const GAS_ENTRY: string;
export declare const DEPLOYMENTS: Record<Deployment, { entry: string; dist: string }>;
export declare const BUNDLE_OPTIONS: import('esbuild').BuildOptions;
export declare function bundleAppsScript(deployment?: Deployment): Promise<string>;
export declare function bundleAppsScriptSync(deployment?: Deployment): string;
