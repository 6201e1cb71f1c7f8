'use strict';
const util = require('util');
const { once } = require('events');
const EventEmitter = require('events');
const ac = new AbortController();
ac.abort();
once(new EventEmitter(), 'never', { signal: ac.signal }).catch((err) => {
  console.log(err.name, err.code, err.message, err instanceof Error);
  console.log(Object.keys(err).join(','), String(err));
  console.log(err.cause === undefined ? 'no cause' : util.inspect(err.cause.name));
});
