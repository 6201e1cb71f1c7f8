package runtime_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojanet/gojanet/runtime"
)

// Options.FSRoot and FSReadOnly are enforced under the fs module: every
// way out of the root (absolute paths, "..", symlinks to files and to
// directories, renames and links out, realpath) fails with
// ERR_ACCESS_DENIED in the sync, callback and promise forms alike.
func TestFSPermissions(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	os.MkdirAll(filepath.Join(root, "sub"), 0o755)
	os.WriteFile(filepath.Join(root, "in.txt"), []byte("inside"), 0o644)
	os.WriteFile(filepath.Join(base, "secret"), []byte("secret"), 0o644)
	os.Symlink(filepath.Join(base, "secret"), filepath.Join(root, "to-secret"))
	os.Symlink(base, filepath.Join(root, "to-base"))
	os.Symlink("in.txt", filepath.Join(root, "to-in"))

	run := func(t *testing.T, opts runtime.Options, script string) string {
		t.Helper()
		var out bytes.Buffer
		opts.Stdout, opts.Stderr, opts.Dir = &out, &out, root
		rt, err := runtime.New(opts)
		if err != nil {
			t.Fatal(err)
		}
		code, err := rt.RunScript(context.Background(), "perm.js", strings.ReplaceAll(script, "BASE", base))
		if err != nil || code != 0 {
			t.Fatalf("exit %d, %v\n%s", code, err, out.String())
		}
		return out.String()
	}

	t.Run("root", func(t *testing.T) {
		got := run(t, runtime.Options{FSRoot: root}, `
			const fs = require('fs');
			const show = (what, f) => {
				try { const r = f(); console.log(what, 'ok', r === undefined ? '' : String(r)); }
				catch (e) { console.log(what, e.code, e.permission || ''); }
			};
			show('read inside', () => fs.readFileSync('in.txt', 'utf8'));
			show('read via inside link', () => fs.readFileSync('to-in', 'utf8'));
			show('absolute outside', () => fs.readFileSync('BASE/secret'));
			show('dotdot', () => fs.readFileSync('sub/../../secret'));
			show('file symlink out', () => fs.readFileSync('to-secret'));
			show('dir symlink out', () => fs.readFileSync('to-base/secret'));
			show('lstat the link itself', () => fs.lstatSync('to-secret').isSymbolicLink());
			show('stat through link', () => fs.statSync('to-secret'));
			show('readdir outside', () => fs.readdirSync('..'));
			show('realpath outside', () => fs.realpathSync('to-base'));
			show('mkdir outside', () => fs.mkdirSync('../newdir', { recursive: true }));
			show('write outside', () => fs.writeFileSync('to-base/x', 'x'));
			show('rename out', () => fs.renameSync('in.txt', '../moved'));
			show('link out', () => fs.linkSync('../secret', 'hard'));
			show('write inside', () => fs.writeFileSync('sub/new.txt', 'new'));
			show('missing inside', () => fs.readFileSync('nope'));
			fs.readFile('to-secret', (e) => {
				console.log('callback', e.code, e.permission, e.resource.endsWith('/to-secret'));
				require('fs/promises').readFile('../secret').catch((e) => console.log('promise', e.code, e.message));
			});
		`)
		want := `read inside ok inside
read via inside link ok inside
absolute outside ERR_ACCESS_DENIED FileSystemRead
dotdot ERR_ACCESS_DENIED FileSystemRead
file symlink out ERR_ACCESS_DENIED FileSystemRead
dir symlink out ERR_ACCESS_DENIED FileSystemRead
lstat the link itself ok true
stat through link ERR_ACCESS_DENIED FileSystemRead
readdir outside ERR_ACCESS_DENIED FileSystemRead
realpath outside ERR_ACCESS_DENIED FileSystemRead
mkdir outside ERR_ACCESS_DENIED FileSystemWrite
write outside ERR_ACCESS_DENIED FileSystemWrite
rename out ERR_ACCESS_DENIED FileSystemWrite
link out ERR_ACCESS_DENIED FileSystemWrite
write inside ok 
missing inside ENOENT 
callback ERR_ACCESS_DENIED FileSystemRead true
promise ERR_ACCESS_DENIED Access to this API has been restricted
`
		if got != want {
			t.Fatalf("got:\n%s\nwant:\n%s", got, want)
		}
		if _, err := os.Stat(filepath.Join(base, "newdir")); err == nil {
			t.Fatal("mkdir escaped the root")
		}
	})

	t.Run("readonly", func(t *testing.T) {
		got := run(t, runtime.Options{FSReadOnly: true}, `
			const fs = require('fs');
			const show = (what, f) => {
				try { f(); console.log(what, 'ok'); } catch (e) { console.log(what, e.code, e.permission); }
			};
			show('read', () => fs.readFileSync('in.txt'));
			show('open r', () => fs.closeSync(fs.openSync('in.txt', 'r')));
			show('open w', () => fs.openSync('in.txt', 'w'));
			show('open a', () => fs.openSync('in.txt', 'a'));
			show('unlink', () => fs.unlinkSync('in.txt'));
			show('mkdir', () => fs.mkdirSync('d'));
			show('rm', () => fs.rmSync('sub', { recursive: true }));
			show('chmod', () => fs.chmodSync('in.txt', 0o600));
			show('fchmod', () => fs.fchmodSync(fs.openSync('in.txt'), 0o600));
			show('utimes', () => fs.utimesSync('in.txt', 1, 1));
			show('rename', () => fs.renameSync('in.txt', 'x'));
			show('symlink', () => fs.symlinkSync('in.txt', 'l'));
			show('mkdtemp', () => fs.mkdtempSync('t-'));
			show('copyFile', () => fs.copyFileSync('in.txt', 'c'));
		`)
		for _, line := range strings.Split(strings.TrimSpace(got), "\n") {
			ok := strings.HasSuffix(line, " ok")
			allowed := strings.HasPrefix(line, "read ") || strings.HasPrefix(line, "open r ")
			if ok != allowed || (!ok && !strings.HasSuffix(line, "ERR_ACCESS_DENIED FileSystemWrite")) {
				t.Errorf("unexpected: %s", line)
			}
		}
		if b, _ := os.ReadFile(filepath.Join(root, "in.txt")); string(b) != "inside" {
			t.Fatal("read-only runtime changed a file")
		}
	})
}

// Options.NoChildProcess: every child_process entry point fails with the
// permission model's error and nothing runs.
func TestNoChildProcess(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, NoChildProcess: true})
	code, err := rt.RunScript(context.Background(), "cp.js", `
		const cp = require('child_process');
		for (const f of [() => cp.spawn('true'), () => cp.spawnSync('true'), () => cp.execSync('true'),
		                 () => cp.exec('true', () => console.log('ran')), () => cp.execFileSync('true')]) {
			try { f(); console.log('allowed'); } catch (e) { console.log(e.code, e.permission, JSON.stringify(e.resource)); }
		}
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
	want := strings.Repeat("ERR_ACCESS_DENIED ChildProcess \"\"\n", 5)
	if out.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}
