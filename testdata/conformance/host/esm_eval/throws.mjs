globalThis.throwsRuns = (globalThis.throwsRuns || 0) + 1;
export const before = 1;
throw new Error('throws.mjs failed');
