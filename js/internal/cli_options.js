'use strict';
// cliOption(name): the value of a node option given on the command line
// (`--name=value` or `--name value` in process.execArgv; the last one
// wins), undefined when absent. Modules read their own options with it
// when they load (tls: --tls-cipher-list, --tls-keylog).

function cliOption(name) {
  const argv = process.execArgv;
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name && i + 1 < argv.length) value = argv[++i];
    else if (argv[i].startsWith(name + '=')) value = argv[i].slice(name.length + 1);
  }
  return value;
}

module.exports = { cliOption };
