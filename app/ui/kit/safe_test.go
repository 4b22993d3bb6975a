package kit

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPanicInHandlerIsRecovered: a panic in an event handler or guarded
// work turns into the error screen instead of ending the Go program, and
// the answers are saved once more. Every page showing the error screen is
// checked in app/ui (crash_test.go), which knows the pages.
func TestPanicInHandlerIsRecovered(t *testing.T) {
	saved := 0
	SaveOnPanic(func() { saved++ })
	t.Cleanup(func() { crash = ""; SaveOnPanic(func() {}) })
	h := On(func(ctx app.Context, e app.Event) { panic("boom in a handler") })
	h(app.Context{}, app.Event{}) // must not panic
	if crash != "boom in a handler" || !Crashed() {
		t.Fatalf("crash = %q", crash)
	}
	if saved != 1 {
		t.Errorf("answers saved %d times after the panic, want 1", saved)
	}
	crash = ""
	Guard(app.Context{}, func() {
		var m map[string]int
		m["x"]++ // a runtime error, not only an explicit panic
	})
	if !strings.Contains(crash, "nil map") {
		t.Fatalf("crash = %q", crash)
	}
}
