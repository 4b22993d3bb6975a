//go:build linux

package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestChildDiesWithParent: a process started through DieWithParent ends
// when the process that started it is killed. Before it, a test binary
// killed mid-run left its `kneadform serve` running (found after killing a
// stuck app/e2e run; the orphan kept its port and CPU). The test runs
// itself as that parent: the helper starts a child (sleep), prints its
// PID, and is killed with SIGKILL; the child must then be gone. It is
// plain process handling, no browser: it runs under -short too.
func TestChildDiesWithParent(t *testing.T) {
	if os.Getenv("KNEADFORM_ORPHAN_HELPER") == "1" {
		child := exec.Command("sleep", "300")
		DieWithParent(child)
		if err := child.Start(); err != nil {
			os.Exit(2)
		}
		os.Stdout.WriteString(strconv.Itoa(child.Process.Pid) + "\n")
		select {} // wait to be killed
	}
	parent := exec.Command(os.Args[0], "-test.run=^TestChildDiesWithParent$")
	parent.Env = append(os.Environ(), "KNEADFORM_ORPHAN_HELPER=1")
	out, err := parent.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := parent.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		parent.Process.Kill()
		t.Fatalf("the helper printed no child PID: %v", err)
	}
	pid, err := strconv.Atoi(line[:len(line)-1])
	if err != nil {
		t.Fatalf("child PID %q: %v", line, err)
	}
	parent.Process.Kill()
	parent.Wait()
	// The kernel sends SIGKILL as the parent exits; the child is then
	// reaped by init. Wait for that event, generously on a loaded machine.
	deadline := time.Now().Add(time.Minute)
	for alive(pid) {
		if time.Now().After(deadline) {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("child %d still runs a minute after its parent was killed", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// alive reports whether pid is a running process (a zombie waiting for
// init to reap it counts as gone).
func alive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// Field 3 of /proc/PID/stat is the state; Z is a zombie.
	for i := len(b) - 1; i > 0; i-- {
		if b[i] == ')' && i+2 < len(b) {
			return b[i+2] != 'Z'
		}
	}
	return true
}
