package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/selfsigned"
	"github.com/gojanet/gojanet/runtime"
)

// pgApp talks to a real PostgreSQL through the pg package: SCRAM-SHA-256
// authentication (pg does it with WebCrypto: PBKDF2, HMAC, SHA-256),
// parameterised queries, a transaction and a server error.
const pgApp = `
const { Client } = require('pg');
(async () => {
  const client = new Client({ host: '127.0.0.1', port: +process.env.PGPORT, user: 'gojanet',
    password: 'sesame', database: 'postgres' });
  await client.connect();
  const one = await client.query('SELECT $1::text AS greeting, 6 * 7 AS answer, $2::int[] AS list', ['héllo', [1, 2, 3]]);
  console.log(JSON.stringify(one.rows), one.fields.map((f) => f.name).join(','));
  await client.query('CREATE TEMP TABLE kv (k text PRIMARY KEY, v jsonb)');
  await client.query('BEGIN');
  for (const [k, v] of [['a', { n: 1 }], ['b', [true, null]]]) {
    await client.query('INSERT INTO kv VALUES ($1, $2)', [k, JSON.stringify(v)]);
  }
  await client.query('COMMIT');
  const rows = await client.query('SELECT k, v FROM kv ORDER BY k');
  console.log(rows.rowCount, JSON.stringify(rows.rows));
  try {
    await client.query('SELEC 1');
  } catch (e) {
    console.log('error', e.code, e.message);
  }
  try {
    await client.query('INSERT INTO kv VALUES ($1, $2)', ['a', '{}']);
  } catch (e) {
    console.log('error', e.code, e.constraint);
  }
  await client.end();
  // TLS: pg asks for SSLRequest and upgrades its socket with tls.connect({ socket }).
  // ssl: true verifies against the default CAs, which do not hold the server's
  // self-signed certificate; with it as ca the connection is encrypted.
  const strict = new Client({ host: '127.0.0.1', port: +process.env.PGPORT, user: 'gojanet', password: 'sesame', database: 'postgres', ssl: true });
  try {
    await strict.connect();
    console.log('ssl: true connected');
  } catch (e) {
    console.log('ssl: true', e.code, e.message);
  }
  const secure = new Client({ host: '127.0.0.1', port: +process.env.PGPORT, user: 'gojanet', password: 'sesame', database: 'postgres',
    ssl: { ca: require('fs').readFileSync(process.env.PGCA) } });
  await secure.connect();
  const ssl = await secure.query('SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
  console.log('ssl', JSON.stringify(ssl.rows), secure.connection.stream.encrypted, secure.connection.stream.authorized);
  const big = await secure.query("SELECT repeat('x', 100000) AS s");
  console.log('ssl read', big.rows[0].s.length);
  await secure.end();
  const bad = new Client({ host: '127.0.0.1', port: +process.env.PGPORT, user: 'gojanet', password: 'wrong', database: 'postgres' });
  try {
    await bad.connect();
  } catch (e) {
    console.log('auth', e.code, e.message);
  }
})();
`

// TestPostgresSCRAM starts a PostgreSQL server on loopback with
// scram-sha-256 authentication and runs pgApp (pg from the npm registry,
// never committed) under gojanet and under node: the outputs must match.
// It skips without PostgreSQL's server binaries, npm or the registry.
func TestPostgresSCRAM(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin := postgresBin()
	if bin == "" {
		t.Skip("PostgreSQL server not installed (apt-get install postgresql)")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not installed")
	}
	port, caFile := startPostgres(t, bin)

	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	install := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", dir, "pg@8")
	install.Env = append(os.Environ(), "npm_config_update_notifier=false")
	if out, err := install.CombinedOutput(); err != nil {
		t.Skipf("npm install pg failed (registry unreachable?): %v\n%s", err, out)
	}
	app := filepath.Join(dir, "app.js")
	if err := os.WriteFile(app, []byte(pgApp), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "PGPORT="+strconv.Itoa(port), "PGCA="+caFile)

	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Dir: dir, Args: []string{app}, Env: env})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, runCancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer runCancel()
	if code, err := rt.RunFile(runCtx, app); err != nil || code != 0 {
		t.Fatalf("exit %d %v\nstdout:\n%s\nstderr:\n%s", code, err, out.String(), errOut.String())
	}
	if !strings.Contains(out.String(), `"answer":42`) || !strings.Contains(out.String(), "auth 28P01") ||
		!strings.Contains(out.String(), `ssl [{"ssl":true,"version":"TLSv1.3"}] true true`) ||
		!strings.Contains(out.String(), "ssl: true DEPTH_ZERO_SELF_SIGNED_CERT") {
		t.Errorf("unexpected output:\n%s", out.String())
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return
	}
	cmd := exec.CommandContext(runCtx, node, app)
	cmd.Dir, cmd.Env = dir, env
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	if out.String() != string(want) {
		t.Errorf("gojanet and node differ\ngojanet:\n%s\nnode:\n%s", out.String(), want)
	}
}

