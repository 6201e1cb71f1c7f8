import {
  x
} from './mod.mjs' with { type: 'json' };
export default x;
