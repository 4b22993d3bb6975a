package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/triage"
)

// Issue 15, through the UI in Thai and in Spanish: the emergency
// interruption, the pressure walkthrough, the routine player and the
// journal. Every screen reached is checked by axe and by speaks (no
// English catalog value, no text that does not fit).

var clientLangs = []string{"th", "es"}

// inLang opens the app and picks lang in the banner's picker.
func inLang(b *Browser, lang string) *i18n.Catalog {
	b.t.Helper()
	var now string
	b.Eval(`document.documentElement.lang`, &now)
	if now != lang {
		pickLanguage(b, now, lang)
	}
	return i18n.Get(lang)
}

// checkScreen runs axe and speaks on the screen and saves a screenshot.
func checkScreen(b *Browser, lang, name string) {
	b.t.Helper()
	b.AssertAccessible()
	speaks(b, lang, name)
	b.Screenshot(name)
}

// TestLangEmergencyThroughUI: from the welcome page to the safety step in
// lang, a yes to the saddle question interrupts at once with the reason in
// lang and a working call button; "I chose an answer by mistake" goes back
// and, answered no, the intake goes on.
func TestLangEmergencyThroughUI(t *testing.T) {
	t.Parallel()
	for _, lang := range clientLangs {
		t.Run(lang, func(t *testing.T) {
			b := New(t)
			b.Open("/")
			c := inLang(b, lang)
			walkUntil(b, lang, "safety", nil)
			checkScreen(b, lang, "safety")
			radio(b, intake.FlagField(intake.FlagSaddle)+"-yes")
			b.WaitFor(`location.pathname === "/urgent" && document.activeElement && document.activeElement.id === "page-heading"`)
			if got := b.Text("h1"); got != c.T("urgent.title") {
				t.Errorf("urgent h1 = %q, want %q", got, c.T("urgent.title"))
			}
			if got := b.Text("main"); !strings.Contains(got, c.T("triage.rule.saddle-numbness")) {
				t.Errorf("the reason is not shown in %s: %q", lang, got)
			}
			var href string
			b.Eval(`document.getElementById("call-emergency").getAttribute("href")`, &href)
			m := regexp.MustCompile(`^tel:(\d+)$`).FindStringSubmatch(href)
			if m == nil {
				t.Fatalf("emergency link href = %q, want tel:<digits>", href)
			}
			if got, want := b.Text("#call-emergency"), c.T("urgent.call", "number", m[1]); got != want {
				t.Errorf("call button = %q, want %q", got, want)
			}
			checkScreen(b, lang, "urgent")
			b.ClickByName(c.T("urgent.change"))
			onStep(b, "safety")
			// Take the tick off (it was a mistake), then nothing applies.
			radio(b, intake.FlagField(intake.FlagSaddle)+"-yes")
			b.WaitFor(fmt.Sprintf(`!document.getElementById(%q).checked`, intake.FlagField(intake.FlagSaddle)+"-yes"))
			safetyBoth(b)
			onStep(b, "where")
			speaks(b, lang, "where")
			b.AssertNoConsoleErrors()
			b.AssertOnlyOrigin()
		})
	}
}

// TestLangPressureWalkthroughThroughUI: every walkthrough screen in lang,
// the speak-up errors, then the choices on the summary in lang.
func TestLangPressureWalkthroughThroughUI(t *testing.T) {
	t.Parallel()
	for _, lang := range clientLangs {
		t.Run(lang, func(t *testing.T) {
			b := New(t)
			seedFinished(b, completeAnswers(), "")
			b.Open("/")
			c := inLang(b, lang)
			b.Open("/pressure")
			for _, s := range []string{"scale", "signs"} {
				onPressure(b, s)
				speaks(b, lang, "pressure-"+s)
				next(b, "/pressure/"+s)
			}
			onPressure(b, "speak")
			b.FillByLabel(c.T("pressure.walk.speak.word"), "b4n4n4!")
			b.TapCSS("#continue")
			b.WaitVisible("#error-summary")
			checkScreen(b, lang, "pressure-speak-errors")
			b.FillByLabel(c.T("pressure.walk.speak.word"), c.T("pressure.signal.default-word"))
			b.WaitFor(`!document.getElementById("stopWord-error")`)
			b.CheckByLabel(c.T("pressure.checkin.now-and-then"))
			b.WaitFor(`!document.getElementById("error-summary")`)
			next(b, "/pressure/speak")
			onPressure(b, "regions")
			speaks(b, lang, "pressure-regions")
			next(b, "/pressure/regions")
			onPressure(b, "tender")
			b.CheckByLabel(c.T("region.low-left"))
			b.WaitFor(`!!document.querySelector("#tender-notes input, #tender-notes textarea")`)
			checkScreen(b, lang, "pressure-tender")
			next(b, "/pressure/tender")
			for _, s := range []string{"techniques", "done"} {
				onPressure(b, s)
				speaks(b, lang, "pressure-"+s)
				if s != "done" {
					next(b, "/pressure/"+s)
				}
			}
			b.ClickByName(c.T("pressure.walk.done.back"))
			b.WaitFor(`location.pathname === "/summary"`)
			b.WaitVisible("#pressure-choices")
			if got := b.Text("#ps-checkin"); !strings.Contains(got, c.T("pressure.checkin.now-and-then")) {
				t.Errorf("summary check-ins = %q, want %q", got, c.T("pressure.checkin.now-and-then"))
			}
			if p := storedPrefs(b); len(p.Tender) != 1 || p.Stop.Word != c.T("pressure.signal.default-word") {
				t.Errorf("saved prefs = %+v", p)
			}
			checkScreen(b, lang, "pressure-summary")
			b.AssertNoConsoleErrors()
			b.AssertOnlyOrigin()
		})
	}
}

