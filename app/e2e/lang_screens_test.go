package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/routine"
	"kneadform/app/triage"
	"kneadform/app/ui"
	"kneadform/app/visit"

	"github.com/chromedp/chromedp"
)

// TestLangEveryScreen (issue 15): every page of the route table
// (ui.StaticPaths: the welcome page, every intake step, the outcome pages,
// every walkthrough screen, self-care, share, the therapist's pages, the
// visit pages, and whatever a later change adds to the table), then the
// emergency and see-a-doctor pages with the answers that lead to them, and
// the server's 404 page, each in Thai and in Spanish at 390×844: no text
// that is an English catalog value, no text that does not fit, and a
// screenshot of each (artifacts/screenshots/TestLangEveryScreen_<lang>-*).
//
// The clinic speaks the language first (the therapist's pages and the 404
// page are in the clinic's language) and offers English second; the client
// has picked the language on the device. The device holds a rich client's
// state, so the pages show what they can: a finished intake with cautions,
// pressure choices, a journal of a week, visits with check-ins and a
// functional scale.
func TestLangEveryScreen(t *testing.T) {
	t.Parallel()
	for _, lang := range clientLangs {
		t.Run(lang, func(t *testing.T) {
			config := map[string]any{"name": "Lotus", "phone": "+66 2 123 4567", "languages": []string{lang, "en"}}
			if lang == "th" {
				config["region"] = "TH"
			}
			origin := startApp(t, config)
			b := NewFor(t, origin)
			b.OpenBlank()
			seedRich(b, lang)
			b.Open("/")
			b.WaitFor(fmt.Sprintf(`document.documentElement.lang === %q`, lang))
			shown := map[string]bool{}
			for _, path := range ui.StaticPaths() {
				at := navigateTo(b, path)
				if shown[at] {
					continue // a path that leads to a page already seen (/intake → /intake/about)
				}
				shown[at] = true
				screenCheck(b, lang, at)
			}

			// The emergency and see-a-doctor pages, as the answers that
			// lead to them show them.
			for _, c := range []struct {
				path string
				yes  []intake.Flag
			}{{"/urgent", []intake.Flag{intake.FlagSaddle}}, {"/advice", []intake.Flag{intake.FlagCancer, intake.FlagNight}}} {
				a := completeAnswers()
				for _, f := range c.yes {
					a.RedFlags[f] = intake.Yes
				}
				raw, err := intake.EncodeDraft(intake.Draft{Step: intake.StepSafety, Answers: a})
				if err != nil {
					t.Fatal(err)
				}
				b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.draft", %q)`, raw), nil)
				b.Open(c.path)
				b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.activeElement && document.activeElement.id === "page-heading"`, c.path))
				screenCheck(b, lang, c.path+"-answered")
			}

			// An address the app does not know, routed in the browser (the
			// service worker answers it with the app shell), then the
			// server's own 404 page, in a browser with no worker yet.
			want := i18n.Get(lang).T("notfound.title")
			b.Open("/no-such-page")
			b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
			if got := b.Text("h1"); got != want {
				t.Errorf("in-app 404 heading = %q, want %q", got, want)
			}
			screenCheck(b, lang, "/404")
			fresh := NewFor(t, origin)
			fresh.Visit("/no-such-page")
			fresh.WaitFor(`document.readyState === "complete" && !!document.querySelector("h1")`)
			if got := fresh.Text("h1"); got != want {
				t.Errorf("server 404 heading = %q, want %q", got, want)
			}
			screenCheck(fresh, lang, "/404-server")

			// The first paint, before the wasm runs: the clinic's language.
			res, err := http.Get(origin + "/")
			if err != nil {
				t.Fatal(err)
			}
			html, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if title := i18n.Get(lang).T("welcome.title"); !strings.Contains(string(html), ">"+title+"<") {
				t.Errorf("the prerendered welcome page lacks the %s heading %q", lang, title)
			}
			t.Logf("%s: %d screens checked", lang, len(shown)+4)
		})
	}
}

// navigateTo goes to path inside the running app (go-app's own navigation,
// as a link does: no reload, the wasm keeps running) and waits until the
// page that answers it has its heading focused; it returns where it ended
// (a path may lead elsewhere: /intake to its first step).
func navigateTo(b *Browser, path string) string {
	b.t.Helper()
	if b.Path() == path {
		b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
		return path
	}
	// Focus leaves first: the page that answers takes it to its heading
	// once it has rendered (go-app may keep the same heading element).
	b.Eval(`document.activeElement && document.activeElement.blur()`, nil)
	b.Eval(fmt.Sprintf(`goappNav(%q)`, b.URL(path)), nil)
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	return b.Path()
}

var unsafeShot = regexp.MustCompile(`[^a-z0-9]+`)

// screenCheck checks the screen on view (speaks) and saves its screenshot,
// named for what (a path).
func screenCheck(b *Browser, lang, what string) {
	b.t.Helper()
	speaks(b, lang, what)
	if lang == "th" {
		if w := latinWords(b); len(w) > 0 {
			b.t.Errorf("th screen %s shows Latin-script words (English not from the catalog?): %v", what, w)
		}
	}
	name := strings.Trim(unsafeShot.ReplaceAllString(what, "-"), "-")
	if name == "" {
		name = "welcome"
	}
	b.Screenshot("screen-" + name)
	viewShot(b, "screen-"+name+"-view")
}

// viewShot saves what the phone's screen shows (390×844 at the top of the
// page), beside the full-page screenshot, which is too tall to read on a
// long page: artifacts/screenshots/<Test>-<name>.png.
func viewShot(b *Browser, name string) {
	b.t.Helper()
	var png []byte
	ctx, cancel := context.WithTimeout(b.ctx, b.Timeout)
	defer cancel()
	b.Eval(`window.scrollTo(0, 0)`, nil)
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		b.t.Logf("e2e: screenshot %s: %v", name, err)
		return
	}
	dir := filepath.Join(shared.root, "artifacts", "screenshots")
	file := filepath.Join(dir, unsafeName.ReplaceAllString(b.t.Name()+"-"+name, "_")+".png")
	err := os.MkdirAll(dir, 0o755)
	if err == nil {
		err = os.WriteFile(file, png, 0o644)
	}
	if err != nil {
		b.t.Logf("e2e: screenshot %s: %v", name, err)
	}
}

// seedRich puts a rich client's state on the device (the next load reads
// it): a finished intake with cautions (fragile bones, a bruise), pressure
// choices, a journal of the last week, an outcome log with a functional
// scale and a visit three days ago with its check-in, and the language.
func seedRich(b *Browser, lang string) {
	b.t.Helper()
	a := osteoporosisAnswers()
	a.FirstName, a.ConsentName = "Ana", "Ana Pérez"
	a.ConsentAt = time.Now().Add(-7 * 24 * time.Hour).UTC().Format(time.RFC3339)
	d, err := intake.EncodeDraft(intake.Draft{Step: intake.StepConsent, Answers: a, Done: true})
	if err != nil {
		b.t.Fatal(err)
	}
	prefs, err := json.Marshal(pressure.Prefs{
		Regions: map[intake.Region]pressure.Setting{intake.RegionLowLeft: {Preferred: 2, Max: 3}, intake.RegionLowRight: {Preferred: 2, Max: 3}},
		Tender:  []pressure.TenderSpot{{Region: intake.RegionLowLeft, Note: "Ana"}},
		Stop:    pressure.Stop{Signal: pressure.SignalWord, Word: "Ana"},
		CheckIn: pressure.CheckOften,
	})
	if err != nil {
		b.t.Fatal(err)
	}
	day := func(n int) string { return time.Now().AddDate(0, 0, -n).Format("2006-01-02") }
	var j routine.Journal
	for n, pain := range []int{5, 4, 4, 3, 4, 3} {
		e := routine.Entry{Date: day(6 - n), Pain: pain, Stiffness: intake.StiffShort, Sleep: intake.SleepFair, RoutineDone: n%2 == 0,
			Function: map[intake.Task]intake.Ability{intake.TaskGroceries: intake.AbleEasy}}
		if err := j.Add(e); err != nil {
			b.t.Fatal(err)
		}
	}
	jraw, err := routine.EncodeJournal(j)
	if err != nil {
		b.t.Fatal(err)
	}
	six, four, two, three := 6, 4, 2, 3
	l := outcome.Log{
		Records: []outcome.Record{
			{Date: day(10), Pain: &six, Activities: outcome.PSFS{{Name: "Ana", Score: 3}}},
			{Date: day(1), Pain: &four, Activities: outcome.PSFS{{Name: "Ana", Score: 6}}},
		},
		Visits: []visit.Visit{{At: time.Now().AddDate(0, 0, -3).Format(visit.AtLayout), PainBefore: &four, PainAfter: &two,
			CheckIns: []visit.CheckIn{{Stage: visit.Stage24h, Soreness: visit.SoreMild, Water: visit.WaterSome, Pain: &three, Pressure: visit.FeltRight}}}},
	}
	lraw, err := outcome.EncodeLog(l)
	if err != nil {
		b.t.Fatal(err)
	}
	items := map[string]string{"kneadform.draft": string(d), "kneadform.pressure": string(prefs), "kneadform.journal": string(jraw),
		"kneadform.outcome": string(lraw), "kneadform.lang": lang}
	js, _ := json.Marshal(items)
	b.Eval(fmt.Sprintf(`(items => { for (const k in items) localStorage.setItem(k, items[k]); })(%s)`, js), nil)
}

// identifiers are the Latin-script words a Thai screen may show besides
// latinAllowed: the clinic's name in these tests, file formats and time
// zones, the command and key format clinic mode names ("kneadform keygen",
// "clinic.key", "AGE-SECRET-KEY-1"), and the triage rules' ids (the therapist's summary names the
// rules behind a pressure limit).
var identifiers = func() map[string]bool {
	m := map[string]bool{"Lotus": true, "CSV": true, "JSON": true, "UTC": true,
		"kneadform": true, "keygen": true, "clinic": true, "key": true, "AGE": true, "SECRET": true, "KEY": true}
	for _, r := range triage.Rules {
		for _, w := range strings.Split(r.ID, "-") {
			m[w] = true
		}
	}
	return m
}()

// latinWords lists the Latin-script words on a Thai screen that are not
// names or kept abbreviations (latinAllowed, the clinic's name): English
// that never went through the catalog (text built in Go) shows here. The
// therapist's rule ids and sources (.t-meta) are identifiers, not words.
func latinWords(b *Browser) []string {
	b.t.Helper()
	var texts []string
	b.Eval(`(() => {
		const out = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || el.closest("script, style, noscript, template, .t-meta, select, code, kbd, pre")) continue;
			out.push(n.data);
		}
		return out;
	})()`, &texts)
	seen := map[string]bool{}
	var out []string
	for _, w := range regexp.MustCompile(`[A-Za-zÀ-ÿ]{2,}`).FindAllString(strings.Join(texts, " "), -1) {
		if !latinAllowed[w] && !identifiers[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
