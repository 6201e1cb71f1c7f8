// A reporter module: a Transform stream of node's events.
const { Transform } = require('stream');
module.exports = new Transform({ writableObjectMode: true, transform(event, enc, cb) {
  cb(null, event.type === 'test:pass' || event.type === 'test:fail' ? `${event.type} ${event.data.name}\n` : undefined);
} });