// firstMoveKey is the catalog key of the desk worker's first move.
func firstMoveKey(t *testing.T) string {
	t.Helper()
	a := scDeskWorker()
	r := routine.Generate(&a, triage.Evaluate(&a))
	if len(r.Exercises) == 0 {
		t.Fatal("the desk worker has no routine")
	}
	return r.Exercises[0].Name
}

// TestLangRoutinePlayerThroughUI: the routine page, the player (a real
// hold, pause and resume, every move skipped through), its end and the
// way on to the journal, in lang.
func TestLangRoutinePlayerThroughUI(t *testing.T) {
	t.Parallel()
	for _, lang := range clientLangs {
		t.Run(lang, func(t *testing.T) {
			b := New(t)
			scSeed(b, scDeskWorker())
			b.Open("/")
			c := inLang(b, lang)
			b.Open("/self-care")
			scOnPage(b, "/self-care")
			b.TapCSS(".card summary") // a move's steps, opened
			checkScreen(b, lang, "routine")
			b.ClickByName(c.T("selfcare.play"))
			scOnPage(b, "/self-care/play")
			if got, want := b.Text("h1"), c.T(firstMoveKey(t)); got != want {
				t.Errorf("first move = %q, want %q", got, want)
			}
			checkScreen(b, lang, "player-ready")
			b.ClickByName(c.T("player.start"))
			b.WaitFor(fmt.Sprintf(`document.getElementById("player-state").innerText === %q`, c.T("player.state.hold")))
			speaks(b, lang, "player-holding")
			b.ClickByName(c.T("player.pause"))
			b.WaitFor(fmt.Sprintf(`document.getElementById("player-state").innerText === %q`, c.T("player.state.paused")))
			checkScreen(b, lang, "player-paused")
			b.ClickByName(c.T("player.resume"))
			b.WaitFor(fmt.Sprintf(`document.getElementById("player-state").innerText !== %q`, c.T("player.state.paused")))
			for i := 0; i < 15; i++ {
				var more bool
				b.Eval(`!!document.getElementById("player-next")`, &more)
				if !more {
					break
				}
				before := b.Text("#player-progress")
				b.TapCSS("#player-next")
				b.WaitFor(fmt.Sprintf(`document.getElementById("player-progress").innerText !== %q`, before))
			}
			speaks(b, lang, "player-last-move")
			b.ClickByName(c.T("player.end"))
			b.WaitFor(fmt.Sprintf(`document.querySelector("h1").innerText === %q && document.activeElement.id === "page-heading"`, c.T("player.ended.title")))
			checkScreen(b, lang, "player-ended")
			b.ClickByName(c.T("player.finished.checkin"))
			scOnPage(b, "/journal")
			b.AssertNoConsoleErrors()
			b.AssertOnlyOrigin()
		})
	}
}

// TestLangJournalThroughUI: a check-in in lang (its error first), saved,
// read back after a reload with the date in lang, then deleted.
func TestLangJournalThroughUI(t *testing.T) {
	t.Parallel()
	for _, lang := range clientLangs {
		t.Run(lang, func(t *testing.T) {
			b := New(t)
			scSeed(b, scDeskWorker())
			b.Open("/")
			c := inLang(b, lang)
			b.Open("/journal")
			scOnPage(b, "/journal")
			b.WaitVisible("#chart-baseline")
			checkScreen(b, lang, "journal-empty")
			b.ClickByName(c.T("journal.save"))
			b.WaitVisible("#error-summary")
			if got := b.Text("#error-summary"); !strings.Contains(got, c.T("error.journal-pain.required")) {
				t.Errorf("error summary = %q", got)
			}
			checkScreen(b, lang, "journal-error")
			radio(b, "journal-pain-3")
			b.WaitFor(`!document.getElementById("error-summary")`)
			for _, id := range []string{"journal-stiffness-under-30", "journal-sleep", "journal-groceries", "journal-side-sleep", "journal-sit-30-hard", "journal-done"} {
				radio(b, id)
			}
			b.ClickByName(c.T("journal.save"))
			b.WaitFor(fmt.Sprintf(`document.getElementById("journal-status").innerText.includes(%q)`, c.T("journal.status.saved")))
			b.Reload()
			scOnPage(b, "/journal")
			b.WaitVisible("#journal-table")
			now := time.Now()
			row := b.Text(fmt.Sprintf(`#journal-table tr[data-date=%q]`, now.Format("2006-01-02")))
			if want := c.DateShort(now); !strings.Contains(row, want) {
				t.Errorf("table row %q lacks today's date as %s writes it, %q", row, lang, want)
			}
			if got, want := b.Text("#journal-checkin h2"), c.T("journal.today", "date", c.DateShort(now)); got != want {
				t.Errorf("today's heading = %q, want %q", got, want)
			}
			checkScreen(b, lang, "journal-chart")
			b.ClickByName(c.T("journal.delete.button"))
			b.WaitFor(`document.activeElement && document.activeElement.id === "journal-delete-confirm"`)
			checkScreen(b, lang, "journal-delete")
			b.ClickByName(c.T("journal.delete.yes"))
			b.WaitFor(`!document.getElementById("journal-table") && localStorage.getItem("kneadform.journal") === null`)
			speaks(b, lang, "journal-deleted")
			b.AssertNoConsoleErrors()
			b.AssertOnlyOrigin()
		})
	}
}
