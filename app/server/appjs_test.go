//go:build !wasm

package server

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestAppJSStreamsTheFetchedResponse: the served app.js hands fetch's own
// Response to instantiateStreaming (so Chromium can cache the compiled
// wasm), not one rebuilt from a ReadableStream, and keeps the rest of
// go-app's script.
func TestAppJSStreamsTheFetchedResponse(t *testing.T) {
	srv, _ := newTestServer(t)
	res, err := http.Get(srv.URL + "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	js := string(b)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if strings.Contains(js, "new ReadableStream") || strings.Contains(js, "new Response(") {
		t.Error("app.js still rebuilds the wasm response in JavaScript")
	}
	for _, want := range []string{"response.clone().body.getReader()", "return response;", "instantiateStreaming(", "goappInitWebAssembly", "/web/app.wasm"} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	if strings.Count(js, "async function fetchWithProgress(") != 1 {
		t.Error("fetchWithProgress is not defined exactly once")
	}
}

func TestPatchAppJSLeavesUnknownScripts(t *testing.T) {
	for _, js := range []string{"", "console.log(1)", string(fetchStart) + "  no end"} {
		if got, ok := PatchAppJS([]byte(js)); ok || string(got) != js {
			t.Errorf("PatchAppJS(%q) = %q, %v", js, got, ok)
		}
	}
}
