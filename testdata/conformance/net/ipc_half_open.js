// Half-open over a Unix socket: the client ends, the server answers after.
const net = require('net');
const path = (process.env.TMPDIR || '/tmp') + '/gojanet-ipc-half-' + process.pid + '-' + Math.random().toString(36).slice(2) + '.sock';
const server = net.createServer({ allowHalfOpen: true }, (c) => {
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('server: end', got, 'readyState', c.readyState);
    c.end('answer to ' + got);
  });
});
server.listen({ path }, () => {
  const c = net.connect({ path, allowHalfOpen: true }, () => c.end('question'));
  c.on('finish', () => console.log('client: finish, readyState', c.readyState));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client: end', got));
  c.on('close', () => server.close(() => console.log('closed')));
});
