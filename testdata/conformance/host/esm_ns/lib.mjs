export let counter = 0;
export function bump() { counter++; }
export default class Thing {}
export const name = 'lib';
