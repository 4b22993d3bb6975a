package e2e

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStaticBuild: `kneadform build` writes a site that a plain file
// server (no Kneadform code at all) serves; it works, and works offline
// after the first visit, deep links included.
func TestStaticBuild(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "dist")
	cmd := exec.Command(Binary(t), "build", "-config", filepath.Join(Root(t), "docs", "clinic.example.json"),
		"-web", filepath.Join(Root(t), "web"), "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("kneadform build: %v\n%s", err, b)
	}
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js",
		"intake/where.html", "web/app.wasm", "web/app.wasm.br", "web/app.css", "_headers"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("static site lacks %s", f)
		}
	}
	headers, _ := os.ReadFile(filepath.Join(out, "_headers"))
	if !strings.Contains(string(headers), "frame-ancestors 'self' https://lotus.example") {
		t.Errorf("_headers lacks the clinic's frame-ancestors:\n%s", headers)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(out))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	base := "http://" + ln.Addr().String() + "/"

	b := NewFor(t, base)
	b.Open("/")
	if got := b.Text(".banner-name"); got != "Lotus Back Clinic" {
		t.Errorf("banner = %q, want the clinic's name from the configuration", got)
	}
	b.ClickByName("Start now")
	b.WaitFor(`location.pathname === "/intake/about"`)
	b.CheckByLabel("35 to 49")
	b.WaitOfflineReady()

	b.SetOffline(true)
	b.Reload()
	b.WaitFor(`location.pathname === "/intake/about" && document.getElementById("ageBand-35-49").checked`)
	b.Open("/intake/where") // a deep link the file server has no page for
	b.WaitFor(`document.querySelector("h1").innerText === "Where does it hurt?"`)
	b.Screenshot("static-offline")
	b.SetOffline(false)
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
