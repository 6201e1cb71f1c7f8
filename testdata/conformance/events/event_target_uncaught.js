process.on('exit', (c) => console.log('exit', c));
const t = new EventTarget();
t.addEventListener('x', () => { throw new Error('listener boom'); });
t.dispatchEvent(new Event('x'));
console.log('after');
setTimeout(() => console.log('never'), 10);
