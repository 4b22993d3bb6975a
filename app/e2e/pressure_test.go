package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/pressure"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Issue 5 in the browser: the pressure walkthrough at phone size, by touch
// and by keyboard only, per-region choices under the clinical caps, and the
// choices on the summary page.

// seedFinished saves a finished intake (and, when prefs is not "", stored
// pressure choices) on the device, as if the client had done it earlier.
func seedFinished(b *Browser, a intake.Answers, prefs string) {
	b.t.Helper()
	seedDraft(b, intake.Draft{Step: intake.StepConsent, Answers: a, Done: true})
	if prefs != "" {
		b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.pressure", %q)`, prefs), nil)
	}
}

// onPressure waits for a walkthrough screen with focus on its heading,
// checks it with axe and takes a screenshot.
func onPressure(b *Browser, screen string) {
	b.t.Helper()
	b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.activeElement && document.activeElement.id === "page-heading"`, "/pressure/"+screen))
	b.AssertAccessible()
	b.Screenshot(screen)
}

// storedPrefs returns the pressure choices saved on the device.
func storedPrefs(b *Browser) pressure.Prefs {
	b.t.Helper()
	var raw string
	b.Eval(`localStorage.getItem("kneadform.pressure") || ""`, &raw)
	var p pressure.Prefs
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		b.t.Fatalf("saved pressure choices are not JSON: %v: %q", err, raw)
	}
	return p
}

// sliderIs waits until the slider shows level n with its descriptor.
func sliderIs(b *Browser, id string, n int, feel string) {
	b.t.Helper()
	want := fmt.Sprintf("%d – %s", n, feel)
	b.WaitFor(fmt.Sprintf(`(e => e && e.value === %q && e.getAttribute("aria-valuetext") === %q)(document.getElementById(%q))`,
		fmt.Sprint(n), want, id))
}

// press sends one key to the focused element, as a keyboard does.
func press(b *Browser, key string) {
	b.t.Helper()
	b.run("press key", b.Timeout, chromedp.KeyEvent(key))
}

// recordVibrations replaces navigator.vibrate with a recorder.
func recordVibrations(b *Browser) {
	b.Eval(`window.__vib = []; navigator.vibrate = p => { window.__vib.push(Array.from(p)); return true; }; true`, nil)
}

func vibrations(b *Browser) [][]int {
	var v [][]int
	b.Eval(`window.__vib || []`, &v)
	return v
}

func TestPressureScaleByTouchAndKeyboard(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/summary")
	b.WaitVisible("#pressure-start")
	if got := b.Text("#pressure-summary"); !strings.Contains(got, "Agree how strong your massage should be") {
		t.Errorf("summary call to action = %q", got)
	}
	b.ClickByName("Agree on pressure")
	onPressure(b, "scale")
	if got := b.Text(".progress"); got != "Step 1 of 7" {
		t.Errorf("progress = %q, want Step 1 of 7", got)
	}
	var title string
	b.Eval(`document.title`, &title)
	if !strings.HasPrefix(title, "What the numbers mean – Step 1 of 7") {
		t.Errorf("title = %q", title)
	}
	recordVibrations(b)
	sliderIs(b, "scale-slider", 4, "I can feel it working, and it feels good.")

	// Touch: the large More and Less buttons.
	b.ClickByName("More")
	sliderIs(b, "scale-slider", 5, "Strong, but a good kind of strong. I can still relax.")
	live := b.Text("#scale-live")
	for _, want := range []string{"5", "Good work", "Strong, but a good kind of strong", "keeps this pressure"} {
		if !strings.Contains(live, want) {
			t.Errorf("live region lacks %q: %q", want, live)
		}
	}
	b.ClickByName("Less")
	b.ClickByName("Less")
	sliderIs(b, "scale-slider", 3, "Gentle. I can fully relax.")
	if got := b.Text("#scale-band"); got != "Calm" {
		t.Errorf("band at 3 = %q, want Calm", got)
	}
	if got := b.Text(".band-item--here"); !strings.Contains(got, "0 to 3") || !strings.Contains(got, "You are here") {
		t.Errorf("current band in the list = %q", got)
	}
	if v := vibrations(b); len(v) != 3 || fmt.Sprint(v[0]) != fmt.Sprint(pressure.Haptic(5)) || fmt.Sprint(v[2]) != fmt.Sprint(pressure.Haptic(3)) {
		t.Errorf("vibrations = %v, want the patterns of 5, 4, 3", v)
	}
	// Touch: a tap in the middle of the slider's track is level 5.
	b.TapCSS("#scale-slider")
	sliderIs(b, "scale-slider", 5, "Strong, but a good kind of strong. I can still relax.")
	b.Screenshot("scale-touch")

	// Keyboard only: Tab from the heading to the slider, then arrows.
	b.Eval(`document.getElementById("page-heading").focus()`, nil)
	for i := 0; i < 5; i++ {
		var onSlider bool
		if b.Eval(`document.activeElement.id === "scale-slider"`, &onSlider); onSlider {
			break
		}
		press(b, kb.Tab)
	}
	b.WaitFor(`document.activeElement.id === "scale-slider"`)
	press(b, kb.ArrowRight)
	sliderIs(b, "scale-slider", 6, "Very strong, almost too much. I can still breathe slowly through it.")
	press(b, kb.ArrowRight)
	sliderIs(b, "scale-slider", 7, "Too strong. I tense up or hold my breath.")
	if got := b.Text("#scale-live"); !strings.Contains(got, "Too much") || !strings.Contains(got, "eases off straight away") {
		t.Errorf("live region at 7 = %q", got)
	}
	b.Screenshot("scale-keyboard-7")
	press(b, kb.ArrowLeft)
	sliderIs(b, "scale-slider", 6, "Very strong, almost too much. I can still breathe slowly through it.")
	press(b, kb.End)
	sliderIs(b, "scale-slider", 10, "The worst pain I can think of.")
	if got := b.Text("#scale-band"); got != "Stop" {
		t.Errorf("band at 10 = %q, want Stop", got)
	}
	b.WaitFor(`document.getElementById("scale-slider-more").getAttribute("aria-disabled") === "true"`)
	press(b, kb.Home)
	sliderIs(b, "scale-slider", 0, "I can't feel any pressure.")
	b.AssertAccessible()
	if v := vibrations(b); len(v) < 7 || fmt.Sprint(v[len(v)-1]) != fmt.Sprint(pressure.Haptic(10)) {
		t.Errorf("vibrations = %v, want level 10's pattern last (level 0 is silent)", v)
	}

	// The vibration can be turned off, and stays off.
	n := len(vibrations(b))
	b.ClickByName("Buzz my phone when the number changes")
	b.ClickByName("More")
	sliderIs(b, "scale-slider", 1, "A very soft touch. I can just feel it.")
	if v := vibrations(b); len(v) != n {
		t.Errorf("the phone buzzed with the setting off: %v", v[n:])
	}
	if !storedPrefs(b).HapticsOff {
		t.Error("hapticsOff is not saved")
	}

	next(b, "/pressure/scale")
	onPressure(b, "signs")
	stop := b.Text("#signs-stop")
	for _, want := range []string{"Sharp pain", "electric shock", "shoots", "Numbness", "Tingling", "say stop"} {
		if !strings.Contains(stop, want) {
			t.Errorf("warning signs lack %q: %q", want, stop)
		}
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// Under reduced motion the phone never buzzes, and the screen says why.
func TestPressureReducedMotion(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.run("reduce motion", b.Timeout, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{
		{Name: "prefers-reduced-motion", Value: "reduce"}}))
	seedFinished(b, completeAnswers(), "")
	b.Open("/pressure/scale")
	onPressure(b, "scale")
	recordVibrations(b)
	b.WaitVisible("#haptics-reduced")
	b.ClickByName("More")
	sliderIs(b, "scale-slider", 5, "Strong, but a good kind of strong. I can still relax.")
	if v := vibrations(b); len(v) != 0 {
		t.Errorf("vibrated under reduced motion: %v", v)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// The whole walkthrough, then the choices on the summary, and a change
// from the summary that comes straight back.
func TestPressureWalkthroughToSummary(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/pressure")
	onPressure(b, "scale")
	next(b, "/pressure/scale")
	onPressure(b, "signs")
	next(b, "/pressure/signs")

	// Speak up: errors first, linked to their fields.
	onPressure(b, "speak")
	if got := b.Text("#breathing"); !strings.Contains(got, "hold your breath") {
		t.Errorf("breathing cue = %q", got)
	}
	b.FillByLabel("Your stop word", "b4n4n4!")
	b.TapCSS("#continue")
	b.WaitVisible("#error-summary")
	errs := b.Text("#error-summary")
	for _, want := range []string{"Use letters only", "Choose how often your therapist should check in"} {
		if !strings.Contains(errs, want) {
			t.Errorf("error summary lacks %q: %q", want, errs)
		}
	}
	b.AssertAccessible()
	b.Screenshot("speak-errors")
	b.FillByLabel("Your stop word", "banana")
	// The fixed error leaves and the page moves up: let it settle before
	// the next tap (a finger is never that quick; the test is).
	b.WaitFor(`!document.getElementById("stopWord-error")`)
	b.CheckByLabel("Now and then") // the hint is not part of its name
	b.WaitFor(`!document.getElementById("error-summary")`)
	next(b, "/pressure/speak")

	// Per region: usual and strongest, by touch and by keyboard.
	onPressure(b, "regions")
	if got := b.Text("#cap"); !strings.Contains(got, "6 (firm)") || !strings.Contains(got, "never goes above 6") {
		t.Errorf("cap panel = %q", got)
	}
	sliderIs(b, "preferred-neck", 4, "I can feel it working, and it feels good.")
	sliderIs(b, "max-neck", 6, "Very strong, almost too much. I can still breathe slowly through it.")
	b.ClickByName("Less: Usual pressure, Neck")
	sliderIs(b, "preferred-neck", 3, "Gentle. I can fully relax.")
	b.ClickByName("Less: Strongest pressure, Neck")
	sliderIs(b, "max-neck", 5, "Strong, but a good kind of strong. I can still relax.")
	if got := b.Text("#preferred-neck-status"); got != "3 – Gentle. I can fully relax." {
		t.Errorf("neck usual status = %q", got)
	}
	b.Eval(`document.getElementById("max-low-left").focus()`, nil)
	press(b, kb.ArrowLeft)
	press(b, kb.ArrowLeft)
	sliderIs(b, "max-low-left", 4, "I can feel it working, and it feels good.")
	// The usual is never above the strongest: lowering the strongest
	// below it takes the usual along.
	press(b, kb.ArrowLeft)
	sliderIs(b, "max-low-left", 3, "Gentle. I can fully relax.")
	sliderIs(b, "preferred-low-left", 3, "Gentle. I can fully relax.")
	b.AssertAccessible()
	b.Screenshot("regions-set")
	next(b, "/pressure/regions")

	onPressure(b, "tender")
	b.CheckByLabel("Lower back, left side")
	b.FillByLabel("Lower back, left side: where exactly? (optional)", "just above the hip")
	b.AssertAccessible()
	b.Screenshot("tender-set")
	next(b, "/pressure/tender")

	onPressure(b, "techniques")
	if got := b.Text("#technique-list"); !strings.Contains(got, "Usual pressure:") {
		t.Errorf("technique guide = %q", got)
	}
	if got := b.Text("#always"); !strings.Contains(got, "spine") {
		t.Errorf("standing notes = %q", got)
	}
	next(b, "/pressure/techniques")

	onPressure(b, "done")
	b.ClickByName("Back to my summary")
	b.WaitFor(`location.pathname === "/summary"`)
	b.WaitVisible("#pressure-choices")
	want := map[string][]string{
		"#ps-region-neck":     {"Neck", "Usual 3 (light), strongest 5 (medium)"},
		"#ps-region-low-left": {"Usual 3 (light), strongest 3 (light)"},
		"#ps-tender":          {"Lower back, left side: just above the hip"},
		"#ps-stop":            {"I will say a word: “banana”"},
		"#ps-checkin":         {"Now and then"},
		"#ps-talk":            {"I prefer quiet"},
		"#ps-limit":           {"6 (firm)"},
	}
	for sel, wants := range want {
		got := b.Text(sel)
		for _, w := range wants {
			if !strings.Contains(got, w) {
				t.Errorf("%s = %q, want %q", sel, got, w)
			}
		}
	}
	b.AssertAccessible()
	b.Screenshot("summary")
	p := storedPrefs(b)
	if s := p.Regions[intake.RegionNeck]; s.Preferred != 3 || s.Max != 5 {
		t.Errorf("saved neck = %+v", s)
	}
	if p.Stop.Word != "banana" || p.CheckIn != pressure.CheckNowAndThen || len(p.Tender) != 1 {
		t.Errorf("saved prefs = %+v", p)
	}

	// Change one thing from the summary: back to the recap in one step.
	b.TapCSS("#change-checkin")
	onPressure(b, "speak")
	radio(b, "checkIn")
	next(b, "/pressure/speak")
	onPressure(b, "done")
	if got := b.Text("#ps-checkin"); !strings.Contains(got, "Often") {
		t.Errorf("check-ins after the change = %q", got)
	}

	// A place added to the body map later: the summary keeps the choices
	// and says the new place is not set yet.
	b.Eval(`(d => { d.answers.regions.push("shoulder-left"); localStorage.setItem("kneadform.draft", JSON.stringify(d)); })(JSON.parse(localStorage.getItem("kneadform.draft")))`, nil)
	b.Open("/summary")
	b.WaitVisible("#pressure-choices")
	if got := b.Text("#ps-region-shoulder-left"); !strings.Contains(got, "Not set yet") {
		t.Errorf("new region on the summary = %q", got)
	}
	if got := b.Text("#ps-region-neck"); !strings.Contains(got, "Usual 3 (light), strongest 5 (medium)") {
		t.Errorf("neck after adding a region = %q", got)
	}

	// "Delete my answers" deletes the pressure choices too.
	b.ClickByName("Delete my answers")
	b.ClickByName("Yes, delete them")
	b.WaitFor(`location.pathname === "/"`)
	var left bool
	b.Eval(`localStorage.getItem("kneadform.pressure") !== null`, &left)
	if left {
		t.Error("Delete my answers left the pressure choices on the device")
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// osteoporosisAnswers is TestSafetyCautionsOnSummary's client: fragile
// bones (pressure capped at light) and a bruise on the right lower back (not
// touched).
func osteoporosisAnswers() intake.Answers {
	a := completeAnswers()
	a.AgeBand = intake.Age50to64
	a.Regions = []intake.Region{intake.RegionLowLeft, intake.RegionLowRight}
	a.Pain = map[intake.Region]int{intake.RegionLowLeft: 4, intake.RegionLowRight: 3}
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowRight: {intake.SkinBruise}}
	return a
}

func TestPressureOsteoporosisCap(t *testing.T) {
	t.Parallel()
	b := New(t)
	// Choices saved before the cap applied: above it.
	seedFinished(b, osteoporosisAnswers(),
		`{"regions":{"low-left":{"preferred":5,"max":6}},"stop":{"signal":"hand"},"checkIn":"often"}`)
	b.Open("/pressure/regions")
	onPressure(b, "regions")
	if got := b.Text("#cap-level"); got != "3 (light)" {
		t.Errorf("cap = %q, want 3 (light)", got)
	}
	if got := b.Text("#cap-reasons"); !strings.Contains(got, "You have fragile bones. Your therapist will keep the pressure light.") {
		t.Errorf("cap reasons = %q", got)
	}
	adj := b.Text("#adjusted")
	for _, want := range []string{"Lower back, left side: strongest pressure from 6 to 3.", "Lower back, left side: usual pressure from 5 to 3."} {
		if !strings.Contains(adj, want) {
			t.Errorf("adjustments lack %q: %q", want, adj)
		}
	}
	sliderIs(b, "max-low-left", 3, "Gentle. I can fully relax.")
	var maxAttr string
	b.Eval(`document.getElementById("max-low-left").max`, &maxAttr)
	if maxAttr != "3" {
		t.Errorf("slider max = %q, want 3", maxAttr)
	}
	// More at the cap: nothing changes, and the screen says why.
	b.ClickByName("More: Strongest pressure, Lower back, left side")
	b.WaitFor(`document.getElementById("max-low-left-status").innerText.includes("3 (light) is the most for you here.")`)
	sliderIs(b, "max-low-left", 3, "Gentle. I can fully relax.")
	// The keyboard cannot go past it either.
	b.Eval(`document.getElementById("max-low-left").focus()`, nil)
	press(b, kb.ArrowRight)
	press(b, kb.End)
	sliderIs(b, "max-low-left", 3, "Gentle. I can fully relax.")
	// Nor can a value forced into the slider.
	b.Eval(`(e => { e.value = "9"; e.dispatchEvent(new Event("input", {bubbles: true})); })(document.getElementById("preferred-low-left"))`, nil)
	sliderIs(b, "preferred-low-left", 3, "Gentle. I can fully relax.")
	if got := b.Text("#region-low-right"); !strings.Contains(got, "will not touch this place") {
		t.Errorf("bruised region = %q", got)
	}
	var rightControls int
	b.Eval(`document.querySelectorAll("#region-low-right input").length`, &rightControls)
	if rightControls != 0 {
		t.Errorf("the region not to be touched has %d controls", rightControls)
	}
	b.AssertAccessible()
	b.Screenshot("capped")
	p := storedPrefs(b)
	for r, s := range p.Regions {
		if s.Max > 3 || s.Preferred > s.Max {
			t.Errorf("saved %s = %+v, above the cap of 3", r, s)
		}
	}
	next(b, "/pressure/regions")
	onPressure(b, "tender")
	next(b, "/pressure/tender")
	onPressure(b, "techniques")
	if got := b.Text("#guide-why"); !strings.Contains(got, "fragile bones") {
		t.Errorf("why gentler = %q", got)
	}
	var marked int
	b.Eval(`document.querySelectorAll(".technique--gentler, .technique--left-out").length`, &marked)
	if marked == 0 {
		t.Error("no technique is marked gentler or left out under a light cap")
	}
	next(b, "/pressure/techniques")
	onPressure(b, "done")
	b.ClickByName("Back to my summary")
	b.WaitVisible("#pressure-choices")
	if got := b.Text("#ps-region-low-left"); !strings.Contains(got, "Usual 3 (light), strongest 3 (light)") {
		t.Errorf("summary low-left = %q", got)
	}
	if got := b.Text("#ps-limit"); !strings.Contains(got, "3 (light)") || !strings.Contains(got, "fragile bones") {
		t.Errorf("summary limit = %q", got)
	}
	if got := b.Text("#ps-region-low-right"); !strings.Contains(got, "will not touch") {
		t.Errorf("summary low-right = %q", got)
	}
	if got := b.Text("#ps-stop"); got != "Stop signal\nI will raise my hand\nChange Stop signal" && !strings.Contains(got, "I will raise my hand") {
		t.Errorf("summary stop = %q", got)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// No massage today: nothing to set, on the summary or in the walkthrough.
func TestPressureNoMassage(t *testing.T) {
	t.Parallel()
	a := completeAnswers()
	a.RedFlags[intake.FlagCancer] = intake.Yes
	a.RedFlags[intake.FlagNight] = intake.Yes
	b := New(t)
	seedFinished(b, a, "")
	b.Open("/summary")
	b.WaitVisible("#pressure-wait")
	var cta bool
	b.Eval(`!!document.getElementById("pressure-start")`, &cta)
	if cta {
		t.Error("the summary offers the walkthrough when massage must wait")
	}
	b.Open("/pressure/regions")
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	if got := b.Text("h1"); got != "Massage has to wait" {
		t.Errorf("h1 = %q", got)
	}
	var inputs int
	b.Eval(`document.querySelectorAll("main input").length`, &inputs)
	if inputs != 0 {
		t.Errorf("%d inputs on the wait screen", inputs)
	}
	b.AssertAccessible()
	b.Screenshot("wait")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// Damaged saved choices: a notice and the defaults, never a broken page.
func TestPressureDamagedPrefs(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), `{"regions": {"neck": [`)
	b.Open("/summary")
	b.WaitVisible("#pressure-start")
	if got := b.Text("#pressure-summary .notice"); !strings.Contains(got, "could not read the pressure choices") {
		t.Errorf("summary notice = %q", got)
	}
	b.Open("/pressure/speak")
	onPressure(b, "speak")
	if got := b.Text(".notice"); !strings.Contains(got, "could not read the pressure choices") {
		t.Errorf("notice = %q", got)
	}
	var word string
	b.Eval(`document.getElementById("stopWord").value`, &word)
	if word != "stop" {
		t.Errorf("stop word = %q, want the default", word)
	}
	radio(b, "checkIn-only-if-i-say")
	if p := storedPrefs(b); p.CheckIn != pressure.CheckIfISay {
		t.Errorf("saved prefs after a fresh start = %+v", p)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// Offline: the walkthrough, its stylesheet and the saved choices all work
// without a network once the app is installed.
func TestPressureOffline(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedFinished(b, completeAnswers(), "")
	b.Open("/summary")
	b.WaitOfflineReady()
	b.SetOffline(true)
	b.Open("/pressure/scale")
	onPressure(b, "scale")
	var styled bool
	b.Eval(`getComputedStyle(document.getElementById("scale-live")).borderLeftWidth === "10px"`, &styled)
	if !styled {
		t.Error("pressure.css is not applied offline")
	}
	b.ClickByName("More")
	sliderIs(b, "scale-slider", 5, "Strong, but a good kind of strong. I can still relax.")
	next(b, "/pressure/scale")
	onPressure(b, "signs")
	b.SetOffline(false)
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
