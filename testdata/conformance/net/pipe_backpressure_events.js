// An echo server (c.pipe(c)) whose script listens for 'pause', 'resume' and
// 'drain': a client that stops reading makes the pipe pause the socket, and
// reading again drains and resumes it. Every byte comes back. The client
// resumes once the server has paused (not after a fixed delay: on a loaded
// machine the buffers may take longer than any delay to fill).
const net = require('net');
let resumeClient = () => {};
const total = 64 * 1024 * 1024; // more than loopback buffers, whatever the sysctls
const counts = { pause: 0, resume: 0, drain: 0 };
const server = net.createServer((c) => {
  c.on('pause', () => { counts.pause++; resumeClient(); });
  c.on('resume', () => counts.resume++);
  c.on('drain', () => counts.drain++);
  c.pipe(c);
  c.on('end', () => {
    console.log('server: paused', counts.pause > 0, 'resumed', counts.resume > 0, 'drained', counts.drain > 0);
    console.log('server: echoed all', c.bytesRead === total && c.bytesWritten === total);
  });
});
server.listen(0, '127.0.0.1', () => {
  const cl = net.connect(server.address().port, '127.0.0.1');
  const chunk = Buffer.alloc(256 * 1024, 'e');
  let sent = 0, got = 0;
  cl.pause();
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!cl.write(chunk)) { cl.once('drain', pump); return; }
    }
    cl.end();
  }
  resumeClient = () => { resumeClient = () => {}; setImmediate(() => cl.resume()); };
  cl.on('connect', pump);
  cl.on('data', (d) => { got += d.length; });
  cl.on('end', () => console.log('client: got all', got === total));
  cl.on('close', () => server.close());
});
