//go:build !wasm

package main

import (
	"bytes"
	"net"
	"strings"
	"testing"
)

func TestListenURL(t *testing.T) {
	tests := []struct {
		addr string
		port int
		want string
	}{
		{"127.0.0.1:8000", 8000, "http://127.0.0.1:8000/"},
		{"127.0.0.1:0", 41234, "http://127.0.0.1:41234/"},
		{":8000", 8000, "http://localhost:8000/"},
		{"0.0.0.0:0", 5555, "http://localhost:5555/"},
		{"[::1]:0", 5555, "http://[::1]:5555/"},
		{"[::]:9000", 9000, "http://localhost:9000/"},
		{"localhost:8000", 8000, "http://localhost:8000/"},
	}
	for _, tt := range tests {
		got := listenURL(tt.addr, &net.TCPAddr{Port: tt.port})
		if got != tt.want {
			t.Errorf("listenURL(%q, port %d) = %q, want %q", tt.addr, tt.port, got, tt.want)
		}
	}
}

func TestServeErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve", "extra"}, 2, "unexpected argument"},
		{[]string{"serve", "-nope"}, 2, "flag provided but not defined"},
		{[]string{"serve", "-web", "/nonexistent", "-addr", "127.0.0.1:0"}, 1, "make build"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := dispatch(tt.args, nil, &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", tt.args, code, errb.String(), tt.code, tt.msg)
		}
		if out.Len() != 0 {
			t.Errorf("%v printed %q on stdout", tt.args, out.String())
		}
	}
}

func TestEnvOr(t *testing.T) {
	t.Setenv("KNEADFORM_ADDR", "")
	if got := envOr("KNEADFORM_ADDR", defaultAddr); got != defaultAddr {
		t.Errorf("empty env: %q", got)
	}
	t.Setenv("KNEADFORM_ADDR", "127.0.0.1:9999")
	if got := envOr("KNEADFORM_ADDR", defaultAddr); got != "127.0.0.1:9999" {
		t.Errorf("set env: %q", got)
	}
}
