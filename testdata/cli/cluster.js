// A cluster of two workers serving one echo server (round-robin, or with
// SCHED_NONE the shared listening socket: argv[2] === 'none'). The primary's
// clients must reach both workers under round-robin; every worker reports
// the same port; disconnect closes the servers and the workers exit.
// Events are collected per worker and printed sorted, in worker order, since
// the two workers race each other.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  if (process.argv[2] === 'none') cluster.schedulingPolicy = cluster.SCHED_NONE;
  const log = {};
  const note = (w, what) => (log[w.id] = log[w.id] || []).push(what);
  const ports = new Set();
  const pids = new Set();
  let listening = 0;
  cluster.on('setup', (s) => console.log('setup', typeof s.exec, Array.isArray(s.args), s.silent));
  cluster.on('fork', (w) => note(w, 'fork'));
  cluster.on('online', (w) => note(w, 'online'));
  cluster.on('message', (w, m) => note(w, `message ${JSON.stringify(m)}`));
  cluster.on('disconnect', (w) => note(w, 'disconnect'));
  cluster.on('exit', (w, code, signal) => {
    note(w, `exit ${code} ${signal} ${w.exitedAfterDisconnect} ${w.state} ${w.isDead()}`);
  });
  process.on('exit', () => {
    // A worker's 'exit' and 'disconnect' may come in either order.
    for (const id of Object.keys(log).sort()) console.log(`worker ${id}: ${log[id].sort().join(', ')}`);
    console.log('ports', ports.size, 'pids seen', pids.size, 'workers left', Object.keys(cluster.workers).length);
  });
  cluster.on('listening', (w, addr) => {
    note(w, `listening ${addr.address} ${addr.addressType} ${Object.hasOwn(addr, 'fd')}`);
    ports.add(addr.port);
    if (++listening < 2) return;
    const want = process.argv[2] === 'none' ? 1 : 2;
    let tries = 0;
    const next = () => {
      const c = net.connect(addr.port, '127.0.0.1');
      let got = '';
      c.setEncoding('utf8');
      c.on('data', (d) => (got += d));
      c.on('end', () => {
        pids.add(got);
        if (pids.size < want && ++tries < 40) next();
        else cluster.disconnect(() => console.log('disconnected', Object.keys(cluster.workers).length));
      });
    };
    next();
  });
  const w1 = cluster.fork();
  cluster.fork({ GREETING: 'hi' });
  console.log('worker', w1.id, w1 instanceof cluster.Worker, w1.state, Object.keys(cluster.workers).join());
} else {
  const server = net.createServer((c) => c.end(String(process.pid)));
  server.listen(0, '127.0.0.1', () => {
    process.send({
      id: cluster.worker.id,
      isWorker: cluster.isWorker,
      env: process.env.GREETING || null,
      uniqueId: 'NODE_UNIQUE_ID' in process.env,
    });
  });
}
