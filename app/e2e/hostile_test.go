package e2e

import (
	"strings"
	"testing"
)

// hostileCase is one hostile or careless input through the real UI and
// storage (issue 16). Every case asserts a clear message, no console error,
// and that nothing the client typed is gone.
type hostileCase struct {
	name   string
	script string           // runs before every page load (blocked or full storage)
	stored string           // the draft text on the device before the app reads it
	path   string           // where the client goes
	act    func(b *Browser) // what the client then does (optional)
	want   string           // text the page must show
	// keep is a JS expression, evaluated on keepAt (/intake/about when
	// empty), that is true when the answers that could be read are still
	// there ("" for none).
	keep, keepAt string
	// aside: the stored text must be kept byte for byte under an aside key;
	// untouched: the stored draft must be left exactly as it was.
	aside, untouched bool
}

// keepAna: the valid answers survive (the age band on screen; the old
// draft's first name is no longer a field of the about page, flow3).
const keepAna = `document.getElementById("ageBand-35-49") && document.getElementById("ageBand-35-49").checked`

// draftWith is a draft of a client who answered the first step, plus extra
// (JSON members of answers, starting with a comma) and top (top-level ones).
func draftWith(top, extra string) string {
	return `{"v":1,"step":"daily"` + top + `,"answers":{"firstName":"Ana","ageBand":"35-49","pregnant":"no"` + extra + `}}`
}

// answerFirstStep chooses an age band and continues (pregnancy is asked
// on the second safety page).
func answerFirstStep(b *Browser) {
	b.t.Helper()
	at(b, "/intake/about")
	b.CheckByLabel("35 to 49")
	next(b, "/intake/about")
}

func hostileCases() []hostileCase {
	big := strings.Repeat("x", 70_000)
	huge := strings.Repeat("y", 300_000)
	return []hostileCase{
		{name: "storage getter throws", script: blockStorageGetter, path: "/", want: "not letting us save"},
		{name: "storage methods throw", script: blockStorageMethods, path: "/", want: "not letting us save"},
		{name: "quota exceeded", script: fullStorage, path: "/intake/about", act: answerFirstStep, want: "not letting us save"},
		{name: "wrong-type field", stored: draftWith("", `,"regions":["low-left"],"pain":{"low-left":"ten"}`), path: "/intake",
			want: "Some saved answers could not be read", keep: keepAna, aside: true},
		{name: "future version", stored: `{"v":2,"step":"check","answers":{"firstName":"Ana"}}`, path: "/", want: "A few safety questions",
			untouched: true, act: func(b *Browser) {
				mainHas(b, "newer version") // said first; then answering must not overwrite it
				b.ClickByName("Start now")
				answerFirstStep(b)
			}},
		{name: "70 KB draft", stored: draftWith(`,"notes":"`+big+`"`, ""), path: "/intake",
			want: "Some saved answers could not be read", keep: keepAna, aside: true},
		{name: "300 KB draft", stored: draftWith(`,"notes":"`+huge+`"`, ""), path: "/", want: "started a new form", aside: true},
		{name: "cut short", stored: `{"v":1,"answers":{"firstName":"Ana","pain":{"neck":"te`, path: "/", want: "started a new form", aside: true},
		{name: "not an object", stored: `[1,2,3]`, path: "/", want: "started a new form", aside: true},
		{name: "null", stored: `null`, path: "/", want: "started a new form", aside: true},
		{name: "not JSON", stored: "\x00\x01<script>alert(1)</script>", path: "/", want: "started a new form", aside: true},
		{name: "control and bidi characters in free text", stored: draftWith("", `,"medications":"Ibu\u202eprofen\u001b[2J\u0007"`), path: "/intake",
			want: "Some saved answers could not be read", keep: keepAna, aside: true},
		{name: "emoji and RTL text", stored: `{"v":1,"step":"daily","answers":{"firstName":"أنا 😀","ageBand":"35-49","pregnant":"no"}}`, path: "/intake/about",
			// an old draft's name: no longer a field, shown on the check page
			want: "About you", keep: `document.querySelector("main").innerText.includes("أنا 😀")`, keepAt: "/intake/check"},
		{name: "10,000-character text", stored: draftWith("", `,"medications":"`+strings.Repeat("ibuprofen ", 1000)+`"`), path: "/intake",
			want: "Some saved answers could not be read", keep: keepAna, aside: true},
		{name: "hostile step", stored: `{"v":1,"step":"<img src=x onerror=alert(1)>","answers":{"firstName":"Ana","ageBand":"35-49","pregnant":"no"}}`,
			path: "/intake", want: "Some saved answers could not be read", keep: keepAna, aside: true},
		{name: "unknown fields everywhere", stored: draftWith(`,"__proto__":{"x":1},"constructor":"y"`, `,"__proto__":{"polluted":true},"toString":5`),
			path: "/intake", want: "Some saved answers could not be read", keep: keepAna, aside: true},
		{name: "aside key already taken", stored: draftWith("", `,"pain":{"neck":[]}`), path: "/intake", want: "Some saved answers could not be read",
			keep: keepAna, aside: true},
		{name: "hostile URL on a step", path: "/intake/about?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E&embed=%22%3E%3Cimg%3E#embed=%3Cimg%3E", want: "About you"},
		{name: "hostile URL params", path: "/?lang=%3Cimg%20src%3Dx%3E&embed=..%2F..%2F&x=%E2%80%AE%00", want: "Start now"},
		{name: "hostile fragment on /open", path: "/open#k1.%E2%80%AE%00%3Cimg%20src%3Dx%3E", want: "Import the clinic key"},
		{name: "forged postMessage", path: "/intake/about", want: "A few safety questions", act: func(b *Browser) {
			b.Eval(`window.postMessage({ns: "kneadform", id: "x", type: "ping"}, "*"); window.postMessage("<img src=x>", "*")`, nil)
			answerFirstStep(b)
		}},
	}
}

