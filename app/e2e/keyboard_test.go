package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Issue 17, "Everyone can finish it": the whole flow with the keyboard
// alone (Input.dispatchKeyEvent: Tab, Shift+Tab, Space, Enter, arrows and
// typing; no pointer or touch event). At every Tab stop the focus must be
// visible (an outline or a box shadow on the element or its label) and not
// under anything else (a sticky bar).

// keyboard drives the page by keys and checks every stop.
type keyboard struct {
	b     *Browser
	keys  int
	stops int
}

func (k *keyboard) press(key string, opts ...chromedp.KeyOption) {
	k.b.t.Helper()
	k.b.run("key "+fmt.Sprintf("%q", key), k.b.Timeout, chromedp.KeyEvent(key, opts...))
	k.keys++
}

// typeText types text, a key per character.
func (k *keyboard) typeText(text string) {
	k.b.t.Helper()
	k.b.run("type", k.b.Timeout, chromedp.KeyEvent(text))
	k.keys += len([]rune(text))
}

// focusProblem says what is wrong with the focus, "" when it is on a
// control, visibly marked and not covered.
const focusProblem = `(() => {
	const el = document.activeElement;
	if (!el || el === document.body || el === document.documentElement) return "focus is on <body>";
	const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && el.className.baseVal === undefined ? "." + String(el.className).split(" ").join(".") : "");
	const cands = [el, ...(el.labels ? [...el.labels] : []), el.closest("label")].filter(Boolean);
	const marked = c => { const s = getComputedStyle(c);
		return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== "none"); };
	if (!cands.some(marked)) return "no visible focus on " + name;
	let box = el;
	if (getComputedStyle(el).opacity === "0" || el.getBoundingClientRect().width < 2) box = (el.labels && el.labels[0]) || el;
	const r = box.getBoundingClientRect();
	const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 20), 1), innerWidth - 1);
	for (const y of [r.top + 3, r.bottom - 3, r.top + r.height / 2]) {
		if (y < 0 || y > innerHeight) return name + " is out of view (" + Math.round(r.top) + ".." + Math.round(r.bottom) + ")";
		const hit = document.elementFromPoint(x, y);
		if (!hit || !(box.contains(hit) || el.contains(hit) || hit.contains(el) || (el.labels && [...el.labels].some(l => l.contains(hit))))) {
			return name + " is covered at y=" + Math.round(y) + " by " + (hit ? hit.tagName.toLowerCase() + (hit.id ? "#" + hit.id : "") + "." + String(hit.className) : "nothing");
		}
	}
	return "";
})()`

// check fails the test when the focus is lost, invisible or covered.
func (k *keyboard) check() {
	k.b.t.Helper()
	var problem string
	k.b.Eval(focusProblem, &problem)
	k.stops++
	if problem != "" {
		var path string
		k.b.Eval(`location.pathname`, &path)
		k.b.Screenshot(fmt.Sprintf("focus-problem-%d", k.stops))
		k.b.t.Fatalf("%s: %s", path, problem)
	}
}

// tabTo presses Tab (or Shift+Tab, when the target comes before the focus)
// until the element with this id has the focus, checking every stop.
func (k *keyboard) tabTo(id string) {
	k.b.t.Helper()
	k.b.WaitFor(fmt.Sprintf(`!!document.getElementById(%q)`, id))
	for i := 0; i < 120; i++ {
		var state string
		k.b.Eval(fmt.Sprintf(`(() => { const t = document.getElementById(%q), a = document.activeElement;
			if (t === a) return "here";
			if (!a || a === document.body) return "after";
			return (a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) ? "after" : "before"; })()`, id), &state)
		switch state {
		case "here":
			return
		case "before":
			k.press(kb.Tab, chromedp.KeyModifiers(input.ModifierShift))
		default:
			k.press(kb.Tab)
		}
		k.check()
	}
	k.b.t.Fatalf("Tab never reached #%s", id)
}

// tick tabs to a checkbox or radio and presses Space.
func (k *keyboard) tick(id string) { k.b.t.Helper(); k.tabTo(id); k.press(" ") }

// choose tabs to a radio group (its first radio) and moves down n places
// with the arrow key (n = 0: Space on the first).
func (k *keyboard) choose(field string, n int) {
	k.b.t.Helper()
	k.tabTo(field)
	if n == 0 {
		k.press(" ")
	}
	for i := 0; i < n; i++ {
		k.press(kb.ArrowDown)
		k.check()
	}
}

// fill tabs to a text field and types.
func (k *keyboard) fill(id, text string) { k.b.t.Helper(); k.tabTo(id); k.typeText(text) }

// activate tabs to a button or link and presses Enter.
func (k *keyboard) activate(id string) { k.b.t.Helper(); k.tabTo(id); k.press(kb.Enter) }

