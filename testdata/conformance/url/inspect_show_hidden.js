'use strict';
// util.inspect(url, { showHidden: true }) shows node's URLContext: the
// href's offsets as ada keeps them, for URLs with and without credentials,
// ports, queries, fragments and hosts, special or not.
const util = require('util');
const urls = ['https://username:password@host.name:8080/path/name/?que=ry#hash', 'http://a/', 'https://u@h/p?q',
  'https://:p@h/', 'ftp://h:21/x', 'ws://h:80/', 'wss://x.y/z#f', 'file:///etc/passwd', 'file://host/share',
  'mailto:a@b', 'web+demo:/.//not-a-host/', 'foo://h/p?', 'foo://h#', 'http://[::1]:3000/a?b#c',
  'blob:https://a/b', 'data:text/plain,hi', 'foo:', 'foo:/', 'foo://', 'http://h/?#', 'javascript:alert(1)',
  'non-spec://u:p@h:9/x', 'constructor://x/', 'http://ü.example/ä?ö#ß'];
for (const u of urls) {
  const s = util.inspect(new URL(u), { showHidden: true });
  console.log(s.slice(s.indexOf('[Symbol(context)]')));
}
console.log(util.inspect(new URL('https://a:1/?q#h')).includes('URLContext'));
