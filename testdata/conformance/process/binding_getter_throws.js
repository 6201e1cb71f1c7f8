// A getter on a request object that the Go side reads when the work completes
// (req.oncomplete) throws: an uncaught exception for 'uncaughtException'
// listeners, as node's MakeCallback; it ended the runtime as a Go panic.
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const cares = process.binding('cares_wrap');
const req = new cares.GetAddrInfoReqWrap();
Object.defineProperty(req, 'oncomplete', { get() { throw new Error('from getter'); } });
cares.getaddrinfo(req, 'localhost', 4, 0, 0);
setTimeout(() => console.log('still running'), 200);
