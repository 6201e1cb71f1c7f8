export * from './mod.mjs' with { type: 'json' };
