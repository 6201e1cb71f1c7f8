// ref() after unref() keeps the loop alive again; an unref'd timer still
// fires while something else keeps the loop alive.
const log = [];
const a = setTimeout(() => {
  log.push('a fired');
  const b = setTimeout(() => log.push('b fired (unref, loop kept alive by c)'), 1).unref();
  log.push('b hasRef ' + b.hasRef());
  setTimeout(() => {
    log.push('c fired');
    const im = setImmediate(() => {
      log.push('immediate unref then ref');
      console.log(log.join('\n'));
    });
    im.unref();
    im.ref();
  }, 30);
}, 1);
a.unref();
a.ref();
console.log(a.hasRef());
