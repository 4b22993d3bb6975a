package e2e

import (
	"bufio"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kneadform/app/server"
)

// versionedServer serves a copy of web/ whose version the test changes:
// the server is stopped, a file in the copy changes (so server.Version
// does), and a new server starts on the same address, as a clinic deploys.
type versionedServer struct {
	t    *testing.T
	dir  string // the copy of web/
	addr string
	cmd  *exec.Cmd
}

func newVersionedServer(t *testing.T) *versionedServer {
	t.Helper()
	s := &versionedServer{t: t, dir: t.TempDir()}
	src := filepath.Join(Root(t), "web")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		dst := filepath.Join(s.dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil // a compressor's temporary file
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(dst)
		if err != nil {
			return err
		}
		_, err = io.Copy(out, in)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.addr = ln.Addr().String()
	ln.Close()
	t.Cleanup(s.stop)
	return s
}

// start writes the release marker and serves the copy; it returns the
// server's version.
func (s *versionedServer) start(release string) string {
	s.t.Helper()
	if err := os.WriteFile(filepath.Join(s.dir, "release.txt"), []byte(release), 0o644); err != nil {
		s.t.Fatal(err)
	}
	version, err := server.Version(s.dir)
	if err != nil {
		s.t.Fatal(err)
	}
	cmd := exec.Command(Binary(s.t), "serve", "-addr", s.addr, "-web", s.dir)
	DieWithParent(cmd)
	cmd.Env = append(os.Environ(), "KNEADFORM_ADDR=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	s.cmd = cmd
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "Kneadform is running at ") {
		s.t.Fatalf("server %s printed %q (%v); stderr:\n%s", release, line, err, stderr.String())
	}
	go io.Copy(io.Discard, out)
	return version
}

func (s *versionedServer) stop() {
	if s.cmd != nil {
		s.cmd.Process.Kill()
		s.cmd.Wait()
		s.cmd = nil
	}
}

// Issue 17, defect 8: after the server's version changes, the page says a
// new version is ready (role=status, blocking nothing), and its Reload shows
// the new version with the draft intact. Before the fix the update was only
// logged to the console and #app-update did not exist.
func TestNewVersionBanner(t *testing.T) {
	t.Parallel()
	srv := newVersionedServer(t)
	versionA := srv.start("A")
	b := NewFor(t, "http://"+srv.addr)
	b.Open("/intake/health") // a page with a text field (the name is asked only at the end)
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	b.FillByLabel("What medicines do you take? (optional)", "Ana")
	b.WaitOfflineReady()
	b.Reload() // now the page is the service worker's (version A)
	b.WaitMounted()
	b.WaitFor(`!!navigator.serviceWorker.controller`)
	if got := b.Text("#app-update"); got != "" {
		t.Fatalf("an update notice before any update: %q", got)
	}

	srv.stop()
	versionB := srv.start("B")
	if versionA == versionB {
		t.Fatalf("the version did not change: %s", versionA)
	}
	// The first reload still shows version A (from the worker's cache)
	// while the worker fetches B; then the notice appears.
	b.Reload()
	b.WaitMounted()
	b.WaitFor(`!!document.getElementById("app-update-reload")`)
	var role string
	b.Eval(`document.getElementById("app-update").getAttribute("role")`, &role)
	if role != "status" {
		t.Errorf("update notice role = %q, want status", role)
	}
	if got := b.Text("#app-update"); !strings.Contains(got, "A new version of this app is ready") {
		t.Errorf("update notice = %q", got)
	}
	// The notice blocks nothing: the form still takes answers.
	b.FillByLabel("What medicines do you take? (optional)", "Ana Lopez")
	b.CheckByLabel("Not in the last 2 days")
	b.AssertAccessible()
	b.Screenshot("ready")

	b.Eval(`window.kneadformOldPage = true`, nil)
	b.TapCSS("#app-update-reload")
	b.WaitFor(`!window.kneadformOldPage && document.readyState === "complete"`)
	b.WaitMounted()
	var caches []string
	b.Eval(`caches.keys()`, &caches)
	if strings.Join(caches, ",") != "app-"+versionB {
		t.Errorf("caches after Reload = %v, want only app-%s", caches, versionB)
	}
	var release string
	b.Eval(`fetch("/web/release.txt").then(r => r.text())`, &release)
	if release != "B" {
		t.Errorf("after Reload the app serves release %q, want B", release)
	}
	if got := b.Text("#app-update"); got != "" {
		t.Errorf("the notice is still shown on the new version: %q", got)
	}
	var name string
	b.Eval(`document.getElementById("medications").value`, &name)
	d := draft(b)
	ans, _ := d["answers"].(map[string]any)
	if name != "Ana Lopez" || ans["medications"] != "Ana Lopez" || ans["training"] != "no" {
		t.Errorf("after Reload: field %q, draft %v: the draft was not kept", name, ans)
	}
}
