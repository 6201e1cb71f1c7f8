// File I/O benchmark, the same script under node and gojanet:
//   node testdata/bench/fsbench.js; gojanet testdata/bench/fsbench.js
// readFile of a 1 MiB file (callback form), reading 1,000 small files
// (callback, all in flight), readFileSync of the 1 MiB file, and a
// 64 MiB file through createReadStream piped to a loopback socket.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsbench-'));
const big = path.join(dir, 'big');
fs.writeFileSync(big, Buffer.alloc(1 << 20, 7));
for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `s${i}`), `small file ${i}\n`);
const huge = path.join(dir, 'huge');
fs.writeFileSync(huge, Buffer.alloc(64 << 20, 1));

const now = () => Number(process.hrtime.bigint()) / 1e6;
const results = [];
function report(name, n, ms, unit) {
  results.push(`${name}: ${(n / (ms / 1000)).toFixed(1)} ${unit}/s (${ms.toFixed(1)} ms)`);
}

function readBig(rounds, done) {
  const t0 = now();
  let left = rounds;
  const next = () => fs.readFile(big, (err) => {
    if (err) throw err;
    if (--left === 0) {
      report('readFile 1 MiB', rounds, now() - t0, 'files');
      done();
    } else next();
  });
  next();
}

function readSmall(rounds, done) {
  const t0 = now();
  let round = 0;
  const one = () => {
    let left = 1000;
    for (let i = 0; i < 1000; i++) {
      fs.readFile(path.join(dir, `s${i}`), (err) => {
        if (err) throw err;
        if (--left === 0) {
          if (++round === rounds) {
            report('1,000 small files', rounds * 1000, now() - t0, 'files');
            done();
          } else one();
        }
      });
    }
  };
  one();
}

function readSync(rounds) {
  const t0 = now();
  for (let i = 0; i < rounds; i++) fs.readFileSync(big);
  report('readFileSync 1 MiB', rounds, now() - t0, 'files');
}

function streamToSocket(done) {
  let got = 0;
  const server = net.createServer((c) => {
    c.on('data', (d) => { got += d.length; });
    c.on('end', () => {
      const ms = now() - t0;
      report('createReadStream 64 MiB -> socket', got / (1 << 20), ms, 'MiB');
      server.close();
      done();
    });
  });
  let t0;
  server.listen(0, '127.0.0.1', () => {
    const sock = net.connect(server.address().port, '127.0.0.1', () => {
      t0 = now();
      fs.createReadStream(huge).pipe(sock);
    });
  });
}

readBig(200, () => readSmall(5, () => {
  readSync(200);
  streamToSocket(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(results.join('\n'));
  });
}));
