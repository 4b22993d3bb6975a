package e2e

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"kneadform/app/outcome"
	"kneadform/app/visit"

	"github.com/chromedp/cdproto/emulation"
	goical "github.com/emersion/go-ical"
)

// Issue 14 in the browser: the pre-visit checklist, the after-visit
// check-in and its review, the calendar file and the functional scale.

// seedLog saves an outcome log on the device, as if kept earlier.
func seedLog(b *Browser, l outcome.Log) {
	b.t.Helper()
	raw, err := outcome.EncodeLog(l)
	if err != nil {
		b.t.Fatal(err)
	}
	b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.outcome", %q)`, raw), nil)
}

// onVisitPage waits for a page of the feature with focus on its heading,
// checks it with axe and takes a screenshot.
func onVisitPage(b *Browser, path, shot string) {
	b.t.Helper()
	b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.activeElement && document.activeElement.id === "page-heading"`, path))
	b.AssertAccessible()
	b.Screenshot(shot)
}

func checked(b *Browser, id string) bool {
	var on bool
	b.Eval(fmt.Sprintf(`!!(document.getElementById(%q) || {}).checked`, id), &on)
	return on
}

func TestVisitChecklistTicksSurviveReloadAndPrint(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), handoffPrefs(t))
	b.Open("/summary")
	b.WaitVisible("#visit #checklist-box")
	if got := b.Text("#checklist-box"); !strings.Contains(got, `To stop at any time, say “pause”`) {
		t.Errorf("checklist does not carry the stop word chosen in the walkthrough: %q", got)
	}
	b.TapCSS("#checklist")       // the first item: the meal
	b.TapCSS("#checklist-water") // plan to drink water
	b.WaitFor(`document.getElementById("checklist-done").textContent.startsWith("2 of ")`)
	b.Reload()
	b.WaitVisible("#visit #checklist-box")
	b.WaitFor(`document.getElementById("checklist").checked && document.getElementById("checklist-water").checked`)
	if checked(b, "checklist-wear") {
		t.Error("an item never ticked shows ticked after reload")
	}
	b.TapCSS("#visit-print")
	onVisitPage(b, "/visit/checklist", "visit-checklist")
	b.WaitFor(`document.getElementById("checklist").checked && document.getElementById("checklist-water").checked`)
	b.run("print media", b.Timeout, emulation.SetEmulatedMedia().WithMedia("print"))
	var shown struct{ List, Banner, Button bool }
	b.Eval(`(v => ({list: v("#checklist-box"), banner: v(".banner"), button: v("#print-checklist")}))(
		s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== "none"; })`, &shown)
	if !shown.List || shown.Banner || shown.Button {
		t.Errorf("print view: checklist shown %v, banner shown %v, print button shown %v", shown.List, shown.Banner, shown.Button)
	}
	b.Screenshot("visit-checklist-print")
	b.run("screen media", b.Timeout, emulation.SetEmulatedMedia().WithMedia(""))
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitCheckInNewRedFlagReachesEmergency(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/summary")
	b.TapCSS("#visit-checkin")
	onVisitPage(b, "/visit/checkin", "visit-checkin")
	b.TapCSS("#soreness-worse")
	next(b, checkInPages[0])
	nothingNew(b, 1)
	nothingNew(b, 2)
	onCheckIn(b, 3, "visit-checkin-new")
	b.TapCSS("#spread-both-legs")
	b.TapCSS("#feelings-numb")
	b.TapCSS("#continue") // an emergency: straight to it, the last page not needed
	b.WaitFor(`location.pathname === "/urgent" && !!document.getElementById("call-emergency")`)
	b.Screenshot("visit-checkin-urgent")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitCheckInNormalMovesNextPressure(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), handoffPrefs(t)) // neck 3 (max 4), low-left 4 (max 5)
	b.Open("/summary")
	b.TapCSS("#visit-checkin")
	onVisitPage(b, "/visit/checkin", "visit-checkin-normal")
	b.TapCSS("#soreness-mild")
	b.TapCSS("#water")
	next(b, checkInPages[0])
	nothingNew(b, 1)
	nothingNew(b, 2)
	onCheckIn(b, 3, "visit-checkin-normal-new")
	next(b, checkInPages[3])
	onCheckIn(b, 4, "visit-checkin-normal-massage")
	b.TapCSS("#pressure-right")
	b.WaitVisible("#rightlevel")
	b.TapCSS("#rightlevel-2")
	b.TapCSS("#continue")
	b.WaitVisible("#checkin-review")
	if got := b.Text("#checkin-review"); !strings.Contains(got, "Feeling a little sore for a day or two after a massage is normal") ||
		!strings.Contains(got, "starts from what felt right") {
		t.Errorf("review = %q", got)
	}
	b.AssertAccessible()
	b.Screenshot("visit-checkin-review")
	p := storedPrefs(b)
	for r, s := range p.Regions {
		if s.Preferred != 2 {
			t.Errorf("%s: next walkthrough starts at %d, want 2 (what felt right)", r, s.Preferred)
		}
	}
	b.Open("/pressure/regions")
	onPressure(b, "regions")
	b.WaitFor(`document.getElementById("preferred-neck").value === "2" && document.getElementById("preferred-low-left").value === "2"`)
	b.Open("/journal")
	b.WaitVisible("#journal-visits")
	if got := b.Text("#journal-visits"); !strings.Contains(got, "Massage visit") {
		t.Errorf("journal visits = %q", got)
	}
	var marks int
	b.Eval(`document.querySelectorAll("#journal-chart .chart-visit").length`, &marks)
	if marks != 1 {
		t.Errorf("journal chart shows %d visits, want 1", marks)
	}
	b.Open("/therapist")
	b.WaitVisible("#t-last-visit")
	if got := b.Text("#t-last-visit"); !strings.Contains(got, "Last visit") {
		t.Errorf("therapist last visit = %q", got)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitCalendarDownloadParses(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	at := time.Now().Add(-2 * time.Hour).Format(visit.AtLayout)
	seedLog(b, outcome.Log{Visits: []visit.Visit{{At: at}}})
	b.Open("/summary")
	b.TapCSS("#visit-calendar")
	onVisitPage(b, "/visit/calendar", "visit-calendar")
	b.WaitVisible("#calendar-download")
	data, name := download(b, "#calendar-download")
	if name != "kneadform.ics" {
		t.Errorf("file name = %q", name)
	}
	cal, err := goical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot parse the downloaded file: %v\n%s", err, data)
	}
	var summaries []string
	daily := false
	for _, ev := range cal.Events() {
		s, _ := ev.Props.Text(goical.PropSummary)
		summaries = append(summaries, s)
		if r := ev.Props.Get(goical.PropRecurrenceRule); r != nil && strings.Contains(r.Value, "FREQ=DAILY") {
			daily = true
		}
	}
	got := strings.Join(summaries, " | ")
	for _, want := range []string{"Your back routine", "Back check-in, 24 hours after your massage",
		"Back check-in, 48 hours after your massage", "Next massage at"} {
		if !strings.Contains(got, want) {
			t.Errorf("events %q lack %q", got, want)
		}
	}
	if !daily {
		t.Error("the routine reminder does not repeat daily")
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitPSFSChangeOnSummary(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	six := 6
	seedLog(b, outcome.Log{Records: []outcome.Record{{Date: "2026-01-05", Pain: &six,
		Activities: outcome.PSFS{{Name: "lift my child", Score: 3}}}}})
	b.Open("/summary")
	b.TapCSS("#visit-activities")
	onVisitPage(b, "/visit/activities", "visit-activities")
	b.WaitFor(`document.getElementById("psfs-name-1").value === "lift my child"`)
	b.TapCSS("#psfs-score-1-7")
	b.TapCSS("#continue")
	b.WaitVisible("#psfs-saved")
	b.TapCSS(".back-link")
	b.WaitVisible("#visit-change")
	if got := b.Text("#visit-change"); !strings.Contains(got, "lift my child: 3 then, 7 now. better") {
		t.Errorf("summary change = %q", got)
	}
	b.Screenshot("visit-summary-change")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
