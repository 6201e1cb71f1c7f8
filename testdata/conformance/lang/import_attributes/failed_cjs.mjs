import c from './cjs.cjs' with { type: 'json' };
export default c;
