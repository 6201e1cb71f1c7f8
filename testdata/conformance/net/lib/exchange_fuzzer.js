// The plan fuzzer behind random_exchanges*.js: for each seed, each side of a
// TCP or Unix-socket connection follows a small random plan drawn from
// `acts`, one step every STEP ms with the two sides STEP / 2 apart, with random
// allowHalfOpen/pauseOnConnect; each side's events are printed separately,
// so only causally ordered events are compared. (A helper module: it has no
// .stdout, so the conformance harness does not run it on its own.)
const net = require('net');
// A side's step is seen by the other before that one's next step as long as
// its events arrive within STEP / 2: 100 ms was not always enough under
// parallel -race load (node too printed another order three times running).
const STEP = 400;
// Runs the seeds one after another; acts is the list plans draw from.
exports.run = function run(seeds, acts) {
  let k = 0;
  function nextSeed() {
    if (k === seeds.length) return;
    runSeed(seeds[k++], acts, nextSeed);
  }
  nextSeed();
};

function runSeed(seedArg, acts, next) {
  console.log('seed', seedArg);
  let seed = seedArg;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  const sOpts = { allowHalfOpen: rnd(2) === 1, pauseOnConnect: rnd(3) === 0 };
  const cOpts = { allowHalfOpen: rnd(2) === 1 };
  const ipc = rnd(3) === 0;
  function plan() { const p = []; const n = 1 + rnd(4); for (let i = 0; i < n; i++) p.push(acts[rnd(acts.length)]); return p; }
  const sPlan = plan(); const cPlan = plan();
  const logs = { S: [], C: [] };
  const closedSides = new Set();
  function watch(side, s) {
    s.on('close', () => closedSides.add(side));
    for (const ev of ['data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
      s.on(ev, (a) => {
        const last = logs[side][logs[side].length - 1];
        if (ev === 'data') {
          const t = 'data:' + (a.length > 100 ? 'BIG' : String(a));
          if (t === 'data:BIG' && last === t) return;
          logs[side].push(t);
          return;
        }
        logs[side].push(ev + (ev === 'error' ? ':' + a.code + ':' + a.message : ev === 'close' ? ':' + a : ''));
      });
    }
  }
  function run(side, s, p) {
    const first = side === 'S' ? STEP / 2 : STEP;
    let i = 0;
    function step() {
      // A side's plan ends at its 'close': a step after it comes before or
      // after the other side's close (and the print) as timing has it; in
      // node's recorded runs none came before.
      if (i >= p.length || closedSides.has(side)) return;
      const a = p[i++];
      logs[side].push('do ' + a + ' [' + s.readyState + ']');
      try {
        switch (a) {
          case 'write': s.write(side + i + ';', (e) => logs[side].push('wcb ' + (e ? e.code : 'ok'))); break;
          case 'end': s.end(); break;
          case 'endData': s.end(side + 'bye'); break;
          case 'destroy': s.destroy(); break;
          case 'destroyErr': s.destroy(new Error('boom')); break;
          case 'pause': s.pause(); break;
          case 'resume': s.resume(); break;
          case 'timeout': s.setTimeout(10); break;
          case 'timeout0': s.setTimeout(0); break;
          case 'reset': s.resetAndDestroy(); break;
          case 'destroySoon': s.destroySoon(); break;
          case 'big': logs[side].push('big write ' + s.write(Buffer.alloc(1 << 20, 'b'), (e) => logs[side].push('bigcb ' + (e ? e.code : 'ok')))); break;
          case 'cork': s.cork(); break;
          case 'uncork': s.uncork(); break;
          case 'encoding': s.setEncoding('utf8'); break;
          case 'pipeSelf': s.pipe(s); break;
          case 'unpipe': s.unpipe(); break;
          case 'latin1': s.write('\u00e9' + side, 'latin1', (e) => logs[side].push('lcb ' + (e ? e.code : 'ok'))); break;
          case 'writev': s.cork(); s.write('a'); s.write(Buffer.from('b')); s.write('63', 'hex'); process.nextTick(() => s.uncork()); break;
          case 'read0': logs[side].push('read ' + s.read(0)); break;
          case 'endCb': s.end((e) => logs[side].push('endcb ' + (e ? e.code : 'ok'))); break;
          case 'setNoDelay': s.setNoDelay(true); break;
          case 'removeData': s.removeAllListeners('data'); break;
        }
      } catch (e) { logs[side].push('threw ' + e.code); }
      setTimeout(step, STEP);
    }
    setTimeout(step, first);
  }
  const server = net.createServer(sOpts, (c) => { watch('S', c); run('S', c, sPlan); c.on('close', done); });
  let closed = 0;
  function done() {
    if (++closed < 2) return;
    console.log(JSON.stringify({ sOpts, cOpts, sPlan, cPlan }));
    console.log('S', logs.S.join(' | '));
    console.log('C', logs.C.join(' | '));
    server.close(next);
  }
  const path = (process.env.TMPDIR || '/tmp') + '/gojanet-fuzz-' + Math.random().toString(36).slice(2) + '-' + process.pid + '-' + seedArg + '.sock';
  function listening() {
    const c = net.connect(ipc ? { path, ...cOpts } : { port: server.address().port, host: '127.0.0.1', ...cOpts });
    // (a seed that never ends is reported after 10 s: with 4 s, node under a
    // load average of 35 once reported a slow one)
    watch('C', c); c.on('close', done);
    c.on('connect', () => run('C', c, cPlan));
    setTimeout(() => { if (closed < 2) { console.log('STUCK', JSON.stringify({ sOpts, cOpts, sPlan, cPlan })); console.log('S', logs.S.join(' | ')); console.log('C', logs.C.join(' | ')); server.close(next); } }, 10000).unref();
  }
  if (ipc) server.listen(path, listening); else server.listen(0, '127.0.0.1', listening);
}
