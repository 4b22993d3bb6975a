package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPanicInHandlerIsRecovered: a panic in an event handler or guarded
// work turns into the error screen instead of ending the Go program.
func TestPanicInHandlerIsRecovered(t *testing.T) {
	t.Cleanup(func() { crash = "" })
	h := on(func(ctx app.Context, e app.Event) { panic("boom in a handler") })
	h(app.Context{}, app.Event{}) // must not panic
	if crash != "boom in a handler" {
		t.Fatalf("crash = %q", crash)
	}
	crash = ""
	guard(app.Context{}, func() {
		var m map[string]int
		m["x"]++ // a runtime error, not only an explicit panic
	})
	if !strings.Contains(crash, "nil map") {
		t.Fatalf("crash = %q", crash)
	}
	// Every page renders the error screen while crash is set.
	crash = "boom"
	for _, c := range []app.Composer{&welcomePage{}, &intakePage{step: "about"}, &urgentPage{}, &advicePage{}, &summaryPage{}} {
		e := app.NewTestEngine()
		if err := e.Load(c); err != nil {
			t.Fatalf("%T: %v", c, err)
		}
		e.ConsumeAll()
		err := app.TestMatch(c, app.TestUIDescriptor{
			Path:     app.TestPath(0, 0, 0), // main > h1 > text
			Expected: app.Text(catalog.T("crash.title")),
		})
		if err != nil {
			t.Errorf("%T does not show the error screen: %v", c, err)
		}
	}
}
