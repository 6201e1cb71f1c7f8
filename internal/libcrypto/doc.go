// Package libcrypto signs with OpenSSL's libcrypto (libcrypto.so.3, loaded
// at run time with dlopen through internal/dl, no cgo) where it is there:
// OpenSSL's RSA-2048 signature costs a quarter to a half of Go's
// constant-time one, and a TLS server's full handshake is mostly that
// signature. Signer wraps a private key; everything it cannot do on
// libcrypto (no cgo, not linux/amd64, no libcrypto.so.3, GOJANET_NO_LIBCRYPTO=1, other key
// types, unusual options, any libcrypto error) is done by the Go key as
// before. Everything here is safe from any goroutine.
package libcrypto

import "os"

// disabled reports whether GOJANET_NO_LIBCRYPTO asks for Go's signatures
// only (read when libcrypto would first be loaded).
func disabled() bool {
	v := os.Getenv("GOJANET_NO_LIBCRYPTO")
	return v != "" && v != "0"
}
