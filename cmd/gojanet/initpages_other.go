//go:build !linux

package main

// dropInitPages is dropInitPages_linux.go's, where madvise and
// /proc/self/maps are at hand.
func dropInitPages() {}

// dropPagesWhileStarting is dropInitPages_linux.go's.
func dropPagesWhileStarting() {}
