// process.argv is [execPath, absolute script path, ...args].
const argv = process.argv;
console.log(argv.length);
console.log(argv[0] === process.execPath, argv[0].startsWith('/'));
console.log(argv[1].startsWith('/'), argv[1].endsWith('/host/argv_shape.js'));
console.log(argv[1] === __filename, require.main === module, require.main.filename === __filename);
console.log(Array.isArray(process.execArgv), typeof process.argv0);
console.log(typeof process.pid, typeof process.ppid, process.platform, typeof process.arch);
console.log(process.version.startsWith('v20.'), typeof process.versions.node, process.release.name);
console.log(process.cwd() === __dirname);
console.log(typeof process.env.PATH);
