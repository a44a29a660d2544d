/** Types for manifest.cjs (used by tests written in TypeScript). */
export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}
export interface Manifest {
  timeZone: string;
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
  oauthScopes?: string[];
  runtimeVersion?: string;
  exceptionLogging?: string;
  [key: string]: unknown;
}
export declare function buildManifest(): Manifest;
export declare function manifestText(): string;
