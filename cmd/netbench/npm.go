package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// npm mode (compare -npm express@4): a server script that needs packages
// from the npm registry, such as testdata/bench/express-hello.js. The
// packages are installed into a temporary directory (never committed, as
// runtime/frameworks_test.go does for its framework apps), the scripts are
// copied there, and both servers run the copies, so require() finds the
// packages in that directory's node_modules.
//
//	netbench compare -npm express@4 -script testdata/bench/express-hello.js \
//	    -node-script testdata/bench/express-hello.js -measures http

// npmInstall installs the comma-separated packages into a new temporary
// directory, copies each script into it, and returns the copies' paths and
// the directory (for the caller to remove).
func npmInstall(packages string, scripts ...string) ([]string, string, error) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return nil, "", fmt.Errorf("-npm needs npm on PATH: %w", err)
	}
	dir, err := os.MkdirTemp("", "netbench-npm-")
	if err != nil {
		return nil, "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"install", "--no-audit", "--no-fund", "--silent", "--prefix", dir}, strings.Split(packages, ",")...)
	install := exec.CommandContext(ctx, npm, args...)
	install.Env = append(os.Environ(), "npm_config_update_notifier=false")
	if out, err := install.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, "", fmt.Errorf("npm install %s: %v\n%s", packages, err, out)
	}
	copies := make([]string, len(scripts))
	for i, s := range scripts {
		b, err := os.ReadFile(s)
		if err != nil {
			os.RemoveAll(dir)
			return nil, "", err
		}
		// one name per distinct script (script and node script may differ)
		copies[i] = filepath.Join(dir, fmt.Sprintf("%d-%s", i, filepath.Base(s)))
		if err := os.WriteFile(copies[i], b, 0o644); err != nil {
			os.RemoveAll(dir)
			return nil, "", err
		}
	}
	return copies, dir, nil
}
