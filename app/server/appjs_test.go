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
	for _, want := range []string{"response.clone().body.getReader()", "return response;", "instantiateStreaming(", "goappInitWebAssembly",
		`await kneadformInstantiate("/web/app.wasm", showProgress, go.importObject, instantiateStreaming);`,
		"new Worker(`/web/compile-worker.js`)"} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	if strings.Contains(js, "await instantiateStreaming(\n") {
		t.Error("app.js still compiles the wasm on the main thread first")
	}
	if strings.Count(js, "async function fetchWithProgress(") != 1 {
		t.Error("fetchWithProgress is not defined exactly once")
	}
	// The service worker is registered after the start (deferWorker), once.
	if strings.Contains(js, "\ngoappInitServiceWorker();") || strings.Count(js, "goappInitServiceWorker") != 2 {
		t.Error("app.js registers the service worker as it starts, or not once after it")
	}
	if strings.Count(js, "\ngoappInitWebAssembly().finally(kneadformRegisterWorker);\n") != 1 ||
		!strings.Contains(js, "setTimeout(goappInitServiceWorker, 0)") {
		t.Error("app.js does not register the service worker after the wasm started")
	}
}

// TestDeferWorkerLeavesUnknownScripts: without go-app's two top-level
// calls, the script is left as it is (the worker then registers as go-app
// wrote it).
func TestDeferWorkerLeavesUnknownScripts(t *testing.T) {
	for _, js := range []string{"", "goappInitWebAssembly();\n", "\ngoappInitServiceWorker();\n",
		"\ngoappInitServiceWorker();\nx\ngoappInitWebAssembly();\n\ngoappInitWebAssembly();\n"} {
		if got := string(deferWorker([]byte(js))); got != js {
			t.Errorf("deferWorker(%q) = %q", js, got)
		}
	}
	js := "a\ngoappInitServiceWorker();\nb\ngoappInitWebAssembly();\nc"
	want := "a\n// Kneadform (app/server/appjs.go): the service worker is registered\n// after the start (kneadformRegisterWorker).\nb\ngoappInitWebAssembly().finally(kneadformRegisterWorker);\nc" + registerLater
	if got := string(deferWorker([]byte(js))); got != want {
		t.Errorf("deferWorker(%q) =\n%s\nwant\n%s", js, got, want)
	}
}

func TestPatchAppJSLeavesUnknownScripts(t *testing.T) {
	call := string(instantiateStart) + `"/web/app.wasm", showProgress),\n      ` + string(instantiateEnd) + "\n"
	fetch := string(fetchStart) + "  x\n" + string(fetchEnd)
	for _, js := range []string{"", "console.log(1)", string(fetchStart) + "  no end", fetch, call,
		fetch + call, // the call after the function: not go-app's layout
		string(instantiateStart) + `"/web/app.wasm", other),\n      ` + string(instantiateEnd) + "\n" + fetch} {
		if got, ok := PatchAppJS([]byte(js)); ok || string(got) != js {
			t.Errorf("PatchAppJS(%q) = %q, %v", js, got, ok)
		}
	}
}

func TestPatchAppJSCompilesInAWorker(t *testing.T) {
	js := "a\n    const wasm = " + string(instantiateStart) + `"/x/app.wasm", showProgress),\n      ` + string(instantiateEnd) +
		"\nb\n" + string(fetchStart) + "  old\n" + string(fetchEnd) + "c\n"
	out, ok := PatchAppJS([]byte(js))
	if !ok {
		t.Fatal("not patched")
	}
	got := string(out)
	if !strings.Contains(got, `const wasm = await kneadformInstantiate("/x/app.wasm", showProgress, go.importObject, instantiateStreaming);`+"\nb\n") {
		t.Errorf("call not replaced:\n%s", got)
	}
	if !strings.HasPrefix(got, "a\n") || !strings.HasSuffix(got, "\nc\n") || strings.Contains(got, "  old\n") {
		t.Errorf("the rest of the script changed:\n%s", got)
	}
}
