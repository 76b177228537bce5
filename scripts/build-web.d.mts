/** Types for build-web.mjs, for the TypeScript callers (bench/lighthouse.ts). */
export function needsBuild(): boolean;
/** Runs `vite build` when needed; exits the process if the build fails. */
export function buildWebIfNeeded(): void;