// postgresBin finds the directory of PostgreSQL's server binaries.
func postgresBin() string {
	if p, err := exec.LookPath("postgres"); err == nil {
		return filepath.Dir(p)
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/postgres")
	if len(matches) == 0 {
		return ""
	}
	return filepath.Dir(matches[len(matches)-1])
}

// startPostgres makes a cluster in a temporary directory (password auth
// with scram-sha-256 for user gojanet; ssl=on with a self-signed certificate
// for 127.0.0.1, whose file it returns) and runs its server on a free
// loopback port until the test ends. PostgreSQL refuses to run as root, so
// as root it runs as the postgres user the package created.
func startPostgres(t *testing.T, bin string) (int, string) {
	t.Helper()
	base, err := os.MkdirTemp("", "gojanet-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	var asUser []string
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skip("running as root and there is no postgres user to run the server as")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(base, uid, gid); err != nil {
			t.Fatal(err)
		}
		asUser = []string{"runuser", "-u", "postgres", "--"}
	}
	command := func(ctx context.Context, name string, args ...string) *exec.Cmd {
		full := append(append([]string{}, asUser...), filepath.Join(bin, name))
		full = append(full, args...)
		return exec.CommandContext(ctx, full[0], full[1:]...)
	}
	pwfile := filepath.Join(base, "pw")
	if err := os.WriteFile(pwfile, []byte("sesame\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if len(asUser) > 0 {
		u, _ := user.Lookup("postgres")
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		os.Chown(pwfile, uid, gid)
	}
	certFile, keyFile := filepath.Join(base, "server.crt"), filepath.Join(base, "server.key")
	writePGCert(t, certFile, keyFile)
	if len(asUser) > 0 {
		u, _ := user.Lookup("postgres")
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		os.Chown(keyFile, uid, gid) // the server refuses a key it does not own
	}
	data := filepath.Join(base, "data")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	initdb := command(ctx, "initdb", "-D", data, "-U", "gojanet", "--auth=scram-sha-256", "--pwfile="+pwfile, "-E", "UTF8", "--no-locale")
	if out, err := initdb.CombinedOutput(); err != nil {
		t.Skipf("initdb failed: %v\n%s", err, out)
	}
	port := freePort(t)
	server := command(context.Background(), "postgres", "-D", data, "-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="+base, "-c", "password_encryption=scram-sha-256",
		"-c", "ssl=on", "-c", "ssl_cert_file="+certFile, "-c", "ssl_key_file="+keyFile)
	logFile, err := os.Create(filepath.Join(base, "server.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	server.Stdout, server.Stderr = logFile, logFile // a file: the server's children keep no pipe open
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// pg_ctl stops the postmaster and its children (a signal to runuser
		// would stop runuser only).
		stop := command(context.Background(), "pg_ctl", "stop", "-D", data, "-m", "immediate", "-w")
		if out, err := stop.CombinedOutput(); err != nil {
			t.Logf("pg_ctl stop: %v\n%s", err, out)
			server.Process.Kill()
		}
		server.Wait()
	})
	for deadline := time.Now().Add(30 * time.Second); ; {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(logFile.Name())
			t.Fatalf("postgres did not start:\n%s", b)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return port, certFile
}

// writePGCert writes a self-signed certificate for 127.0.0.1 and its key
// (mode 0600, as PostgreSQL requires).
func writePGCert(t *testing.T, certFile, keyFile string) {
	t.Helper()
	c, err := selfsigned.New(selfsigned.Options{Name: "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(certFile, c.CertPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, c.KeyPEM, 0o600); err != nil {
		t.Fatal(err)
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
