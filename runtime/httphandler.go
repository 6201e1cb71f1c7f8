package runtime

import (
	"context"
	"net"
	"net/http"
	"net/http/httputil"
	"time"
)

// HTTPHandler returns an http.Handler that serves requests with the node
// http server a script runs on ln: a Go HTTP server (net/http, with its
// TLS, HTTP/2 and middleware) can route some paths to a script, as in
//
//	ln := runtime.NewMemListener("api")
//	rt.Listen("api", ln)
//	mux.Handle("/api/", runtime.HTTPHandler(ln))
//	// script: http.createServer(app).listen(require('gojanet').listener('api'))
//
// Requests are proxied over keep-alive in-memory connections into the
// script's http.Server (net/http/httputil's ReverseProxy over ln.DialContext),
// so the script sees exactly what a node server sees: the original method,
// path, Host and headers, the body streamed, plus X-Forwarded-For/-Host/
// -Proto naming the real client. Responses stream back as the script writes
// them; upgrades (WebSocket) pass through. A script that is not listening
// yet makes requests wait until the request's context ends; a failed
// exchange answers 502.
//
// The handler is safe for concurrent use by any number of goroutines.
func HTTPHandler(ln *MemListener) http.Handler {
	transport := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return ln.DialContext(ctx)
		},
		MaxIdleConns:        256,
		MaxIdleConnsPerHost: 256,
		// Below node's keepAliveTimeout (5 s), so Go drops an idle connection
		// before the script does.
		IdleConnTimeout:    4 * time.Second,
		DisableCompression: true,
	}
	return &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = "http"
			pr.Out.URL.Host = string(ln.addr)
			pr.Out.Host = pr.In.Host
			pr.SetXForwarded()
		},
		Transport:     transport,
		FlushInterval: -1, // write what the script writes as it writes it
	}
}
