// A script's code that runs inside res.end() and corks and writes the
// socket (a replaced Date.prototype.toUTCString when the Date line is new,
// a getter or a proxy in the header map, a keep-alive timeout's valueOf)
// is followed by the response, as in node: gojanet's end() writes a plain
// response straight to the socket's handle when it found the Writable idle,
// and must not when such code ran since it looked. And node's Keep-Alive
// line calls no script's Math.floor.
const http = require('http');
const net = require('net');

let trap = null; // (the case's code, run once by the handler's request)
const srv = http.createServer((req, res) => {
  const t = trap;
  trap = null;
  if (t) t(req, res);
  res.end('body:' + req.url);
});

// Something a script's code may do: cork the socket and write to it.
function corkWrite(res) {
  const so = res.socket;
  so.cork();
  so.write('PRE|');
  setImmediate(() => so.uncork());
}

// One connection: two plain requests (end()'s fast path then knows the
// socket's shapes), then one with the case's trap; each sent once the one
// before has been answered whole.
function exchange(name, setTrap, wait, cb) {
  const c = net.connect(srv.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let got = '';
  let sent = 0;
  const send = () => {
    sent++;
    if (sent === 3) setTrap();
    c.write('GET /' + name + sent + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  };
  c.on('data', (d) => {
    got += d;
    if (!got.endsWith('body:/' + name + sent)) return;
    if (sent < 3) {
      if (sent === 2 && wait) setTimeout(send, wait);
      else send();
      return;
    }
    c.end();
  });
  c.on('close', () => {
    console.log('--', name);
    console.log(got.replace(/Date: [^\r]*\r\n/g, '').replace(/\r\n/g, '\\n').replace(/HTTP\/1\.1/g, '\nHTTP/1.1').trim());
    cb();
  });
  send();
}

const cases = [
  // (the Date line is made again once a second: the wait outlasts the
  // cache of the last response's, whose timer was armed before it)
  ['date', () => {
    const orig = Date.prototype.toUTCString;
    let pending = true;
    trap = (req, res) => {
      Date.prototype.toUTCString = function() {
        if (pending) {
          pending = false;
          Date.prototype.toUTCString = orig;
          corkWrite(res);
        }
        return orig.call(this);
      };
    };
  }, 1100],
  ['getter', () => {
    trap = (req, res) => {
      res.setHeader('x-a', '1');
      const sym = Object.getOwnPropertySymbols(res).find((s) => s.description === 'kOutHeaders');
      const h = res[sym];
      let pending = true;
      Object.defineProperty(h, 'x-b', {
        enumerable: true, configurable: true, get() {
          if (pending) {
            pending = false;
            corkWrite(res);
          }
          return ['X-B', '2'];
        },
      });
    };
  }],
  ['proxy', () => {
    trap = (req, res) => {
      res.setHeader('x-c', '3');
      const sym = Object.getOwnPropertySymbols(res).find((s) => s.description === 'kOutHeaders');
      let pending = true;
      res[sym] = new Proxy(res[sym], {
        get(target, key, receiver) {
          if (pending) {
            pending = false;
            corkWrite(res);
          }
          return Reflect.get(target, key, receiver);
        },
      });
    };
  }],
  ['valueof', () => {
    trap = (req, res) => {
      let pending = true;
      res._keepAliveTimeout = {
        valueOf() {
          if (pending) {
            pending = false;
            corkWrite(res);
          }
          return 9000;
        },
      };
    };
  }],
  // (Math.floor replaced only while end() runs, with a new timeout)
  ['floor', () => {
    trap = (req, res) => {
      res._keepAliveTimeout = 7000;
      const orig = Math.floor;
      let calls = 0;
      Math.floor = function(x) {
        calls++;
        if (calls === 1) corkWrite(res);
        return orig(x);
      };
      const end = res.end;
      res.end = function(...args) {
        try {
          return end.apply(this, args);
        } finally {
          Math.floor = orig;
          console.log('Math.floor calls in end():', calls);
        }
      };
    };
  }],
];

srv.listen(0, '127.0.0.1', () => {
  const next = () => {
    const c = cases.shift();
    if (!c) {
      srv.close();
      return;
    }
    exchange(c[0], c[1], c[2], next);
  };
  next();
});
