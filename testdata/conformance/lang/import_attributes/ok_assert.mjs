import d from './data.json' assert { type: 'json' };
export default d;
