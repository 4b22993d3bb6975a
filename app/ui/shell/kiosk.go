package shell

import (
	"time"

	"kneadform/app/clinic"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Kiosk mode (clinic configuration "kiosk"): on a tablet shared in the
// waiting room, the answers are wiped after a pause with no touch or key,
// so the next client never sees the previous one's.

const kioskResetFlag = "kneadform.kiosk-reset" // sessionStorage: show a notice after the wipe

var kiosk struct {
	last  time.Time
	funcs []app.Func
}

// startKiosk runs once in the browser when the clinic enables kiosk mode.
func startKiosk(s *store.Session) {
	limit := clinic.Current.Kiosk.ResetAfter()
	if !app.IsClient || limit <= 0 {
		return
	}
	defer func() { _ = recover() }()
	kiosk.last = time.Now()
	touch := app.FuncOf(func(this app.Value, args []app.Value) any {
		kiosk.last = time.Now()
		return nil
	})
	check := app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { _ = recover() }()
		if kioskExpired(kiosk.last, time.Now(), limit) && s.HasDraft() {
			s.Erase()
			_ = kit.SessionSet(kioskResetFlag, "1") // refused: the wipe still happens, without the notice
			app.Window().Get("location").Call("replace", "/")
		}
		return nil
	})
	win := app.Window()
	for _, ev := range []string{"pointerdown", "keydown", "input", "scroll"} {
		win.Call("addEventListener", ev, touch, map[string]any{"passive": true, "capture": true})
	}
	win.Call("setInterval", check, kioskCheckEvery(limit).Milliseconds())
	kiosk.funcs = append(kiosk.funcs, touch, check)
}

// kioskCheckEvery is how often the pause is checked: every 5 s, or more
// often for a short pause, so the wipe comes at most a quarter late.
func kioskCheckEvery(limit time.Duration) time.Duration {
	return min(5*time.Second, max(limit/4, time.Second))
}

// kioskExpired reports whether the pause since last has reached limit.
func kioskExpired(last, now time.Time, limit time.Duration) bool {
	return !last.IsZero() && now.Sub(last) >= limit
}

// KioskNotice returns the notice to show after a kiosk wipe, once. Only a
// kiosk looks: the flag is in sessionStorage, which a client's start
// otherwise never touches (kit.GuardStorage).
func KioskNotice() string {
	if !app.IsClient || clinic.Current.Kiosk.ResetAfter() <= 0 {
		return ""
	}
	if _, ok := kit.SessionGet(kioskResetFlag); ok {
		kit.SessionDel(kioskResetFlag)
		return "notice.kiosk-reset"
	}
	return ""
}
