import d from './data.json' with { type: 'css' };
export default d;
