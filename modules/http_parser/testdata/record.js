// Records what node's own parser (llhttp) does with each input of cases.js:
//   node --expose-internals testdata/record.js > testdata/llhttp.json
// parser_test.go replays the inputs through the Go parser, whole and split,
// and compares events, error codes and reasons.
'use strict';
const { internalBinding } = require('internal/test/binding');
const { HTTPParser, methods } = internalBinding('http_parser');
const cases = require('./cases.js');

const out = [];
for (const c of cases) {
  const p = new HTTPParser();
  p.initialize(c.kind === 'res' ? HTTPParser.RESPONSE : HTTPParser.REQUEST, {}, c.max || 0, c.lenient ? 0xff : 0);
  const ev = [];
  let pending = [];
  let inBody = false;
  p[HTTPParser.kOnHeaders] = (h) => { pending.push(...h); };
  p[HTTPParser.kOnHeadersComplete] = (maj, min, h, method, url, status, reason, upgrade, ka) => {
    const headers = pending.concat(h || []);
    pending = [];
    ev.push(['hc', method === undefined || method === null ? null : methods[method], url || '', maj, min,
      headers, status || 0, reason || '', !!upgrade, !!ka]);
    inBody = true;
    return c.skipBody ? 1 : 0;
  };
  p[HTTPParser.kOnBody] = (b) => {
    const last = ev[ev.length - 1];
    if (last && last[0] === 'body') last[1] += b.toString('latin1');
    else ev.push(['body', b.toString('latin1')]);
  };
  p[HTTPParser.kOnMessageComplete] = () => {
    ev.push(['mc', pending.length ? pending : null]);
    pending = [];
  };
  const data = Buffer.from(c.in, 'latin1');
  let r = p.execute(data);
  const rec = { kind: c.kind || 'req', in: c.in, lenient: !!c.lenient, max: c.max || 0, skipBody: !!c.skipBody, finish: !!c.finish };
  if (r instanceof Error) {
    rec.err = { code: r.code, reason: r.reason, pos: r.bytesParsed };
  } else {
    rec.n = r;
    if (c.finish) {
      const f = p.finish();
      if (f instanceof Error) rec.err = { code: f.code, reason: f.reason, pos: f.bytesParsed, finish: true };
    }
  }
  rec.events = ev;
  out.push(rec);
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