// TestHostileInputs runs the hostile-input table.
func TestHostileInputs(t *testing.T) {
	t.Parallel()
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			b := New(t)
			if tc.stored != "" {
				storeDraft(b, tc.stored)
				if tc.name == "aside key already taken" {
					b.Eval(`localStorage.setItem("kneadform.draft-unread", "an earlier unread draft")`, nil)
				}
			}
			if tc.script != "" {
				beforeLoad(b, tc.script)
			}
			b.Open(tc.path)
			if tc.act != nil {
				tc.act(b)
			}
			mainHas(b, tc.want)
			b.Screenshot("shown")
			if tc.aside && !asideKept(b, tc.stored) {
				t.Error("the stored text was not kept aside")
			}
			if tc.aside {
				b.WaitVisible("#draft-aside") // offered as a download
			}
			if tc.name == "aside key already taken" {
				var v string
				b.Eval(`localStorage.getItem("kneadform.draft-unread")`, &v)
				if v != "an earlier unread draft" {
					t.Errorf("an earlier aside copy was overwritten: %q", v)
				}
			}
			if tc.untouched && storedDraft(b) != tc.stored {
				t.Errorf("the stored draft was changed: %s", storedDraft(b))
			}
			if tc.keep != "" {
				keepAt := tc.keepAt
				if keepAt == "" {
					keepAt = "/intake/about"
				}
				b.Open(keepAt)
				at(b, keepAt)
				if err := b.poll(b.Timeout, tc.keep); err != nil {
					t.Errorf("answers lost: %s is false: %v", tc.keep, err)
				}
			}
			var blank bool
			b.Eval(`!document.getElementById("page-heading") || document.body.innerText.trim() === ""`, &blank)
			if blank {
				t.Error("blank page or no heading")
			}
			b.AssertNoConsoleErrors()
			b.AssertOnlyOrigin()
		})
	}
}
