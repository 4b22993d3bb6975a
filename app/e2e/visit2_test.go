package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/visit"
)

// Issue 14, second round: the functional scale asked at the intake, the
// check-in's "not sure" and pain after the visit, the visit screens
// offline and in Thai and Spanish.

// storedLog returns the outcome log saved on the device.
func storedLog(b *Browser) outcome.Log {
	b.t.Helper()
	var raw string
	b.Eval(`localStorage.getItem("kneadform.outcome") || ""`, &raw)
	if raw == "" {
		return outcome.Log{}
	}
	l, _, err := outcome.DecodeLog([]byte(raw))
	if err != nil {
		b.t.Fatalf("saved log: %v: %q", err, raw)
	}
	return l
}

func TestVisitPSFSAtIntake(t *testing.T) {
	t.Parallel()
	b := New(t)
	a := completeAnswers()
	seedDraft(b, intake.Draft{Step: intake.StepGoals, Answers: a})
	b.Open("/intake/goals")
	onStep(b, "goals")
	// Skipping costs nothing: one optional text box, no rating shown, and
	// Continue leaves no record.
	var shown struct{ Name, Score bool }
	b.Eval(`({name: !!document.getElementById("psfs-name-1"), score: !!document.getElementById("psfs-score-1")})`, &shown)
	if !shown.Name || shown.Score {
		t.Errorf("goals step before typing: name box %v, rating %v (want the box only)", shown.Name, shown.Score)
	}
	next(b, "/intake/goals")
	if l := storedLog(b); len(l.Records) != 0 {
		t.Errorf("skipping the activities saved %+v", l.Records)
	}
	b.Open("/intake/goals")
	onStep(b, "goals")
	b.FillByLabel("Activity 1", "lift my child")
	b.WaitVisible("#psfs-score-1")
	radio(b, "psfs-score-1-3")
	b.WaitVisible("#psfs-name-2")
	b.AssertAccessible()
	b.Screenshot("goals-psfs")
	l := storedLog(b)
	if len(l.Records) != 1 || len(l.Records[0].Activities) != 1 || l.Records[0].Activities[0] != (outcome.Activity{Name: "lift my child", Score: 3}) ||
		l.Records[0].Pain == nil || *l.Records[0].Pain != 4 {
		t.Fatalf("intake record = %+v, want lift my child 3 with the intake's worst pain 4", l.Records)
	}
	b.Reload()
	onStep(b, "goals")
	b.WaitFor(`document.getElementById("psfs-name-1").value === "lift my child" && document.getElementById("psfs-score-1-3").checked`)
	next(b, "/intake/goals")

	// A later rating (the journal's): the summary and the chart show the
	// change since the intake's.
	// (The intake's record moves back a day, so both sit on the chart.)
	d, _ := time.Parse(outcome.DateLayout, l.Records[0].Date)
	l.Records[0].Date = d.AddDate(0, 0, -1).Format(outcome.DateLayout)
	two := 2
	_ = l.Add(outcome.Record{Date: d.Format(outcome.DateLayout), Pain: &two,
		Activities: outcome.PSFS{{Name: "Lift my child", Score: 7}}})
	seedFinished(b, a, "")
	seedLog(b, l)
	b.Open("/summary")
	b.WaitVisible("#visit-change")
	if got := b.Text("#visit-change"); !strings.Contains(got, "lift my child: 3 then, 7 now. better") {
		t.Errorf("summary change = %q", got)
	}
	b.Open("/journal")
	b.WaitVisible("#journal-visits")
	var squares int
	b.Eval(`document.querySelectorAll("#journal-chart .chart-scale-point").length`, &squares)
	if squares != 2 || !strings.Contains(b.Text("#chart-legend-visits"), "Activities you named") {
		t.Errorf("journal chart: %d functional-scale points, legend %q", squares, b.Text("#chart-legend-visits"))
	}
	if got := b.Text("#journal-visits"); !strings.Contains(got, "lift my child: 3 then, 7 now.") {
		t.Errorf("journal change = %q", got)
	}
	b.AssertAccessible()
	b.Screenshot("journal-psfs")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitCheckInNotSureReachesEmergency(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/visit/checkin")
	onVisitPage(b, "/visit/checkin", "visit-checkin-chips")
	next(b, checkInPages[0])
	onCheckIn(b, 1, "visit-checkin-safety")
	// The intake's answers, Yes and Not sure for every question of the
	// page, one tap each, none chosen for you.
	var offered struct{ Yes, Unsure, Checked int }
	b.Eval(`({yes: document.querySelectorAll("#checkin-form input[id$='-yes']").length,
		unsure: document.querySelectorAll("#checkin-form input[id$='-unsure']").length,
		checked: document.querySelectorAll("#checkin-form input:checked").length})`, &offered)
	if offered.Yes != 7 || offered.Unsure != 7 || offered.Checked != 0 {
		t.Fatalf("check-in safety page: %d Yes and %d Not sure boxes (want 7 each), %d pre-ticked", offered.Yes, offered.Unsure, offered.Checked)
	}
	radio(b, "new-flag-fever-unsure")  // see a doctor
	radio(b, "new-flag-saddle-unsure") // an emergency
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname === "/urgent" && !!document.getElementById("call-emergency")`)
	b.Screenshot("visit-checkin-unsure-urgent")
	saved := storedLog(b)
	if v, _ := saved.LastVisit(); len(v.CheckIns) != 1 || v.CheckIns[0].RedFlags[intake.FlagSaddle] != intake.Unsure {
		t.Errorf("the check-in that went to the emergency screen was saved as %+v", v.CheckIns)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitCheckInPainBeforeAfterOnChart(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	at := time.Now().Add(-26 * time.Hour).Format("2006-01-02T15:04")
	seedLog(b, outcome.Log{Visits: []visit.Visit{{At: at}}})
	b.Open("/visit/checkin")
	onVisitPage(b, "/visit/checkin", "visit-checkin-pain")
	// No rating from the week before the visit: the check-in asks it.
	b.WaitVisible("#pain-before")
	radio(b, "pain-after-3")
	radio(b, "pain-before-6")
	radio(b, "soreness-mild")
	next(b, checkInPages[0])
	nothingNew(b, 1)
	nothingNew(b, 2)
	onCheckIn(b, 3, "visit-checkin-pain-new")
	next(b, checkInPages[3])
	onCheckIn(b, 4, "visit-checkin-pain-massage")
	b.TapCSS("#continue")
	b.WaitVisible("#checkin-review")
	saved := storedLog(b)
	v, _ := saved.LastVisit()
	if v.PainBefore == nil || *v.PainBefore != 6 || v.PainAfter == nil || *v.PainAfter != 3 {
		t.Fatalf("saved visit = %+v, want pain 6 before and 3 after", v)
	}
	b.Open("/journal")
	b.WaitVisible("#journal-visits")
	if got := b.Text("#journal-visits"); !strings.Contains(got, "Pain 6 before, 3 after") {
		t.Errorf("journal visits = %q", got)
	}
	var marks int
	b.Eval(`document.querySelectorAll("#journal-chart .chart-visit").length`, &marks)
	if marks != 1 {
		t.Errorf("chart shows %d visits, want 1", marks)
	}
	b.AssertAccessible()
	b.Screenshot("journal-visit-pain")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestVisitHandoffCarriesProgress: a Spanish-speaking client's hand-off
// (format version 3) carries the functional scale, the last visit with its
// check-in and the language; the clinic, in English, sees all three after
// /open.
func TestVisitHandoffCarriesProgress(t *testing.T) {
	t.Parallel()
	cs := startClinicServer(t)
	client := NewFor(t, cs.url)
	seedFinished(client, completeAnswers(), handoffPrefs(t))
	at := time.Now().Add(-50 * time.Hour).Format(visit.AtLayout)
	six, three, four, seven := 6, 3, 4, 7
	day := func(d int) string { return time.Now().AddDate(0, 0, d).Format(outcome.DateLayout) }
	seedLog(client, outcome.Log{
		Records: []outcome.Record{
			{Date: day(-10), Pain: &six, Activities: outcome.PSFS{{Name: "levantar a mi hija", Score: 3}}},
			{Date: day(-1), Pain: &four, Activities: outcome.PSFS{{Name: "levantar a mi hija", Score: 7}}},
		},
		Visits: []visit.Visit{{At: at, PainBefore: &six, PainAfter: &three, CheckIns: []visit.CheckIn{
			{Stage: visit.Stage48h, Soreness: visit.SoreMild, Pressure: visit.FeltTooMuch, Pain: &seven, Note: "me dolió el cuello"},
		}}},
	})
	client.Eval(`localStorage.setItem("kneadform.lang", "es")`, nil)
	client.Open("/share")
	client.WaitVisible("#share-qr svg")
	client.WaitFor(`document.documentElement.lang === "es"`)
	var link string
	client.Eval(`document.getElementById("share-link-text").value`, &link)
	fragment := link[strings.Index(link, "#")+1:]
	var size string
	client.Eval(`document.getElementById("share-size").textContent`, &size)
	t.Logf("busy hand-off (v3): %s; %d-character link", size, len(link))
	if got := scanQR(client, "#share-qr svg"); got != link {
		t.Errorf("the QR code reads %q, want the link", got)
	}

	clinicDev := NewFor(t, cs.url)
	clinicDev.Open("/open#" + fragment)
	clinicDev.WaitVisible("#open-pending")
	chooseFile(clinicDev, "#open-key-file", cs.keyFile)
	clinicDev.WaitVisible("#therapist-summary")
	if got := clinicDev.Text("#open-client-language"); got != "The client answered in Spanish." {
		t.Errorf("clinic mode language line = %q", got)
	}
	if got := clinicDev.Text("#t-activities"); !strings.Contains(got, "levantar a mi hija: 7/10 now, 3/10 at first") {
		t.Errorf("clinic mode activities = %q", got)
	}
	got := clinicDev.Text("#t-last-visit")
	for _, want := range []string{"pain 6/10 before, 3/10 after", "Check-in (Two days after your massage)", "pressure: Too much", "me dolió el cuello"} {
		if !strings.Contains(got, want) {
			t.Errorf("clinic mode last visit lacks %q: %q", want, got)
		}
	}
	clinicDev.AssertAccessible()
	clinicDev.Screenshot("open-progress")
	assertOnePage(clinicDev, "open-progress")
	clinicDev.AssertNoConsoleErrors()
	clinicDev.AssertOnlyOrigin()
}

// TestVisitScreensOfflineThaiSpanish: after a first load, every visit
// screen opens with no network, in Thai and in Spanish, with no English
// catalog value on it and no axe violation; the check-in saves and its
// review shows, offline.
func TestVisitScreensOfflineThaiSpanish(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"th", "es"} {
		t.Run(lang, func(t *testing.T) {
			b := New(t)
			seedFinished(b, completeAnswers(), "") // no typed English (handoffPrefs' tender note, stop word)
			at := time.Now().Add(-26 * time.Hour).Format(visit.AtLayout)
			five := 5
			seedLog(b, outcome.Log{
				Records: []outcome.Record{{Date: time.Now().AddDate(0, 0, -3).Format(outcome.DateLayout), Pain: &five,
					Activities: outcome.PSFS{{Name: "ยกของ", Score: 4}}}},
				Visits: []visit.Visit{{At: at}},
			})
			b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.lang", %q)`, lang), nil)
			b.Open("/summary")
			b.WaitFor(fmt.Sprintf(`document.documentElement.lang === %q && !!document.getElementById("visit-checkin")`, lang))
			b.WaitOfflineReady()
			b.SetOffline(true)
			check := func(where string) {
				t.Helper()
				if w := englishShown(b, lang); len(w) > 0 {
					t.Errorf("%s %s: English shown: %v", lang, where, w)
				}
				if lang == "th" {
					if w := englishLeft(b); len(w) > 0 {
						t.Errorf("th %s: Latin words left: %v", where, w)
					}
					if w := brokenWords(b); len(w) > 0 {
						t.Errorf("th %s: words broken across lines: %v", where, w)
					}
				}
			}
			check("summary")
			for _, path := range []string{"/visit/checklist", "/visit/calendar", "/visit/activities", "/visit/checkin"} {
				b.Open(path)
				onVisitPage(b, path, lang+"-offline"+strings.ReplaceAll(path, "/", "-"))
				check(path)
			}
			radio(b, "soreness-mild")
			radio(b, "pain-after-3")
			for i := 1; i < len(checkInPages); i++ { // every page of the check-in, offline
				next(b, checkInPages[i-1])
				onVisitPage(b, checkInPages[i], lang+"-offline"+strings.ReplaceAll(checkInPages[i], "/", "-"))
				check(checkInPages[i])
				switch i {
				case 1:
					radio(b, "new-flag-fever-unsure")
				case 2:
					radio(b, "newflags")
				}
			}
			b.TapCSS("#continue")
			b.WaitFor(`location.pathname === "/advice" || !!document.getElementById("checkin-review")`)
			if p := b.Path(); p != "/advice" {
				t.Errorf("%s: a fever answered not sure after the visit goes to %s, want the see-a-doctor advice", lang, p)
			}
			b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
			check("advice")
			b.AssertAccessible()
			b.Screenshot(lang + "-offline-checkin-advice")
			b.Open("/journal")
			b.WaitVisible("#journal-visits")
			check("/journal")
			b.AssertAccessible()
			b.Screenshot(lang + "-offline-journal")
			b.SetOffline(false)
			b.AssertNoConsoleErrors()
			b.AssertOnlyOrigin()
		})
	}
}

