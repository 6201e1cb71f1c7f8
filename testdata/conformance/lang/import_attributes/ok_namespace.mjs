import * as ns from './data.json' with { type: 'json' };
export default Object.keys(ns);
