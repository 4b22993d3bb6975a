//go:build !linux

package e2e

import "os/exec"

// DieWithParent does nothing outside Linux, which has no parent-death
// signal: a test binary killed mid-run may leave its server running.
func DieWithParent(cmd *exec.Cmd) {}