// TestVisitActivitiesLongThaiName: a Thai activity name of 25 characters
// (75 bytes, over outcome.MaxNameLen's 60 bytes though the box allows 60
// characters) is saved, cut at a character boundary, and the page says
// so; it used to make the whole rating fail Validate and vanish silently.
func TestVisitActivitiesLongThaiName(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Eval(`localStorage.setItem("kneadform.lang", "th")`, nil)
	b.Open("/visit/activities")
	onVisitPage(b, "/visit/activities", "activities-long-thai")
	name := "ยกตะกร้าผ้าขึ้นบันไดชั้นสามทุกวัน" // 32 characters, 96 bytes
	b.FillByLabel(i18n.Get("th").T(visit.KeyPSFSActivity, "n", 1), name)
	radio(b, "psfs-score-1-4")
	b.TapCSS("#continue")
	b.WaitVisible("#psfs-saved")
	l := storedLog(b)
	if len(l.Records) != 1 || len(l.Records[0].Activities) != 1 || l.Records[0].Activities[0].Name != outcome.FitName(name) {
		t.Errorf("saved %+v, want %q", l.Records, outcome.FitName(name))
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestVisitTextHandoffCarriesProgress: "Copy as text" says what the
// encrypted hand-off carries (format version 3): the activities with their
// first score and the last visit's check-in. Before, the share page's text
// stopped at the answers and the pressure choices.
func TestVisitTextHandoffCarriesProgress(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), handoffPrefs(t))
	when := time.Now().Add(-50 * time.Hour).Format(visit.AtLayout)
	six, three, four, seven := 6, 3, 4, 7
	day := func(d int) string { return time.Now().AddDate(0, 0, d).Format(outcome.DateLayout) }
	seedLog(b, outcome.Log{
		Records: []outcome.Record{
			{Date: day(-10), Pain: &six, Activities: outcome.PSFS{{Name: "lifting my daughter", Score: 3}}},
			{Date: day(-1), Pain: &four, Activities: outcome.PSFS{{Name: "lifting my daughter", Score: 7}}},
		},
		Visits: []visit.Visit{{At: when, PainBefore: &six, PainAfter: &three, CheckIns: []visit.CheckIn{
			{Stage: visit.Stage48h, Soreness: visit.SoreMild, Pressure: visit.FeltTooMuch, Pain: &seven, Note: "my neck hurt"},
		}}},
	})
	b.Open("/share")
	at(b, "/share")
	b.Eval(`Object.defineProperty(navigator, "clipboard", {configurable: true, value: undefined}); true`, nil)
	b.ClickByName("Copy as text")
	b.WaitVisible("#share-text-manual")
	var text string
	b.Eval(`document.getElementById("share-text-manual").value`, &text)
	for _, want := range []string{"lifting my daughter: 7/10 now, 3/10 at first", "pain 6/10 before, 3/10 after",
		"pressure: Too much", "my neck hurt"} {
		if !strings.Contains(text, want) {
			t.Errorf("the text hand-off lacks %q:\n%s", want, text)
		}
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestVisitCheckInLongThaiNote: a Thai note as long as the note box allows
// saves with the check-in and reaches the therapist whole. The box counts
// characters; the check-in counted bytes (a Thai letter is three), so a
// note over 100 Thai letters failed with "could not save".
func TestVisitCheckInLongThaiNote(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/visit/checkin")
	onVisitPage(b, "/visit/checkin", "visit-checkin-thai-note")
	b.TapCSS("#soreness-mild")
	next(b, checkInPages[0])
	nothingNew(b, 1)
	nothingNew(b, 2)
	onCheckIn(b, 3, "visit-checkin-thai-note-new")
	note := strings.Repeat("ปวดคอ ", visit.MaxNoteLen/6) // 300 characters, 900 bytes
	b.FillByLabel(b.Text(`label[for="note"]`), note)
	next(b, checkInPages[3])
	onCheckIn(b, 4, "visit-checkin-thai-note-massage")
	b.TapCSS("#continue")
	b.WaitVisible("#checkin-review")
	l := storedLog(b)
	if len(l.Visits) != 1 || len(l.Visits[0].CheckIns) != 1 {
		t.Fatalf("saved visits: %+v", l.Visits)
	}
	if got := l.Visits[0].CheckIns[0].Note; got != strings.TrimSpace(note) && got != note {
		t.Errorf("saved note has %d characters, want %d", utf8.RuneCountInString(got), utf8.RuneCountInString(note))
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
