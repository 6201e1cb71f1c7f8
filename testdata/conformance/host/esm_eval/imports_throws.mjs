import { before } from './throws.mjs';
globalThis.importerRan = true;
export const seen = before;
