import d from './data.json' with { type: 'json' };
export default d;
