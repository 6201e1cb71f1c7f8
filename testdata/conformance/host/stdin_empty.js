// process.stdin at EOF (the harness and node get empty stdin): 'end'.
console.log(process.stdin.isTTY, process.stdout.isTTY, process.stdout.fd, process.stdin.fd);
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { data += d; });
process.stdin.on('end', () => console.log('end, read', JSON.stringify(data)));

process.on('exit', (c) => console.log('exit', c));
