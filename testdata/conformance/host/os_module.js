// os: shapes and facts that agree with process and the environment.
const os = require('os');
console.log(os.EOL === '\n', os.devNull, os.platform() === process.platform, os.arch() === process.arch, os.type(), os.endianness());
console.log(typeof os.release(), typeof os.version(), typeof os.machine(), os.machine() === (process.arch === 'x64' ? 'x86_64' : os.machine()));
console.log(typeof os.hostname(), os.hostname().length > 0);
console.log(os.homedir() === process.env.HOME, os.tmpdir());
console.log(os.cpus().length > 0, Object.keys(os.cpus()[0]).join(), Object.keys(os.cpus()[0].times).join(), os.availableParallelism() === os.cpus().length);
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, os.uptime() > 0, os.loadavg().length);
const ui = os.userInfo();
console.log(Object.keys(ui).join(), ui.uid === process.getuid(), ui.homedir === os.homedir());
const ni = os.networkInterfaces();
console.log(Object.keys(ni.lo[0]).join(), ni.lo[0].address, ni.lo[0].netmask, ni.lo[0].internal, ni.lo[0].cidr, ni.lo[0].mac);
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.errno.EADDRINUSE, os.constants.priority.PRIORITY_HIGH);
console.log(typeof os.getPriority(), os.getPriority() === os.getPriority(process.pid));
console.log(Object.keys(os.constants.signals).slice(0, 5).join());
console.log(Object.keys(os).sort().join());
