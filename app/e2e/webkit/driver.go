//go:build !wasm

package webkit

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// The programs the harness runs: Debian's webkit2gtk-driver and xvfb
// packages, which .ci/run installs.
const (
	DriverProgram = "WebKitWebDriver"
	XvfbProgram   = "Xvfb"
)

// Missing returns the names of the programs the WebKit tests need that
// are not on the PATH (none when all are there).
func Missing() []string {
	var missing []string
	for _, p := range []string{DriverProgram, XvfbProgram} {
		if _, err := exec.LookPath(p); err != nil {
			missing = append(missing, p)
		}
	}
	return missing
}

// Driver is a running WebKitWebDriver and the virtual X display (Xvfb)
// its browser windows draw on. WebKitGTK has no headless mode of its own,
// so the harness gives it a display nobody sees.
type Driver struct {
	// URL is the driver's endpoint, http://127.0.0.1:PORT.
	URL string
	// Log collects the driver's and its browsers' output: with
	// console messages written to stdout, every page's console.
	Log *Log

	xvfb, driver *exec.Cmd
}

// StartDriver starts Xvfb on a free display (Xvfb picks it and tells us
// through -displayfd) and WebKitWebDriver on a free loopback port, and
// waits until the driver answers /status. ctx bounds the wait.
func StartDriver(ctx context.Context) (*Driver, error) {
	d := &Driver{Log: &Log{}}
	display, err := d.startXvfb(ctx)
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		d.Close()
		return nil, err
	}
	d.driver = exec.Command(DriverProgram, "--host=127.0.0.1", "--port="+strconv.Itoa(port))
	d.driver.Env = append(os.Environ(), "DISPLAY=:"+display,
		// No accessibility bus or GPU on a test machine: say so rather
		// than let WebKit probe (slow, noisy).
		"NO_AT_BRIDGE=1", "WEBKIT_DISABLE_COMPOSITING_MODE=1", "LIBGL_ALWAYS_SOFTWARE=1")
	d.driver.Stdout, d.driver.Stderr = d.Log, d.Log
	// Its own process group, so Close stops its browsers too; and if the
	// test binary dies first (a go test timeout), the kernel stops it.
	d.driver.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := d.driver.Start(); err != nil {
		d.Close()
		return nil, fmt.Errorf("webkit: starting %s: %w", DriverProgram, err)
	}
	d.URL = "http://127.0.0.1:" + strconv.Itoa(port)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, d.URL+"/status", nil)
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return d, nil
			}
		}
		select {
		case <-ctx.Done():
			d.Close()
			return nil, fmt.Errorf("webkit: %s did not answer on %s: %v; output:\n%s", DriverProgram, d.URL, ctx.Err(), d.Log)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// startXvfb runs "Xvfb -displayfd" and returns the display number it chose.
func (d *Driver) startXvfb(ctx context.Context) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	// fd 3 in the child is ExtraFiles[0].
	d.xvfb = exec.Command(XvfbProgram, "-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset")
	d.xvfb.ExtraFiles = []*os.File{w}
	d.xvfb.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	d.xvfb.Stderr = d.Log
	if err := d.xvfb.Start(); err != nil {
		w.Close()
		return "", fmt.Errorf("webkit: starting %s: %w", XvfbProgram, err)
	}
	w.Close()
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(r).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case n := <-line:
		if _, err := strconv.Atoi(n); err != nil {
			d.Close()
			return "", fmt.Errorf("webkit: %s gave no display number (%q); output:\n%s", XvfbProgram, n, d.Log)
		}
		return n, nil
	case <-ctx.Done():
		d.Close()
		return "", fmt.Errorf("webkit: %s chose no display: %v; output:\n%s", XvfbProgram, ctx.Err(), d.Log)
	}
}

// Close stops the driver (and any browser it still runs), then Xvfb.
func (d *Driver) Close() {
	if d.driver != nil && d.driver.Process != nil {
		stop(d.driver, true)
	}
	if d.xvfb != nil && d.xvfb.Process != nil {
		stop(d.xvfb, false)
	}
}

// stop sends SIGTERM (to the process group when group is set), waits up
// to 10 s, then kills.
func stop(cmd *exec.Cmd, group bool) {
	pid := cmd.Process.Pid
	if group {
		syscall.Kill(-pid, syscall.SIGTERM)
	} else {
		cmd.Process.Signal(syscall.SIGTERM)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		if group {
			syscall.Kill(-pid, syscall.SIGKILL)
		} else {
			cmd.Process.Kill()
		}
		<-done
	}
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Log is a process's output, written by the process and read by tests.
type Log struct {
	mu sync.Mutex
	sb strings.Builder
}

func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sb.Write(p)
}

// String returns everything written so far.
func (l *Log) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sb.String()
}

// Len returns how many bytes were written so far: a mark for Since.
func (l *Log) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sb.Len()
}

// Since returns what was written after the mark Len returned.
func (l *Log) Since(mark int) string {
	s := l.String()
	if mark > len(s) {
		return ""
	}
	return s[mark:]
}
