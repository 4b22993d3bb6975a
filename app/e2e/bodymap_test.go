package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"kneadform/app/intake"
)

// regionBox is what the page measures of one body-map area.
type regionBox struct {
	Region   string  `json:"region"`
	W, H     float64 // the tap target's box, CSS px
	Label    string  `json:"label"`
	LabelIn  bool    `json:"labelIn"`  // the label's centre lies on the area
	LabelVis bool    `json:"labelVis"` // drawn: has a box and is not hidden
	Class    string  `json:"class"`
}

const measureRegions = `(sel => Array.from(document.querySelectorAll(sel + " [data-region]")).map(e => {
	const r = e.getBoundingClientRect();
	const t = e.nextElementSibling;
	const names = t ? Array.from(t.querySelectorAll(".bm-name")) : [];
	const lr = names.length ? names[0].getBoundingClientRect() : {x: 0, y: 0, width: 0, height: 0};
	const cx = lr.x + lr.width / 2, cy = lr.y + lr.height / 2;
	const cs = t ? getComputedStyle(t) : null;
	return {region: e.dataset.region, W: r.width, H: r.height,
		label: t ? t.textContent : "", class: e.getAttribute("class"),
		labelIn: cx > r.left && cx < r.right && cy > r.top && cy < r.bottom,
		labelVis: !!cs && cs.visibility === "visible" && cs.display !== "none" && lr.width > 0 && lr.height > 0};
}))(%q)`

func measureMap(b *Browser, sel string) []regionBox {
	b.t.Helper()
	var boxes []regionBox
	b.Eval(fmt.Sprintf(measureRegions, sel), &boxes)
	if len(boxes) != len(intake.Regions) {
		b.t.Fatalf("%s: %d areas, want %d", sel, len(boxes), len(intake.Regions))
	}
	return boxes
}

// Issue 17, defect 7: every area of the body map is a 44×44 px target with
// a visible name, and a chosen area shows a mark, not only a colour. Before
// the fix the Neck target measured 43×31 px and no area had a name.
func TestBodyMapTargets(t *testing.T) {
	t.Parallel()
	b := New(t)
	a := completeAnswers()
	a.Regions, a.Pain = nil, nil
	seedDraft(b, intake.Draft{Step: intake.StepWhere, Answers: a})
	b.Open("/intake/where")
	onStep(b, "where")

	minW, minH := 1e9, 1e9
	for _, r := range measureMap(b, "#bodymap-where") {
		minW, minH = min(minW, r.W), min(minH, r.H)
		if r.W < 44 || r.H < 44 {
			t.Errorf("%s: target %.0f×%.0f px, want at least 44×44", r.Region, r.W, r.H)
		}
		if strings.TrimSpace(r.Label) == "" || !r.LabelVis || !r.LabelIn {
			t.Errorf("%s: label %q visible=%v on the area=%v", r.Region, r.Label, r.LabelVis, r.LabelIn)
		}
	}
	t.Logf("smallest target: %.0f px wide, %.0f px high", minW, minH)

	// Choosing by the map: the area is marked with a ✓ and the list agrees.
	b.TapCSS(`#bodymap-where [data-region="neck"]`)
	b.WaitFor(`document.getElementById("regions").checked`) // the first option (neck) carries the field id
	b.CheckByLabel("Lower back, left side")
	b.WaitFor(`document.querySelector('#bodymap-where [data-region="low-left"]').classList.contains("region--on")`)
	for _, r := range measureMap(b, "#bodymap-where") {
		on := r.Region == "neck" || r.Region == "low-left"
		if marked := strings.Contains(r.Label, "✓"); marked != on {
			t.Errorf("%s: label %q, chosen=%v: a chosen area must show ✓ and only then", r.Region, r.Label, on)
		}
	}
	b.AssertAccessible()
	b.Screenshot("where")

	// The names fit their areas in every language.
	for _, lang := range []string{"th", "es", "en"} {
		b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.lang", %q)`, lang), nil)
		b.Open("/intake/where")
		b.WaitFor(fmt.Sprintf(`document.documentElement.lang === %q && document.activeElement && document.activeElement.id === "page-heading"`, lang))
		var over []string
		b.Eval(`Array.from(document.querySelectorAll("#bodymap-where [data-region]")).filter(e => {
			const r = e.getBoundingClientRect(), t = e.nextElementSibling.getBoundingClientRect();
			return t.width > r.width || t.left < r.left - 1 || t.right > r.right + 1;
		}).map(e => e.dataset.region + ": " + e.nextElementSibling.textContent)`, &over)
		if len(over) > 0 {
			t.Errorf("%s: names wider than their area: %v", lang, over)
		}
		b.Screenshot("where-" + lang)
	}

	// On a 320 px screen the drawing shrinks; every target stays 44×44.
	b.run("narrow screen", b.Timeout, chromedp.EmulateViewport(320, 640,
		chromedp.EmulateScale(Phone.Scale), chromedp.EmulateMobile, chromedp.EmulateTouch))
	b.Open("/intake/where")
	onStep(b, "where")
	minW, minH = 1e9, 1e9
	for _, r := range measureMap(b, "#bodymap-where") {
		minW, minH = min(minW, r.W), min(minH, r.H)
		if r.W < 44 || r.H < 44 {
			t.Errorf("at 320 px, %s: target %.1f×%.1f px, want at least 44×44", r.Region, r.W, r.H)
		}
	}
	t.Logf("at 320 px, smallest target: %.1f px wide, %.1f px high", minW, minH)
	b.run("phone screen", b.Timeout, chromedp.EmulateViewport(Phone.Width, Phone.Height,
		chromedp.EmulateScale(Phone.Scale), chromedp.EmulateMobile, chromedp.EmulateTouch))

	// The same drawing on the summary: names, marks and pain numbers.
	seedFinished(b, completeAnswers(), "")
	b.Open("/summary")
	b.WaitVisible("#bodymap-summary")
	for _, r := range measureMap(b, "#bodymap-summary") {
		if !r.LabelVis {
			t.Errorf("summary %s: label not visible", r.Region)
		}
	}
	b.AssertAccessible()
}

