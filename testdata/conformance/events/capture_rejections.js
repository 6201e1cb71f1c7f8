'use strict';
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log('symbol', captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);

const e = new EventEmitter({ captureRejections: true });
e.on('data', async (x) => {
  throw new Error(`failed ${x}`);
});
e.on('error', (err) => console.log('error event:', err.message));
e.emit('data', 1);

// The rejection symbol method takes precedence over 'error'.
class Custom extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
  }
  [captureRejectionSymbol](err, event, ...args) {
    console.log('rejection handler:', err.message, event, JSON.stringify(args));
  }
}
const c = new Custom();
c.on('go', async (a, b) => {
  throw new Error('custom');
});
c.emit('go', 'a', 'b');

// Without capture, rejections are not routed to 'error'.
const plain = new EventEmitter();
plain.on('error', () => console.log('should not happen'));
plain.on('data', () => Promise.reject(new Error('ignored')).catch(() => console.log('caught by user')));
plain.emit('data');

// Thenables work too; resolved promises do nothing.
const t = new EventEmitter({ captureRejections: true });
t.on('error', (err) => console.log('thenable error:', err));
t.on('x', () => ({ then(resolve, reject) { reject('thenable-reason'); } }));
t.on('x', async () => 'fine');
t.emit('x');

// Static switch affects emitters created afterwards.
EventEmitter.captureRejections = true;
const later = new EventEmitter();
later.on('error', (err) => console.log('static capture:', err.message));
later.on('y', async () => { throw new Error('late'); });
later.emit('y');
EventEmitter.captureRejections = false;
try {
  EventEmitter.captureRejections = 'yes';
} catch (err) {
  console.log(err.code, err.message);
}
try {
  new EventEmitter({ captureRejections: 1 });
} catch (err) {
  console.log(err.code, err.message);
}
setTimeout(() => console.log('done'), 5);
