package ui

import (
	"testing"

	"kneadform/app/ui/kit"
	"kneadform/app/ui/outcome"
	"kneadform/app/ui/questions"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPagesShowTheErrorScreen: once a panic was recovered (kit.On,
// kit.Guard), every page renders the error screen instead of itself.
func TestPagesShowTheErrorScreen(t *testing.T) {
	h := kit.On(func(ctx app.Context, e app.Event) { panic("boom") })
	h(app.Context{}, app.Event{})
	if !kit.Crashed() {
		t.Fatal("the panic was not recorded")
	}
	st := store.New()
	for _, c := range []app.Composer{questions.NewWelcome(st), questions.NewIntake(st), outcome.NewUrgent(st),
		outcome.NewAdvice(st), outcome.NewSummary(st)} {
		e := app.NewTestEngine()
		if err := e.Load(c); err != nil {
			t.Fatalf("%T: %v", c, err)
		}
		e.ConsumeAll()
		err := app.TestMatch(c, app.TestUIDescriptor{
			Path:     app.TestPath(0, 0, 0), // main > h1 > text
			Expected: app.Text(kit.T("crash.title")),
		})
		if err != nil {
			t.Errorf("%T does not show the error screen: %v", c, err)
		}
	}
}