// Issue 17, "ask each thing once": the areas step starts from where it
// hurts, on the same body map, instead of two fresh 13-area lists; a client
// with nothing to add goes on with no tap.
func TestAreasStartFromWhere(t *testing.T) {
	t.Parallel()
	b := New(t)
	a := completeAnswers() // hurts: neck (3), lower back left (4)
	a.Focus, a.Avoid = nil, nil
	seedDraft(b, intake.Draft{Step: intake.StepAreas, Answers: a})
	b.Open("/intake/areas")
	onStep(b, "areas")

	var shown int
	b.Eval(`Array.from(document.querySelectorAll("input[type=checkbox]")).filter(e => e.closest(".choice").checkVisibility()).length`, &shown)
	if shown != 2 {
		t.Errorf("%d area checkboxes shown, want 2 (the areas that hurt)", shown)
	}
	var hurt []string
	b.Eval(`Array.from(document.querySelectorAll("#bodymap-areas .region--hurt")).map(e => e.dataset.region + ":" + e.nextElementSibling.querySelector(".region-label").textContent)`, &hurt)
	if strings.Join(hurt, ",") != "neck:3,low-left:4" {
		t.Errorf("areas that hurt on the map = %v, want neck:3, low-left:4", hurt)
	}
	for _, r := range measureMap(b, "#bodymap-areas") {
		if r.W < 44 || r.H < 44 {
			t.Errorf("%s: target %.0f×%.0f px", r.Region, r.W, r.H)
		}
	}

	// The map cycles an area: focus (✓), avoid (✕), neither.
	neck := `document.querySelector('#bodymap-areas [data-region="neck"]')`
	b.TapCSS(`#bodymap-areas [data-region="neck"]`)
	b.WaitFor(neck + `.classList.contains("region--focus") && document.getElementById("focus").checked`)
	b.TapCSS(`#bodymap-areas [data-region="neck"]`)
	b.WaitFor(neck + `.classList.contains("region--avoid") && !document.getElementById("focus").checked`)
	if got := b.Text("#avoid-more-chosen"); !strings.Contains(got, "Neck") {
		t.Errorf("avoid summary = %q, want it to name Neck", got)
	}
	var got string
	b.Eval(`document.querySelector('#bodymap-areas [data-region="neck"] + text').textContent`, &got)
	if !strings.Contains(got, "✕") {
		t.Errorf("avoided neck label = %q, want ✕", got)
	}
	b.Screenshot("avoid")
	b.TapCSS(`#bodymap-areas [data-region="neck"]`)
	b.WaitFor(neck + `.classList.contains("region--hurt")`)

	// Somewhere else: the other areas wait behind a disclosure.
	b.TapCSS("#focus-more > summary")
	b.WaitFor(`document.getElementById("focus-more").open`)
	b.AssertAccessible()
	radio(b, "focus-other-between-blades")
	b.WaitFor(`document.querySelector('#bodymap-areas [data-region="between-blades"]').classList.contains("region--focus")`)
	radio(b, "focus-low-left")
	b.WaitFor(`document.querySelector('#bodymap-areas [data-region="low-left"]').classList.contains("region--focus")`)
	b.Screenshot("focus")
	next(b, "/intake/areas")
	d := draft(b)
	ans, _ := d["answers"].(map[string]any)
	if got := fmt.Sprint(ans["focus"]); got != "[between-blades low-left]" {
		t.Errorf("saved focus = %s", got)
	}
	if _, ok := ans["avoid"]; ok {
		t.Errorf("saved avoid = %v, want none", ans["avoid"])
	}

	// Nothing to add: Continue at once.
	seedDraft(b, intake.Draft{Step: intake.StepAreas, Answers: a})
	b.Open("/intake/areas")
	onStep(b, "areas")
	next(b, "/intake/areas")
	if p := b.Path(); p != "/intake/check" {
		t.Errorf("after Continue with nothing chosen: %s, want /intake/check", p)
	}
}
