package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"kneadform/app/intake"
)

// Issue 4 in the browser: an emergency answer interrupts on the spot, a
// see-a-doctor answer gets calm advice, cautions reach the final summary.

// answerSafety answers the safety page on screen (issue 17: two pages of
// "tick what applies"): "Yes" for the flags in yes that it asks, or "None
// of these" when it asks none of them (that is the page's button, so
// nothing to tick: the caller's next taps it). It does not continue.
func answerSafety(b *Browser, yes ...intake.Flag) {
	b.t.Helper()
	var step string
	b.Eval(`location.pathname.replace("/intake/", "")`, &step)
	for _, f := range yes {
		for _, g := range intake.SafetyFlags(intake.Step(step)) {
			if f == g {
				radio(b, intake.FlagField(f)+"-yes")
			}
		}
	}
}

// safetyBoth answers both safety pages from the first, as answerSafety
// does, and continues to the page after them.
func safetyBoth(b *Browser, yes ...intake.Flag) {
	b.t.Helper()
	for _, s := range []string{"safety", "safety-more"} {
		at(b, "/intake/"+s)
		answerSafety(b, yes...)
		next(b, "/intake/"+s)
	}
}

func TestSafetyEmergencyInterrupts(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	// The first answer, on the spot: no Continue needed.
	radio(b, intake.FlagField(intake.FlagSaddle)+"-yes")
	b.WaitFor(`location.pathname === "/urgent" && document.activeElement && document.activeElement.id === "page-heading"`)
	if got := b.Text("h1"); got != "Get medical help now" {
		t.Errorf("h1 = %q", got)
	}
	var href, lang string
	b.Eval(`document.getElementById("call-emergency").getAttribute("href")`, &href)
	b.Eval(`navigator.language`, &lang)
	m := regexp.MustCompile(`^tel:(\d+)$`).FindStringSubmatch(href)
	if m == nil {
		t.Fatalf("emergency link href = %q, want tel:<digits>", href)
	}
	if lang == "en-US" && m[1] != "911" {
		t.Errorf("browser in %s: emergency number %s, want 911", lang, m[1])
	}
	if got := b.Text("#call-emergency"); got != fmt.Sprintf("Call %s now", m[1]) {
		t.Errorf("call button text = %q", got)
	}
	if got := b.Text("main"); !strings.Contains(got, "numbness or tingling between your legs") {
		t.Errorf("the reason is not shown: %q", got)
	}
	b.AssertAccessible()
	b.Screenshot("urgent")

	// The answers stay saved on the device.
	a := draft(b)["answers"].(map[string]any)
	if flags := a["redFlags"].(map[string]any); flags["saddle"] != "yes" {
		t.Errorf("saved red flags = %v", flags)
	}

	// A mistaken tap can be undone, and then nothing interrupts.
	b.ClickByName("I chose an answer by mistake")
	onStep(b, "safety")
	radio(b, intake.FlagField(intake.FlagSaddle)+"-yes") // the tick taken off
	b.WaitFor(`!document.getElementById("flag-saddle-yes").checked`)
	safetyBoth(b)
	onStep(b, "where")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestEmergencyCallIsThePhones: tapping "Call 911 now" is the phone's
// business (the browser opens the dialler at once): the click never reaches
// go-app's own link handler, which routes links from its queue, after the
// browser has acted, and would treat tel: as a page of the app unless told
// otherwise (docs/performance.md, tenth round). The client stays on the
// urgent page.
func TestEmergencyCallIsThePhones(t *testing.T) {
	t.Parallel()
	b := New(t)
	// Registered before go-app's window.onclick, at the same place (the
	// window, bubbling): a tel: click that reaches it would reach go-app.
	beforeLoad(b, `window.kneadformTelClicks = 0;
window.addEventListener("click", e => {
	if (e.target.closest && e.target.closest("a[href^='tel:']")) window.kneadformTelClicks++;
});`)
	b.Open("/intake/safety")
	onStep(b, "safety")
	radio(b, intake.FlagField(intake.FlagSaddle)+"-yes")
	b.WaitFor(`location.pathname === "/urgent" && document.activeElement && document.activeElement.id === "page-heading"`)
	var href string
	b.Eval(`document.getElementById("call-emergency").getAttribute("href")`, &href)
	var reached int
	b.Eval(`document.getElementById("call-emergency").click(), window.kneadformTelClicks`, &reached)
	if reached != 0 {
		t.Errorf("the tap on the emergency number reached go-app's link handler (%d clicks), want 0", reached)
	}
	// The urgent page is still there (go-app once routed tel:911 as the
	// app's page /911), and the app still answers.
	b.ClickByName("I chose an answer by mistake")
	onStep(b, "safety")
	dialled := 0
	for _, r := range b.Requests() {
		if r == href {
			dialled++
		}
	}
	if dialled != 1 {
		t.Errorf("the browser was asked to open %s %d times, want once", href, dialled)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// "Not sure" on an emergency question counts as yes.
func TestSafetyNotSureCountsAsYes(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	radio(b, intake.FlagField(intake.FlagBladder)+"-unsure")
	b.WaitFor(`location.pathname === "/urgent"`)
	if got := b.Text("main"); !strings.Contains(got, "bladder") && !strings.Contains(got, "pee") {
		t.Errorf("urgent page does not name the bladder answer: %q", got)
	}
}

func TestSafetySeeDoctorAdvice(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	safetyBoth(b, intake.FlagCancer, intake.FlagNight)
	b.WaitFor(`location.pathname === "/advice" && document.activeElement && document.activeElement.id === "page-heading"`)
	if got := b.Text("h1"); got != "Please see a doctor first" {
		t.Errorf("h1 = %q", got)
	}
	var items int
	b.Eval(`document.querySelectorAll("#doctor-list li").length`, &items)
	if items < 2 {
		t.Errorf("what to tell the doctor lists %d items, want one per flag (2)", items)
	}
	b.AssertAccessible()
	b.Screenshot("advice")

	// The client may keep going, to have the form ready for later.
	b.ClickByName("Finish the form for later")
	onStep(b, "where")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestSafetyCautionsOnSummary(t *testing.T) {
	t.Parallel()
	a := completeAnswers()
	a.FirstName, a.AgeBand, a.Daily = "Bea", intake.Age50to64, []intake.Activity{intake.ActRetired}
	a.Regions = []intake.Region{intake.RegionLowLeft, intake.RegionLowRight}
	a.Pain = map[intake.Region]int{intake.RegionLowLeft: 4, intake.RegionLowRight: 3}
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	a.Allergies = []intake.Allergy{intake.AllergyNutOil}
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowRight: {intake.SkinBruise}}
	a.Consent, a.ConsentName, a.ConsentAt = false, "", ""
	b := New(t)
	seedDraft(b, intake.Draft{Step: intake.StepCheck, Answers: a})
	b.Open("/intake")
	signFromCheck(b, "Bea Jones")
	b.WaitVisible("#adaptations")
	if got := b.Text("#outcome h2"); got != "Massage is OK, with a few changes" {
		t.Errorf("outcome title = %q", got)
	}
	adapt := b.Text("#adaptations")
	for _, want := range []string{"fragile bones", "pressure light", "nut-free"} {
		if !strings.Contains(adapt, want) {
			t.Errorf("adaptations lack %q: %q", want, adapt)
		}
	}
	if got := b.Text("#avoid-areas"); !strings.Contains(got, "Lower back, right side") {
		t.Errorf("areas to avoid = %q", got)
	}
	var avoidDrawn bool
	b.Eval(`document.querySelector('#bodymap-summary [data-region="low-right"]').classList.contains("region--avoid")`, &avoidDrawn)
	if !avoidDrawn {
		t.Error("the summary body map does not mark the area to avoid")
	}
	b.AssertAccessible()
	b.Screenshot("summary-cautions")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
