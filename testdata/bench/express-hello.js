// Express hello world for `netbench compare -npm express@4` (the same file
// runs under node): one route, answered with res.send (which sets the
// Content-Type, an ETag and the length, as an Express app's handlers do).
// netbench installs express into a temporary directory and runs a copy of
// this file from there, so require('express') finds it.
const express = require('express');
const port = Number(process.env.PORT || 8124);
const app = express();
app.get('/', (req, res) => {
  res.send('Hello World\n');
});
app.listen(port, '127.0.0.1', () => console.log('server bound'));
