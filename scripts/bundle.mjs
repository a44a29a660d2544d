// ESM face of bundle.cjs, for the build and run-ts scripts.
import bundler from './bundle.cjs';

export const { ROOT, GAS_ENTRY, DEPLOYMENTS, BUNDLE_OPTIONS, bundleAppsScript, bundleAppsScriptSync } = bundler;
