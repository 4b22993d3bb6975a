package e2e

import (
	"strings"
	"testing"
	"time"

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
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/visit/checkin")
	onVisitPage(b, "/visit/checkin", "visit-checkin-chips")
	// The same three answers as the intake, none chosen for you.
	var unsure, anyChecked bool
	b.Eval(`!!document.getElementById("new-flag-saddle-unsure")`, &unsure)
	b.Eval(`!!document.querySelector("#newflags input:checked")`, &anyChecked)
	if !unsure || anyChecked {
		t.Fatalf("check-in safety questions: not sure offered %v, an answer pre-chosen %v", unsure, anyChecked)
	}
	radio(b, "new-flag-fever-no")
	radio(b, "new-flag-saddle-unsure")
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname === "/urgent" && !!document.getElementById("call-emergency")`)
	b.Screenshot("visit-checkin-unsure-urgent")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestVisitCheckInPainBeforeAfterOnChart(t *testing.T) {
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
