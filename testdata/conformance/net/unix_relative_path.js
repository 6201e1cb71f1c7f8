// A relative Unix socket path after process.chdir names a file in the new
// working directory: listen, server.address(), connect, the file's removal
// on close; also when the absolute path is too long for a socket address
// (over 107 bytes), which only the relative path reaches.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const start = process.cwd();
const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unixrel-')));
const dir = path.join(base, 'sub');
fs.mkdirSync(dir);
process.chdir(dir);

const names = ['short.sock', 'L'.repeat(100 - 'sub/'.length)];
console.log('long absolute:', path.resolve(names[1]).length > 107);

function round(name, next) {
  const server = net.createServer((c) => c.end('hi from ' + name.slice(0, 5)));
  server.listen(name, () => {
    console.log('address is the name:', server.address() === name, 'file in cwd:', fs.existsSync(path.join(dir, name)));
    const c = net.connect(name);
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      console.log('got', JSON.stringify(got));
      server.close(() => {
        console.log('removed on close:', !fs.existsSync(path.join(dir, name)));
        next();
      });
    });
  });
}

round(names[0], () => round(names[1], () => {
  // the same relative name from the parent directory: a path through sub/
  process.chdir(base);
  const server = net.createServer((c) => c.end('parent'));
  server.listen(path.join('sub', names[1]), () => {
    console.log('from parent:', server.address() === path.join('sub', names[1]), fs.existsSync(path.join(dir, names[1])));
    net.connect(path.join('sub', names[1])).on('data', (d) => console.log(String(d))).on('end', () => {
      server.close(() => {
        process.chdir(start);
        fs.rmSync(base, { recursive: true });
        console.log('done');
      });
    });
  });
}));
