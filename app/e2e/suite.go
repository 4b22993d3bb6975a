//go:build !wasm

package e2e

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is the browser the harness drives: Debian's chromium
// package, which .ci/run installs.
const ChromiumPath = "/usr/bin/chromium"

// suite is what all tests of a package share: one server and one
// Chromium process. Each test gets its own browser context (see New).
type suite struct {
	root string // repository root
	bin  string // the kneadform binary the suite built

	serverOnce sync.Once
	serverErr  error
	server     *exec.Cmd
	serverLog  *lockedWriter // the server's stderr, for failures
	baseURL    string        // http://127.0.0.1:PORT/

	browserOnce   sync.Once
	browserErr    error
	browserCtx    context.Context // the Chromium process's first tab
	cancelBrowser func()
}

var shared suite

// Main runs the tests of a package that uses the harness and then stops
// the server and Chromium. Call it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(e2e.Main(m)) }
func Main(m *testing.M) int {
	code := m.Run()
	shared.close()
	return code
}

// Binary returns the path of the kneadform binary built for the suite
// (building it and starting the shared server if needed), for tests that
// run other subcommands or a second server.
func Binary(t testing.TB) string {
	t.Helper()
	BaseURL(t)
	return shared.bin
}

// Root returns the repository root (the folder holding go.mod).
func Root(t testing.TB) string {
	t.Helper()
	root, err := findRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("e2e: no go.mod above the working directory")
		}
		dir = parent
	}
}

// BaseURL starts the server if needed and returns its URL, ending in "/".
// It fails the test when web/app.wasm is missing (run make build first).
func BaseURL(t testing.TB) string {
	t.Helper()
	shared.serverOnce.Do(shared.startServer)
	if shared.serverErr != nil {
		t.Fatal(shared.serverErr)
	}
	return shared.baseURL
}

// startServer builds cmd/kneadform into a temporary folder and runs
// "kneadform serve -addr 127.0.0.1:0 -web ROOT/web", reading the URL from
// the one line it prints.
func (s *suite) startServer() {
	s.serverErr = func() error {
		root, err := findRoot()
		if err != nil {
			return err
		}
		s.root = root
		web := filepath.Join(root, "web")
		if _, err := os.Stat(filepath.Join(web, "app.wasm")); err != nil {
			return fmt.Errorf("e2e: %s/app.wasm is missing: run make build first", web)
		}
		dir, err := os.MkdirTemp("", "kneadform-e2e-")
		if err != nil {
			return err
		}
		bin := filepath.Join(dir, "kneadform")
		build := exec.Command("go", "build", "-o", bin, "./cmd/kneadform")
		build.Dir = root
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("e2e: building the server: %v\n%s", err, out)
		}
		s.bin = bin
		cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-web", web)
		cmd.Env = append(os.Environ(), "KNEADFORM_ADDR=")
		DieWithParent(cmd)
		s.serverLog = &lockedWriter{}
		cmd.Stderr = s.serverLog
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			return err
		}
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("e2e: starting the server: %w", err)
		}
		s.server = cmd
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
		select {
		case l, ok := <-line:
			const prefix = "Kneadform is running at "
			if !ok || !strings.HasPrefix(l, prefix) {
				return fmt.Errorf("e2e: the server printed %q, not its URL; stderr:\n%s", l, s.serverLog)
			}
			s.baseURL = strings.TrimPrefix(l, prefix)
			return nil
		case <-time.After(30 * time.Second):
			return fmt.Errorf("e2e: the server printed no URL in 30s; stderr:\n%s", s.serverLog)
		}
	}()
}

// browser starts Chromium if needed and returns the context of its first
// tab, from which New derives one browser context per test. A missing
// Chromium skips the test, or fails it when CI=true.
func (s *suite) browser(t testing.TB) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("e2e: %s is missing and CI=true: .ci/run installs it (apt-get install -y chromium)", ChromiumPath)
		}
		t.Skipf("e2e: %s is missing (apt-get install -y chromium); skipping browser test", ChromiumPath)
	}
	s.browserOnce.Do(s.startBrowser)
	if s.browserErr != nil {
		t.Fatal(s.browserErr)
	}
	return s.browserCtx
}

func (s *suite) startBrowser() {
	profile, err := os.MkdirTemp("", "kneadform-chromium-")
	if err != nil {
		s.browserErr = err
		return
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.UserDataDir(profile),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // CI runs as root
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("mute-audio", true),
		// Chromium's own autofill server lookups (it sees name fields)
		// are the browser's traffic, not the app's: switch them off so
		// AssertOnlyOrigin speaks only of what the app requests. Chromium
		// 148 also asks www.google.com whether "AI mode" may be offered
		// (omnibox AimEligibilityService, /async/folae) from each new
		// browser context, preconnects to the default search engine, and
		// asks clients2.google.com for the network time.
		chromedp.Flag("disable-features", "AutofillServerCommunication,AimEnabled,AimServerEligibilityEnabled,PreconnectToSearch,NetworkTimeServiceQuerying"),
		chromedp.NoFirstRun,
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	// The first Run starts Chromium and ties it to ctx: no timeout here.
	if err := chromedp.Run(ctx); err != nil {
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(profile)
		s.browserErr = fmt.Errorf("e2e: starting %s: %w", ChromiumPath, err)
		return
	}
	s.browserCtx = ctx
	s.cancelBrowser = func() {
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(profile)
	}
}

// close stops Chromium and the server.
func (s *suite) close() {
	if s.cancelBrowser != nil {
		s.cancelBrowser()
	}
	if s.server != nil && s.server.Process != nil {
		s.server.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { s.server.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.server.Process.Kill()
		}
		os.RemoveAll(filepath.Dir(s.server.Path))
	}
}

// lockedWriter collects a process's output while failures read it.
type lockedWriter struct {
	mu sync.Mutex
	sb strings.Builder
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sb.Write(p)
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sb.String()
}
