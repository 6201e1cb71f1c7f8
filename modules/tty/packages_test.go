package tty_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// The packages issue 11 names load unbundled from node_modules: debug
// (which needs tty) and ioredis (debug, crypto and tls: checked once tls
// exists). Installed with npm into a scratch directory; skipped without npm
// or a reachable registry.
func TestPackagesLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("installs packages with npm")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not on PATH")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"private":true}`), 0o644)
	cmd := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--prefer-offline", "debug@4", "ioredis@5")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("npm install failed (no registry?): %v\n%s", err, out)
	}
	script := filepath.Join(dir, "load.js")
	os.WriteFile(script, []byte(`
		const debug = require('debug');
		const log = debug('app');
		log('hidden');
		debug.enable('app');
		log('shown %o', { a: 1 });
		let hasTLS = true;
		try { require('tls'); } catch { hasTLS = false; }
		if (hasTLS) {
			const Redis = require('ioredis');
			console.log(typeof debug, typeof Redis, typeof Redis.Cluster);
		} else {
			console.log(typeof debug, 'ioredis needs tls');
		}
	`), 0o644)
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Dir: dir, Args: []string{script}})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunFile(context.Background(), script)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, stderr.String())
	}
	if got := stdout.String(); got != "function function function\n" && got != "function ioredis needs tls\n" {
		t.Errorf("stdout %q", got)
	}
	if !strings.Contains(stderr.String(), "app shown { a: 1 }") || strings.Contains(stderr.String(), "hidden") {
		t.Errorf("debug's output: %q", stderr.String())
	}
}
