'use strict';
// write() on something that is not a decoder throws ERR_INVALID_THIS (after
// the argument check), as node's.
const { StringDecoder } = require('string_decoder');
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
show('prototype', () => new StringDecoder('utf8').__proto__.write(Buffer.from('abc')));
show('plain object', () => StringDecoder.prototype.write.call({}, Buffer.from('abc')));
show('bad argument first', () => StringDecoder.prototype.write.call({}, 42));
show('string passes through', () => StringDecoder.prototype.write.call({}, 'str'));
show('a decoder', () => new StringDecoder('hex').write(Buffer.from('abc')));
