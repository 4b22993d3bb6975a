package e2e

import (
	"testing"

	"kneadform/app/intake"
)

// TestBatchMountSameDOM: the wasm's go-app mounts a new tree with one call
// into app.js (kneadformBuild, cmd/kneadform/wasmgoapp_mount.go; issue 12,
// step changes). The pages it builds must be the pages go-app builds
// itself: the same markup, and the same checked boxes, values and
// disabled buttons (set as properties, which the markup does not show).
// Each page is opened both ways on the same draft, whose typed name holds
// markup and quotes (text, never HTML), and compared.
func TestBatchMountSameDOM(t *testing.T) {
	t.Parallel()
	a := completeAnswers()
	a.ConsentName = `Ana <b>"&amp;"</b> Pérez`
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowLeft: {intake.SkinBruise}}
	d := intake.Draft{Step: intake.StepCheck, Answers: a, Done: true}
	pages := []string{"/", "/intake/about", "/intake/where", "/intake/pain", "/intake/areas", "/intake/goals",
		"/intake/check", "/intake/consent", "/summary", "/therapist", "/pressure", "/self-care"}
	snapshot := func(noBatch bool) map[string]string {
		b := New(t)
		if noBatch {
			beforeLoad(b, `window.kneadformNoBatch = true;`)
		}
		seedDraft(b, d)
		var batch bool
		out := map[string]string{}
		for _, p := range pages {
			b.Open(p)
			b.WaitFor(`document.querySelector("main h1") && ` + readyJS)
			var dom string
			b.Eval(`(() => {
				const props = [...document.querySelectorAll("input, button, select, textarea")].
					map(e => [e.id || e.name, e.checked, e.value, e.disabled].join(" ")).join("\n");
				// The markup with each element's attributes sorted (go-app
				// sets them in map order, which differs run to run).
				const ser = n => n.nodeType === 1 ?
					"<" + n.localName + (n.namespaceURI === "http://www.w3.org/1999/xhtml" ? "" : " ns=" + n.namespaceURI) +
					[...n.attributes].map(a => " " + a.name + "=" + JSON.stringify(a.value)).sort().join("") + ">" +
					[...n.childNodes].map(ser).join("") + "</" + n.localName + ">" :
					n.nodeType === 3 ? JSON.stringify(n.data) : "<!--" + n.data + "-->";
				return location.pathname + "\n" + ser(document.body) + "\n" + props;
			})()`, &dom)
			out[p] = dom
			b.Eval(`typeof kneadformBuild === "function" && !window.kneadformNoBatch`, &batch)
			if batch == noBatch {
				t.Fatalf("%s: batch mounting %v, want %v", p, batch, !noBatch)
			}
		}
		b.AssertNoConsoleErrors()
		return out
	}
	goApp, batched := snapshot(true), snapshot(false)
	for _, p := range pages {
		if goApp[p] != batched[p] {
			t.Errorf("%s: the batch-mounted page differs from go-app's:\n%s", p, firstDiff(goApp[p], batched[p]))
		}
	}
}

// firstDiff shows where a and b first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-120)
	return "go-app: …" + a[from:min(len(a), i+200)] + "\nbatch:  …" + b[from:min(len(b), i+200)]
}
