'use strict';
// fs requests in flight are active requests and resources (FSReqCallback),
// listed before handles and timers, and still listed while their own
// callback runs.
const fs = require('fs');
// stdout's own handle (a pipe under a test harness) is left out.
const resources = () => process.getActiveResourcesInfo().filter((r) => r !== 'PipeWrap' && r !== 'TTYWrap');
console.log('before', process._getActiveRequests().length, resources());
let left = 3;
const t = setTimeout(() => {}, 1000);
for (let i = 0; i < 3; i++) {
  fs.open(__filename, 'r', (err, fd) => {
    fs.closeSync(fd);
    console.log('in callback', process._getActiveRequests().length);
    if (--left === 0) {
      clearTimeout(t);
      setImmediate(() => console.log('done', process._getActiveRequests().length, resources()));
    }
  });
}
const reqs = process._getActiveRequests();
console.log('issued', reqs.length, reqs[0].constructor.name, typeof reqs[0].oncomplete);
console.log(resources());
