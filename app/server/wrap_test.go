//go:build !wasm

package server

import "testing"

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"", "gzip", false},
		{"gzip", "gzip", true},
		{"gzip, deflate, br, zstd", "br", true},
		{"GZIP", "gzip", true},
		{"br;q=0", "br", false},
		{"br; q=0.0, gzip", "br", false},
		{"br;q=0.5", "br", true},
		{"br;q=0.01", "br", true},
		{"*", "br", true},
		{"*;q=0", "br", false},
		{"*, br;q=0", "br", false},
		{"gzip, *;q=0", "br", false},
		{"identity", "gzip", false},
		{"gzipx", "gzip", false},
	}
	for _, tt := range tests {
		if got := accepts(tt.header, tt.coding); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

func TestCompressible(t *testing.T) {
	tests := []struct {
		ct   string
		want bool
	}{
		{"text/html; charset=utf-8", true},
		{"text/css", true},
		{"application/javascript", true},
		{"application/manifest+json", true},
		{"image/svg+xml", true},
		{"application/wasm", true},
		{"image/png", false},
		{"application/octet-stream", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := compressible(tt.ct); got != tt.want {
			t.Errorf("compressible(%q) = %v, want %v", tt.ct, got, tt.want)
		}
	}
}
