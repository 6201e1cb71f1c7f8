package runtime_test

import (
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// ioredisApp talks to a real redis-server through ioredis: strings,
// hashes, a pipeline, a MULTI transaction, a Lua command (ioredis sends
// EVALSHA with the script's SHA-1, then EVAL), pub/sub between two
// connections and an error reply.
const ioredisApp = `
const Redis = require('ioredis');
(async () => {
  const port = +process.env.REDIS_PORT;
  const redis = new Redis({ port, host: '127.0.0.1', lazyConnect: true });
  await redis.connect();
  await redis.flushdb();
  console.log(await redis.set('greeting', 'héllo'), await redis.get('greeting'), await redis.incrby('n', 41), await redis.incr('n'));
  await redis.hset('h', { a: 1, b: 'two' });
  console.log(await redis.hgetall('h'));
  console.log(JSON.stringify(await redis.pipeline().set('p', 1).incr('p').get('p').exec()));
  console.log(JSON.stringify(await redis.multi().lpush('l', 'x', 'y').lrange('l', 0, -1).exec()));
  redis.defineCommand('double', { numberOfKeys: 1, lua: 'return tonumber(redis.call("GET", KEYS[1])) * 2' });
  console.log(await redis.double('n'), await redis.double('n'));
  try { await redis.lpush('greeting', 'z'); } catch (e) { console.log(e.name, e.message); }
  const sub = new Redis({ port, host: '127.0.0.1' });
  await sub.subscribe('news');
  const got = new Promise((resolve) => sub.on('message', (ch, msg) => resolve(ch + ': ' + msg)));
  console.log('receivers', await redis.publish('news', 'hello subscribers'));
  console.log(await got);
  console.log(Buffer.isBuffer(await redis.getBuffer('greeting')), (await redis.getBuffer('greeting')).length);
  await sub.quit();
  await redis.quit();
  console.log('status', redis.status);
})();
`

// TestIORedis starts redis-server on loopback and runs ioredisApp (ioredis
// from the npm registry, never committed) under gojanet and under node.
// It skips without redis-server (apt-get install redis-server), npm or the
// registry.
func TestIORedis(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server not installed (apt-get install redis-server)")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	srv := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
		"--dir", t.TempDir(), "--protected-mode", "yes")
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		srv.Process.Kill()
		srv.Wait()
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("redis-server did not start:", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Setenv("REDIS_PORT", strconv.Itoa(port))
	runPackageApp(t, ioredisApp, "ioredis@5")
}
