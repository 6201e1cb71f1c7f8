import d from './data.json' with { type: 'json', other: 'x' };
export default d;
