package runtime_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// A Go HTTP server routes /api/ to a script's node http server and answers
// /health itself.
func ExampleHTTPHandler() {
	rt, _ := runtime.New(runtime.Options{Stdout: os.Stdout})
	ln := runtime.NewMemListener("api")
	rt.Listen("api", ln)

	mux := http.NewServeMux()
	mux.Handle("/api/", runtime.HTTPHandler(ln))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok from Go") })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	go func() {
		for _, path := range []string{"/api/users/7?full=1", "/health"} {
			res, err := http.Get(srv.URL + path)
			if err != nil {
				fmt.Println(err)
				continue
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			fmt.Println(res.StatusCode, res.Header.Get("Content-Type"), string(body))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		rt.Shutdown(ctx)
	}()
	rt.RunScript(context.Background(), "api.js", `
		const http = require('http');
		http.createServer((req, res) => {
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify({ method: req.method, url: req.url, forwarded: !!req.headers['x-forwarded-for'] }));
		}).listen(require('gojanet').listener('api'));
	`)
	// Output:
	// 200 application/json {"method":"GET","url":"/api/users/7?full=1","forwarded":true}
	// 200 text/plain; charset=utf-8 ok from Go
}

// TestHTTPHandler: request bodies stream in, a response written in pieces
// streams out before the script ends it, and concurrent requests share the
// keep-alive connections.
func TestHTTPHandler(t *testing.T) {
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	ln := runtime.NewMemListener("api")
	rt.Listen("api", ln)
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.RunScript(context.Background(), "api.js", `
			const http = require('http');
			http.createServer((req, res) => {
				if (req.url === '/echo') {
					let n = 0;
					req.on('data', (d) => { n += d.length; });
					req.on('end', () => res.end(req.method + ' ' + n + ' ' + req.headers['x-forwarded-host']));
					return;
				}
				if (req.url === '/finish') {
					held.end('second');
					res.end('finished');
					return;
				}
				res.write('first;');
				held = res; // ended by the next request, /finish
			}).listen(require('gojanet').listener('api'));
			let held;
		`)
	}()
	srv := httptest.NewServer(runtime.HTTPHandler(ln))
	defer srv.Close()

	body := strings.Repeat("x", 1<<20)
	res, err := http.Post(srv.URL+"/echo", "text/plain", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if want := "POST 1048576 " + strings.TrimPrefix(srv.URL, "http://"); string(got) != want {
		t.Errorf("echo: got %q, want %q", got, want)
	}

	// The first piece arrives while the script still holds the response
	// open: only the next request, /finish, ends it.
	res, err = http.Get(srv.URL + "/stream")
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 6)
	if _, err := io.ReadFull(res.Body, buf); err != nil || string(buf) != "first;" {
		t.Fatalf("first piece: %q %v", buf, err)
	}
	fin, err := http.Get(srv.URL + "/finish")
	if err != nil {
		t.Fatal(err)
	}
	fin.Body.Close()
	rest, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if string(rest) != "second" {
		t.Errorf("stream: rest %q", rest)
	}

	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res, err := http.Post(srv.URL+"/echo", "text/plain", strings.NewReader(strings.Repeat("y", i)))
			if err != nil {
				errs <- err
				return
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if !strings.HasPrefix(string(b), fmt.Sprintf("POST %d ", i)) {
				errs <- fmt.Errorf("request %d: %q", i, b)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	rt.Shutdown(ctx)
	<-done
}
