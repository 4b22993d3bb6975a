//go:build !wasm

package webkit

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"kneadform/app/e2e"
	"kneadform/app/handoff"
)

// clinic is a second app server configured with a clinic's public key, so
// the share page seals the answers for it.
type clinic struct {
	url string         // http://127.0.0.1:PORT/
	ids []age.Identity // the clinic's private key, to open what the client shares
}

var recipientLine = regexp.MustCompile(`"recipient": "(age1[0-9a-z]+)"`)

// startClinic makes a clinic key with "kneadform keygen" and runs
// "kneadform serve -config" with it until the test ends.
func startClinic(t *testing.T) clinic {
	t.Helper()
	bin, dir := e2e.Binary(t), t.TempDir()
	keyFile := filepath.Join(dir, "clinic.key")
	out, err := exec.Command(bin, "keygen", "-o", keyFile).CombinedOutput()
	m := recipientLine.FindSubmatch(out)
	if err != nil || m == nil {
		t.Fatalf("kneadform keygen: %v\n%s", err, out)
	}
	f, err := os.Open(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := handoff.ParseIdentities(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	return clinic{url: serveConfig(t, map[string]any{"name": "Lotus Back Clinic", "region": "GB", "recipient": string(m[1])}), ids: ids}
}

// serveConfig runs "kneadform serve -config" with the configuration conf
// until the test ends, and returns its root URL (http://127.0.0.1:PORT/).
func serveConfig(t *testing.T, conf map[string]any) string {
	t.Helper()
	bin, dir := e2e.Binary(t), t.TempDir()
	cfg := filepath.Join(dir, "clinic.json")
	b, _ := json.Marshal(conf)
	if err := os.WriteFile(cfg, b, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-web", filepath.Join(e2e.Root(t), "web"), "-config", cfg)
	e2e.DieWithParent(cmd)
	cmd.Env = append(os.Environ(), "KNEADFORM_ADDR=", "KNEADFORM_CONFIG=")
	var stderr Log
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the clinic's server: %v", err)
	}
	t.Cleanup(func() { stop(cmd, false) })
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			line <- sc.Text()
		}
		close(line)
		for sc.Scan() { // keep draining so the server never blocks
		}
	}()
	const prefix = "Kneadform is running at "
	select {
	case l := <-line:
		if !strings.HasPrefix(l, prefix) {
			t.Fatalf("the clinic's server printed %q; stderr:\n%s", l, stderr.String())
		}
		return strings.TrimPrefix(l, prefix)
	case <-time.After(time.Minute):
		t.Fatalf("the clinic's server printed no URL; stderr:\n%s", stderr.String())
	}
	panic("unreachable")
}

// shareAndOpen goes from the summary to the share page, takes the private
// link WebKit sealed, and opens it with the clinic's key.
func shareAndOpen(b *Browser, c clinic) handoff.Payload {
	b.t.Helper()
	b.ClickByName("Share with your clinic")
	b.WaitFor(`location.pathname === "/share" && document.activeElement && document.activeElement.id === "page-heading"`)
	b.WaitFor(`document.querySelector("#share-qr svg") && document.getElementById("share-link-text").value !== ""`)
	var link string
	b.Eval(`document.getElementById("share-link-text").value`, &link)
	if !strings.HasPrefix(link, c.url+"open#k1.") {
		b.t.Fatalf("link = %q, want %sopen#k1.…", link, c.url)
	}
	ct, err := handoff.Parse([]byte(link))
	if err != nil {
		b.t.Fatalf("the link WebKit made does not parse: %v", err)
	}
	p, err := handoff.Open(ct, c.ids...)
	if err != nil {
		b.t.Fatalf("the clinic's key does not open the link WebKit sealed: %v", err)
	}
	return p
}
