package e2e

import (
	"testing"
	"time"
)

// TestKioskWipesAfterPause: with kiosk mode on, a pause without a touch
// wipes the answers and returns to the start, with a notice. The clinic
// configuration's resetAfterSeconds gives a 5-second pause, so the test
// waits for the wipe (an event in the page), not for a real minute.
func TestKioskWipesAfterPause(t *testing.T) {
	t.Parallel()
	const pause = 5 * time.Second
	app := startApp(t, map[string]any{"name": "Lotus", "kiosk": map[string]any{"enabled": true, "resetAfterSeconds": int(pause.Seconds())}})
	b := NewFor(t, app)
	b.Open("/")
	b.ClickByName("Start now")
	b.WaitFor(`location.pathname === "/intake/about"`)
	b.CheckByLabel("35 to 49")
	b.WaitFor(`localStorage.getItem("kneadform.draft") !== null`)
	start := time.Now()
	b.Timeout = 60 * time.Second // the pause plus a loaded machine; the wait ends at the wipe
	b.WaitFor(`location.pathname === "/" && localStorage.getItem("kneadform.draft") === null &&
		document.querySelector("main") && document.querySelector("main").innerText.includes("For privacy")`)
	if waited := time.Since(start); waited < pause-time.Second {
		t.Errorf("wiped after %v, before the configured %v", waited, pause)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
