// listen() on an abstract unix socket refuses readableAll/writableAll (there is no file to
// chmod): node's ERR_INVALID_ARG_VALUE, thrown before anything is bound.
'use strict';
const net = require('net');

const path = '\0gojanet-abstract-' + process.pid;
const cases = [
  { readableAll: true },
  { writableAll: true },
  { readableAll: true, writableAll: true },
  { readableAll: 1 },
];
for (const extra of cases) {
  const server = net.createServer();
  try {
    server.listen({ path, ...extra });
    console.log('listened', server.listening);
  } catch (e) {
    console.log(e.name, e.code, e.message.replace(String(process.pid), 'PID'));
    console.log('listening after throw:', server.listening);
  }
}

const ok = net.createServer();
ok.listen({ path, readableAll: false }, () => {
  console.log('listening with readableAll false');
  ok.close(() => console.log('closed'));
});
