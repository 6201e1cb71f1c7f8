// The onread option with a buffer smaller than what arrives: pausing in the
// callback holds the rest until resume(), then the pieces continue in order
// and 'end' comes after the last.
const net = require('net');
const message = Buffer.from('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN');
net.createServer(function (socket) {
  this.close();
  socket.end(message);
}).listen(0, '127.0.0.1', function () {
  const buf = Buffer.alloc(8);
  let paused = false;
  const pieces = [];
  net.connect({
    port: this.address().port,
    host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback(nread, b) {
        if (paused) console.log('callback while paused');
        pieces.push(b.toString('latin1', 0, nread));
        paused = true;
        this.pause();
        setTimeout(() => { paused = false; this.resume(); }, 5);
      },
    },
  }).on('end', () => {
    console.log('end', pieces.join('') === message.toString(), pieces.every((p) => p.length <= 8));
  }).on('close', () => console.log('close'));
});
