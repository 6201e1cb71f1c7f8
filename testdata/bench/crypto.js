// Crypto throughput, the same script under node and gojanet:
//   node testdata/bench/crypto.js; ./gojanet testdata/bench/crypto.js
// Prints operations per second for each case (median of 5 rounds of ~0.5 s) and
// the process CPU time per operation (median of the same rounds: the steadier
// figure on a shared machine, where wall time also measures the neighbours).
const crypto = require('crypto');

const MiB = Buffer.alloc(1 << 20, 7);
const key32 = Buffer.alloc(32, 1);
const iv12 = Buffer.alloc(12, 2);
const data = Buffer.from('a message to sign, of a typical small size');
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ecSig = crypto.sign('sha256', data, ec.privateKey);

const cases = {
  'sha256 1 MiB': () => crypto.createHash('sha256').update(MiB).digest(),
  'aes-256-gcm 1 MiB': () => {
    const c = crypto.createCipheriv('aes-256-gcm', key32, iv12);
    c.update(MiB);
    c.final();
    c.getAuthTag();
  },
  'pbkdf2-sha256 100k iterations': () => crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256'),
  'ECDSA P-256 sign': () => crypto.sign('sha256', data, ec.privateKey),
  'ECDSA P-256 verify': () => crypto.verify('sha256', data, ec.publicKey, ecSig),
  'RSA-2048 sign': () => crypto.sign('sha256', data, rsa.privateKey),
};

const only = process.argv[2];
for (const [name, fn] of Object.entries(cases)) {
  if (only && !name.includes(only)) continue;
  const rounds = [];
  const cpu = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const cpu0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 500_000_000n) {
      fn();
      n++;
      elapsed = process.hrtime.bigint() - start;
    }
    rounds.push(n / (Number(elapsed) / 1e9));
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / n);
  }
  rounds.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(`${name}: ${rounds[2].toFixed(1)} ops/s, ${cpu[2].toFixed(1)} cpu-µs/op`);
}