// onPage waits for path with focus on its heading.
func (k *keyboard) onPage(path string) {
	k.b.t.Helper()
	k.b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.activeElement && document.activeElement.id === "page-heading"`, path))
}

// intake answers every intake page by keyboard, as the desk worker.
func (k *keyboard) intake() {
	k.b.t.Helper()
	steps := map[string]func(){
		"about": func() {
			k.choose("ageBand", 2) // 35 to 49
			k.tick("daily")
		},
		// "None of these apply to me" is the page's button (continue).
		"where": func() { k.tick("regions-between-blades") },
		"pain": func() {
			k.choose("pain-between-blades", 4)
			k.choose("duration", 1)
			k.choose("onset", 0)
		},
		"feel":     func() { k.tick("feelings"); k.choose("spread", 0) },
		"function": func() { k.tick("tasks"); k.choose("sleep", 1); k.choose("stiffness", 1) },
		"goals":    func() { k.tick("worse"); k.tick("goals") },
		"health":   func() { k.choose("training", 2) },
		"preferences": func() {
			k.choose("talk", 0)
			k.choose("warmth", 0)
			k.choose("oil", 1)
		},
		"consent": func() {
			k.fill("consentName", "Dee Smith") // the declaration: no box
		},
	}
	for i := 0; i < 30; i++ {
		var path string
		k.b.Eval(`location.pathname`, &path)
		if path == "/summary" {
			return
		}
		k.onPage(path)
		if f := steps[strings.TrimPrefix(path, "/intake/")]; f != nil {
			f()
		}
		k.activate("continue")
		k.b.WaitFor(fmt.Sprintf(`location.pathname !== %q || !!document.getElementById("error-summary")`, path))
		var stuck bool
		if k.b.Eval(`!!document.getElementById("error-summary")`, &stuck); stuck {
			k.b.t.Fatalf("%s: %s", path, k.b.Text("#error-summary"))
		}
	}
	k.b.t.Fatal("the intake did not reach the summary")
}

func TestKeyboardOnlyWholeFlow(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	k := &keyboard{b: b}
	k.activate("start")
	k.intake()
	k.onPage("/summary")
	b.AssertAccessible()

	// The pressure walkthrough.
	k.activate("pressure-start")
	for _, screen := range []string{"scale", "signs", "speak", "regions", "tender", "techniques"} {
		k.onPage("/pressure/" + screen)
		if screen == "speak" {
			k.choose("stopSignal", 0) // a stop word
			k.fill("stopWord", "banana")
			k.choose("checkIn", 1)
		}
		k.activate("continue")
	}
	k.onPage("/pressure/done")
	k.activate("continue") // "Back to my summary"
	k.onPage("/summary")

	// The routine, played to its end, then the journal.
	k.activate("selfcare-open")
	k.onPage("/self-care")
	k.activate("selfcare-play")
	k.onPage("/self-care/play")
	for i := 0; i < 30; i++ {
		var last bool
		if b.Eval(`!!document.getElementById("player-end")`, &last); last {
			break
		}
		k.activate("player-next")
		b.WaitFor(fmt.Sprintf(`document.getElementById("player-progress").innerText.startsWith("Move %d ")`, i+2))
	}
	k.activate("player-end")
	k.activate("player-checkin")
	k.onPage("/journal")
	k.choose("journal-done", 0)
	k.choose("journal-pain", 3)
	k.activate("journal-save")
	b.WaitFor(`document.getElementById("journal-status").innerText.trim() !== ""`)
	b.AssertAccessible()

	// The summary and the share page, every control on it in turn.
	b.Open("/summary") // (an address typed in the bar: no pointer)
	k.onPage("/summary")
	k.activate("handoff-share")
	k.onPage("/share")
	b.AssertAccessible()
	inMain := false
	for i := 0; i < 60; i++ {
		k.press(kb.Tab)
		var here bool
		b.Eval(`document.querySelector("main").contains(document.activeElement) && document.activeElement.id !== "page-heading"`, &here)
		if inMain && !here {
			break // past the last control of the page
		}
		inMain = inMain || here
		k.check()
	}
	// "Delete my answers" (above the page, off the path after Continue):
	// focus goes into its confirmation and back to it after "No, keep them".
	k.tabTo("delete-answers")
	k.press(kb.Enter)
	b.WaitFor(`document.activeElement && document.activeElement.id === "delete-confirm"`)
	k.tabTo("delete-no")
	k.press(kb.Enter)
	b.WaitFor(`document.activeElement && document.activeElement.id === "delete-answers"`)
	k.check()
	t.Logf("keyboard only: %d key presses, %d focus stops checked", k.keys, k.stops)
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
