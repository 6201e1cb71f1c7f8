// Signals as node (cmd/gojanet/signals_test.go). argv[2] "listen": SIGUSR2
// and SIGINT listeners print 'got <signal>' until 'off' removes them;
// otherwise the script only idles. It prints 'ready' once set up.
const listen = process.argv[2] === 'listen';
const h = (s) => console.log('got', s);
if (listen) {
  process.on('SIGUSR2', h);
  process.on('SIGINT', h);
  process.stdin.on('data', () => {
    process.off('SIGUSR2', h);
    process.off('SIGINT', h);
    console.log('off');
  });
}
setInterval(() => {}, 1000);
console.log('ready');
