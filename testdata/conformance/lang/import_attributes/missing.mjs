import d from './data.json';
export default d;
