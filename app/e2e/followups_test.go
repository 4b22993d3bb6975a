package e2e

import (
	"strings"
	"testing"
	"time"

	"kneadform/app/intake"
)

// Issue 13 in the browser: the follow-up questions. Symptoms in both legs
// that are long-standing and known (diagnosed spinal stenosis, aching only
// when walking) no longer raise the emergency screen, while a new or
// worsening answer, "not sure", or leaving the page without answering
// still interrupts at once; a known non-contagious rash is avoided rather
// than postponing the visit.

// stays asserts the tab is still on path after a pause long enough for a
// navigation the app might have started (the app navigates within a few
// milliseconds of an answer).
func stays(b *Browser, path string) {
	b.t.Helper()
	time.Sleep(1500 * time.Millisecond)
	if got := b.Path(); got != path {
		b.t.Fatalf("left %s for %s", path, got)
	}
}

// bothLegsYes ticks "Yes" for "both legs" on the first safety page and
// waits for the both-legs follow-up to appear under that question.
func bothLegsYes(b *Browser) {
	b.t.Helper()
	b.Open("/intake/safety")
	onStep(b, "safety")
	answerSafety(b, intake.FlagBothLegs)
	b.WaitVisible("#" + intake.FieldBothLegs)
	var under bool
	b.Eval(`document.getElementById("`+intake.FlagField(intake.FlagBothLegs)+`-yes").closest(".tick-row").contains(document.getElementById("bothLegs"))`, &under)
	if !under {
		b.t.Error("the both-legs follow-up is not directly under the both-legs question")
	}
}

func TestFollowUpStableStenosisNoEmergency(t *testing.T) {
	t.Parallel()
	b := New(t)
	bothLegsYes(b)
	stays(b, "/intake/safety") // held while the follow-up is unanswered
	b.AssertAccessible()
	b.Screenshot("both-legs-follow-up")
	radio(b, intake.FieldBothLegs+"-"+string(intake.LegsWalking))
	stays(b, "/intake/safety")
	next(b, "/intake/safety")
	onStep(b, "safety-more")
	answerSafety(b)
	next(b, "/intake/safety-more")
	onStep(b, "where")
	a := draft(b)["answers"].(map[string]any)
	if a["bothLegs"] != string(intake.LegsWalking) {
		t.Errorf("saved bothLegs = %v", a["bothLegs"])
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()

	// The whole client: diagnosed stenosis, checked and stable, legs ache
	// only when walking. Massage with cautions, not the emergency.
	c := completeAnswers()
	c.RedFlags[intake.FlagBothLegs] = intake.Yes
	c.BothLegs, c.Spread = intake.LegsWalking, intake.SpreadBoth
	c.Conditions, c.Reviewed = []intake.Condition{intake.CondStenosis}, intake.Yes
	c.Consent, c.ConsentName, c.ConsentAt = false, "", ""
	b2 := New(t)
	seedDraft(b2, intake.Draft{Step: intake.StepHealth, Answers: c})
	b2.Open("/intake")
	onStep(b2, "health")
	b2.WaitVisible("#" + intake.FieldReviewed) // asked because stenosis is ticked
	b2.Open("/intake/check")
	signFromCheck(b2, "Ana Diaz")
	b2.WaitVisible("#adaptations")
	if got := b2.Text("#outcome h2"); got != "Massage is OK, with a few changes" {
		t.Errorf("outcome title = %q", got)
	}
	if got := b2.Text("main"); !strings.Contains(got, "legs ache when you walk") {
		t.Errorf("the stenosis caution is not shown: %q", got)
	}
	b2.Screenshot("stenosis-summary")
	b2.AssertNoConsoleErrors()
}

func TestFollowUpLegsInterrupts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		act  func(b *Browser)
	}{
		{"new-or-worse", func(b *Browser) { radio(b, intake.FieldBothLegs) }}, // the first choice
		{"not-sure", func(b *Browser) { radio(b, intake.FieldBothLegs+"-"+string(intake.LegsUnsure)) }},
		{"continue-unanswered", func(b *Browser) { b.TapCSS("#continue") }},
		{"back-unanswered", func(b *Browser) { b.TapCSS("a.back-link") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := New(t)
			bothLegsYes(b)
			tc.act(b)
			b.WaitFor(`location.pathname === "/urgent"`)
			if got := b.Text("h1"); got != "Get medical help now" {
				t.Errorf("h1 = %q", got)
			}
			b.AssertNoConsoleErrors()
		})
	}
	// "Not sure" on the both-legs question itself is never followed up.
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	radio(b, intake.FlagField(intake.FlagBothLegs)+"-unsure")
	b.WaitFor(`location.pathname === "/urgent"`)
}

func TestFollowUpEczemaAvoidNotPostpone(t *testing.T) {
	t.Parallel()
	a := completeAnswers()
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowRight: {intake.SkinRash}}
	a.Consent, a.ConsentName, a.ConsentAt = false, "", ""
	b := New(t)
	seedDraft(b, intake.Draft{Step: intake.StepSkin, Answers: a})
	b.Open("/intake")
	onStep(b, "areas") // the skin problems are asked on the areas page (flow3)
	if got := b.Text("#skin-more-chosen"); !strings.Contains(got, "Lower back, right side") {
		t.Errorf("the skin question's summary = %q, want the marked area named", got)
	}
	b.WaitVisible("#" + intake.FieldRashKnown) // open: an area is marked
	radio(b, intake.FieldRashKnown+"-yes")
	b.AssertAccessible()
	b.Screenshot("rash-known")
	b.WaitFor(`JSON.parse(localStorage.getItem("kneadform.draft")).answers.rashKnown === "yes"`)
	b.Open("/intake/check")
	signFromCheck(b, "Ana Diaz")
	b.WaitVisible("#adaptations")
	if got := b.Text("#outcome h2"); got != "Massage is OK, with a few changes" {
		t.Errorf("outcome title = %q, want cautions (not postpone)", got)
	}
	if got := b.Text("#avoid-areas"); !strings.Contains(got, "Lower back, right side") {
		t.Errorf("areas to avoid = %q", got)
	}
	b.Screenshot("eczema-summary")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
