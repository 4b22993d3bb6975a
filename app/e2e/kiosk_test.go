package e2e

import (
	"testing"
	"time"
)

// TestKioskWipesAfterPause: with kiosk mode on, a minute without a touch
// wipes the answers and returns to the start, with a notice. It waits a
// real minute, so it runs in parallel with the other tests.
func TestKioskWipesAfterPause(t *testing.T) {
	t.Parallel()
	app := startApp(t, map[string]any{"name": "Lotus", "kiosk": map[string]any{"enabled": true, "resetAfterMinutes": 1}})
	b := NewFor(t, app)
	b.Open("/")
	b.ClickByName("Start now")
	b.WaitFor(`location.pathname === "/intake/about"`)
	b.CheckByLabel("35 to 49")
	b.WaitFor(`localStorage.getItem("kneadform.draft") !== null`)
	start := time.Now()
	b.Timeout = 90 * time.Second
	b.WaitFor(`location.pathname === "/" && localStorage.getItem("kneadform.draft") === null &&
		document.querySelector("main") && document.querySelector("main").innerText.includes("For privacy")`)
	if waited := time.Since(start); waited < 55*time.Second {
		t.Errorf("wiped after %v, before the configured minute", waited)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
