// net.BlockList and SocketAddress are cloneable: on one thread a cloned
// BlockList shares its rules with the original (node's share a native
// list); a worker gets them as they were.
const { BlockList, SocketAddress } = require('net');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const bl = new BlockList();
  bl.addAddress('123.123.123.123');
  bl.addSubnet('10.0.0.0', 8);
  const sa = new SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 3 });
  const mc = new MessageChannel();
  mc.port1.onmessage = ({ data }) => {
    const [b, s] = data;
    console.log(b !== bl, b instanceof BlockList, b.rules, b.check('123.123.123.123'), b.check('123.123.123.124'));
    b.addAddress('123.123.123.124');
    console.log(bl.check('123.123.123.124'), b.check('123.123.123.124'));
    bl.addAddress('1.2.3.4');
    console.log(b.check('1.2.3.4'), b.rules.length);
    console.log(s !== sa, s instanceof SocketAddress, s.toJSON());
    mc.port1.close();
    const sc = structuredClone(bl);
    console.log(sc.rules.length, sc instanceof BlockList);
    const w = new Worker(__filename, { workerData: { bl, sa } });
    w.on('message', (m) => { console.log('worker', m); });
  };
  mc.port2.postMessage([bl, sa]);
} else {
  const { bl, sa } = workerData;
  bl.addAddress('5.5.5.5');
  parentPort.postMessage([bl.rules, bl.check('10.1.2.3'), sa.toJSON()]);
}
