//go:build linux

package e2e

import (
	"os/exec"
	"syscall"
)

// DieWithParent makes the Linux kernel kill cmd's process when the process
// that started it dies, so a test binary killed mid-run (a timeout, ^C, a
// CI job cancelled) leaves no `kneadform serve` or WebKitWebDriver behind
// holding a port. Call it before cmd.Start. (The kernel ties the signal to
// the thread that forks; Go's threads live as long as the process unless a
// goroutine locked to one ends, which the test helpers never do.)
func DieWithParent(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
}
