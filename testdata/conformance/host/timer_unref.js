// An unref'd timer does not keep the process alive; hasRef reports it.
const t = setTimeout(() => console.log('never'), 1000);
console.log('hasRef', t.hasRef());
t.unref();
console.log('hasRef after unref', t.hasRef());
const keep = setInterval(() => {}, 10000); // ref'd: keeps the loop alive
const im = setImmediate(() => {
  let n = 0;
  const i = setInterval(() => {
    console.log('unref interval still fires', ++n);
    if (n === 2) clearInterval(keep); // nothing ref'd left: exit
  }, 1).unref();
  console.log('interval hasRef', i.hasRef());
});
console.log('immediate hasRef', im.hasRef());
process.on('exit', (c) => console.log('exit', c));
