package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// Issue 15: the client picks Thai or Spanish on any page, the whole intake
// works in it through the UI, a switch keeps the answers, and the
// therapist's pages speak the clinic's language.

func TestLangThaiIntakeThroughUI(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	pickLanguage(b, "en", "th")
	th := i18n.Get("th")
	if got := b.Text("h1"); got != th.T("welcome.title") {
		t.Errorf("welcome h1 in Thai = %q, want %q", got, th.T("welcome.title"))
	}
	b.AssertAccessible()
	b.Screenshot("th-welcome")
	english := map[string][]string{}
	walkIntake(b, "th", func(step string) {
		if w := englishLeft(b); len(w) > 0 {
			english[step] = w
		}
		if w := brokenWords(b); len(w) > 0 {
			t.Errorf("Thai %s screen: words broken across lines: %v", step, w)
		}
	})
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	if got := b.Text("h1"); !strings.Contains(got, strings.SplitN(th.T("summary.title"), "{", 2)[0]) {
		t.Errorf("summary h1 = %q, want the Thai title %q", got, th.T("summary.title"))
	}
	if w := englishLeft(b); len(w) > 0 {
		english["summary"] = w
	}
	for step, w := range english {
		t.Errorf("English left on the Thai %s screen: %v", step, w)
	}
	b.AssertAccessible()
	b.Screenshot("th-summary")
	if d := draft(b); d["done"] != true {
		t.Errorf("the Thai intake is not saved as done: %v", d)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestLangSpanishIntakeThroughUI(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	pickLanguage(b, "en", "es")
	walkIntake(b, "es", nil)
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	if lang := b.Text("#lang-picker option:checked"); lang != "Español" {
		t.Errorf("picker shows %q on the summary", lang)
	}
	b.AssertAccessible()
	b.Screenshot("es-summary")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestLangThaiEmergency(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	pickLanguage(b, "en", "th")
	b.Open("/intake/safety") // the remembered choice: a new load speaks Thai
	onStep(b, "safety")
	radio(b, intake.FlagField(intake.FlagSaddle)+"-yes")
	b.WaitFor(`location.pathname === "/urgent" && document.activeElement && document.activeElement.id === "page-heading"`)
	th := i18n.Get("th")
	if got := b.Text("h1"); got != th.T("urgent.title") {
		t.Errorf("urgent h1 = %q, want %q", got, th.T("urgent.title"))
	}
	var href string
	b.Eval(`document.getElementById("call-emergency").getAttribute("href")`, &href)
	if !regexp.MustCompile(`^tel:\d+$`).MatchString(href) {
		t.Errorf("Thai emergency link href = %q, want tel:<digits>", href)
	}
	b.AssertAccessible()
	b.Screenshot("th-urgent")
	b.AssertNoConsoleErrors()
}

func TestLangSwitchKeepsAnswers(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	b.TapCSS("#start")
	onStep(b, "about")
	b.TapCSS("#continue") // the age is unanswered
	b.WaitVisible("#error-summary")
	b.CheckByLabel("35 to 49")
	b.CheckByLabel("Desk or computer work")
	b.WaitFor(`(JSON.parse(localStorage.getItem("kneadform.draft") || "{}").answers.daily || []).includes("desk")`)

	pickLanguage(b, "en", "es")
	es := i18n.Get("es")
	b.WaitFor(`location.pathname === "/intake/about" && document.getElementById("page-heading")`)
	if got := b.Text("#page-heading"); got != es.T("step.about.title") {
		t.Errorf("after the switch the heading is %q, want %q", got, es.T("step.about.title"))
	}
	var still bool
	b.Eval(`document.querySelector('input[name="daily"][value="desk"]').checked`, &still)
	if !still {
		t.Error("the answer on screen was lost by the switch")
	}
	b.Screenshot("es-about")
	next(b, "/intake/about")
	b.WaitFor(`location.pathname === "/intake/safety"`)
	b.Eval(`history.back()`, nil)
	b.WaitFor(`location.pathname === "/intake/about"`)
	b.WaitFor(`document.querySelector('input[name="daily"][value="desk"]') && document.querySelector('input[name="daily"][value="desk"]').checked`)
	if got := b.Text("#page-heading"); got != es.T("step.about.title") {
		t.Errorf("back one step: heading %q, want Spanish %q", got, es.T("step.about.title"))
	}
	pickLanguage(b, "es", "th")
	b.WaitFor(`document.querySelector('input[name="ageBand"][value="35-49"]').checked`)
	b.Reload() // remembered on the device
	b.WaitFor(`document.documentElement.lang === "th"`)
	if got := b.Text("#page-heading"); got != i18n.Get("th").T("step.about.title") {
		t.Errorf("after a reload: heading %q, want Thai", got)
	}
	b.AssertAccessible()
	b.AssertNoConsoleErrors()
}

// TestLangTherapistInClinicLanguage: a client reading Spanish at an
// English clinic; the therapist summary is English and says the client
// answered in Spanish.
func TestLangTherapistInClinicLanguage(t *testing.T) {
	t.Parallel()
	app := startApp(t, map[string]any{"name": "Lotus", "languages": []string{"en", "es", "th"}})
	b := NewFor(t, app)
	b.Open("/")
	pickLanguage(b, "en", "es")
	walkIntake(b, "es", nil)
	b.Open("/therapist")
	en := i18n.Get("en")
	b.WaitFor(`document.getElementById("client-language")`)
	if got := b.Text("h1"); got != en.T("handoff.therapist.title") {
		t.Errorf("therapist h1 = %q, want English %q", got, en.T("handoff.therapist.title"))
	}
	want := en.T("lang.client", "language", en.T("lang.in.es"))
	if got := b.Text("#client-language"); got != want {
		t.Errorf("client language note = %q, want %q", got, want)
	}
	var lang string
	b.Eval(`document.documentElement.lang`, &lang)
	if lang != "en" {
		t.Errorf("therapist page lang = %q, want en", lang)
	}
	b.Screenshot("therapist-en-client-es")
	b.AssertAccessible()
	b.AssertNoConsoleErrors()
}

// TestLangStopWordInClientLanguage: a client reading Thai keeps the default
// stop word; the English therapist summary shows the Thai word the client
// agreed on, not the English default (an empty word used to be looked up in
// the reader's language).
func TestLangStopWordInClientLanguage(t *testing.T) {
	t.Parallel()
	app := startApp(t, map[string]any{"name": "Lotus", "languages": []string{"en", "th"}})
	b := NewFor(t, app)
	b.Open("/")
	pickLanguage(b, "en", "th")
	seedFinished(b, completeAnswers(), "")
	b.Open("/pressure/speak")
	onPressure(b, "speak")
	radio(b, "checkIn") // "often"; the word field is left as offered
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname !== "/pressure/speak"`)
	th := i18n.Get("th").T("pressure.signal.default-word")
	if p := storedPrefs(b); p.Stop.Word != th {
		t.Errorf("saved stop word = %q, want the Thai default %q written out", p.Stop.Word, th)
	}
	b.Open("/therapist")
	b.WaitFor(`document.getElementById("t-stop")`)
	if got := b.Text("#t-stop"); !strings.Contains(got, th) || strings.Contains(got, `"stop"`) {
		t.Errorf("therapist sees stop signal %q, want the word %q", got, th)
	}
	b.Screenshot("therapist-stop-word")
}

// TestLangEmergencyNumberEveryLanguage: a Thai clinic (region TH) gets
// 1669 and the same tap-to-call in Thai, English and Spanish.
func TestLangEmergencyNumberEveryLanguage(t *testing.T) {
	t.Parallel()
	app := startApp(t, map[string]any{"name": "Lotus", "region": "TH", "languages": []string{"th", "en", "es"}})
	b := NewFor(t, app)
	b.Open("/intake/safety")
	onStep(b, "safety")
	radio(b, intake.FlagField(intake.FlagSaddle)+"-yes")
	b.WaitFor(`location.pathname === "/urgent"`)
	for _, lang := range []string{"th", "en", "es"} {
		b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.lang", %q)`, lang), nil)
		b.Open("/urgent")
		b.WaitFor(fmt.Sprintf(`document.documentElement.lang === %q && document.getElementById("call-emergency")`, lang))
		var href string
		b.Eval(`document.getElementById("call-emergency").getAttribute("href")`, &href)
		if href != "tel:1669" {
			t.Errorf("%s: emergency link %q, want tel:1669", lang, href)
		}
		if got := b.Text("#call-emergency"); !strings.Contains(got, "1669") {
			t.Errorf("%s: call button %q does not show 1669", lang, got)
		}
		b.Screenshot("urgent-" + lang)
	}
	b.AssertNoConsoleErrors()
}
