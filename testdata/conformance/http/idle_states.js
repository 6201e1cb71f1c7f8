// Responses on one keep-alive connection whose socket's Writable state is
// not idle when res.end() runs (corked by the handler, its default
// encoding set, a chunked response before), between plain ones: the host
// asks an idle state's fields once per state shape (js/net.js idleHold),
// and each response, its 'finish' against ticks and what the client
// receives must be node's.
const http = require('http');
const net = require('net');

const log = [];
const steps = {
  corked(req, res) {
    req.socket.cork();
    res.end('corked');
    log.push(`corked=${req.socket.writableCorked}`);
    process.nextTick(() => { req.socket.uncork(); log.push('uncorked'); });
  },
  encoding(req, res) {
    req.socket.setDefaultEncoding('utf8');
    res.end('enc \u00e9');
  },
  chunked(req, res) {
    res.write('a');
    res.end('b');
  },
  length(req, res) {
    res.setHeader('Content-Length', 3);
    res.end('len');
  },
};
const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  res.on('finish', () => log.push(`${name} finish`));
  process.nextTick(() => log.push(`${name} tick`));
  if (steps[name]) steps[name](req, res);
  else res.end(`plain ${name}`);
});

const order = ['p1', 'p2', 'corked', 'p3', 'p4', 'chunked', 'p5', 'length', 'p6', 'encoding', 'p7', 'p8'];
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setEncoding('latin1');
  let buf = '';
  let i = 0;
  const send = () => c.write(`GET /${order[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  c.on('data', (d) => {
    buf += d;
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = buf.slice(0, end);
    const rest = buf.slice(end + 4);
    const cl = /content-length: (\d+)/i.exec(head);
    let body;
    if (cl) {
      if (rest.length < Number(cl[1])) return;
      body = rest.slice(0, Number(cl[1]));
    } else {
      if (!rest.endsWith('0\r\n\r\n')) return;
      body = JSON.stringify(rest);
    }
    buf = '';
    console.log(`${order[i]}: ${head.split('\r\n').filter((l) => !/^date:/i.test(l)).join(' | ')} | body ${JSON.stringify(body)}`);
    console.log(`  ${log.splice(0).join(', ')}`);
    if (++i < order.length) send();
    else {
      c.end();
      server.close();
    }
  });
  send();
});
