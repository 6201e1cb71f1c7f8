// The program of doc-echo.ts as plain CommonJS, for node 20 (which cannot
// run the TypeScript original with its URL imports): used by the
// differential tests and by netbench compare.
const net = require("net");

const server = net.createServer((c) => {
  // "connection" listener.
  console.log("client connected");
  c.on("end", () => {
    console.log("client disconnected");
  });
  c.write("hello\r\n");
  c.pipe(c);
});

server.on("error", (err) => {
  throw err;
});

server.listen(8124, () => {
  console.log("server bound");
});
