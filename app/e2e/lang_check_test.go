package e2e

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"kneadform/app/i18n"
)

// The checks every Thai and Spanish screen passes (issue 15): no text on it
// is an English catalog value, and no text is clipped or overflows its box
// at phone size. lang_test.go, lang_flows_test.go and lang_screens_test.go
// call speaks on each screen they reach.

// englishSet is what a screen in one language must not show: every English
// catalog value that differs from that language's value for the same key,
// except a value the language itself uses for some key ("No" is Spanish
// too) and the languages' own names (the picker names each language in
// itself). Values with {placeholders} become patterns when their fixed
// words say enough (a three-letter word at least).
type englishSet struct {
	exact    map[string]string // normalized English value → its key
	patterns []englishPattern
}

type englishPattern struct {
	key string
	re  *regexp.Regexp
}

var (
	englishSetsMu sync.Mutex
	englishSets   = map[string]*englishSet{}
	placeholder   = regexp.MustCompile(`\{[a-zA-Z0-9_]+\}`)
	wordy         = regexp.MustCompile(`[A-Za-z]{3,}`)
	spaces        = regexp.MustCompile(`\s+`)
)

func norm(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// englishFor returns lang's englishSet, built once.
func englishFor(lang string) *englishSet {
	englishSetsMu.Lock()
	defer englishSetsMu.Unlock()
	if s, ok := englishSets[lang]; ok {
		return s
	}
	en, c := i18n.Get("en"), i18n.Get(lang)
	own := map[string]bool{}
	for _, k := range c.Keys() {
		own[norm(c.T(k))] = true
	}
	for _, l := range i18n.Languages() {
		own[norm(i18n.Get(l).T("lang.name"))] = true
	}
	s := &englishSet{exact: map[string]string{}}
	for _, k := range en.Keys() {
		v := norm(en.T(k))
		if v == "" || v == norm(c.T(k)) || own[v] {
			continue
		}
		if !placeholder.MatchString(v) {
			s.exact[v] = k
			continue
		}
		parts := placeholder.Split(v, -1)
		if !wordy.MatchString(strings.Join(parts, " ")) {
			continue
		}
		for i, p := range parts {
			parts[i] = regexp.QuoteMeta(p)
		}
		s.patterns = append(s.patterns, englishPattern{k, regexp.MustCompile(`^` + strings.Join(parts, `.+`) + `$`)})
	}
	englishSets[lang] = s
	return s
}

// match returns the English key text is the value of, or "".
func (s *englishSet) match(text string) string {
	if k, ok := s.exact[text]; ok {
		return k
	}
	if !wordy.MatchString(text) {
		return ""
	}
	for _, p := range s.patterns {
		if p.re.MatchString(text) {
			return p.key
		}
	}
	return ""
}

// shownText is one piece of text a screen shows or speaks.
type shownText struct {
	Text  string `json:"text"`
	Where string `json:"where"`
}

// shownTextJS lists the screen's text: every text node under <body> (a
// hidden one too: a closed disclosure, a status region, print-only text
// are read sooner or later), the accessible names and descriptions given
// in attributes, and the document title.
const shownTextJS = `(() => {
	const out = [];
	const where = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
		(typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "");
	const add = (s, w) => { s = (s || "").replace(/\s+/g, " ").trim(); if (s) out.push({text: s, where: w}); };
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		if (!el || el.closest("script, style, noscript, template")) continue;
		add(n.data, where(el));
	}
	for (const a of ["aria-label", "alt", "title", "placeholder", "aria-valuetext", "aria-roledescription"]) {
		document.body.querySelectorAll("[" + a + "]").forEach(el => add(el.getAttribute(a), where(el) + "[" + a + "]"));
	}
	document.body.querySelectorAll("input[type=submit], input[type=button]").forEach(el => add(el.value, where(el)));
	add(document.title, "title");
	return out;
})()`

// englishShown lists the texts on screen that are English catalog values
// on a screen in lang, each with the key and where it is.
func englishShown(b *Browser, lang string) []string {
	b.t.Helper()
	var texts []shownText
	b.Eval(shownTextJS, &texts)
	set := englishFor(lang)
	seen := map[string]bool{}
	var out []string
	for _, t := range texts {
		if k := set.match(t.Text); k != "" {
			s := fmt.Sprintf("%q (%s) in %s", t.Text, k, t.Where)
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}

// overflowJS lists the text that does not fit: the page wider than the
// screen, an element whose content is wider than its box (scrollWidth >
// clientWidth, unless the box scrolls on purpose), text cut off by a box
// that hides its overflow (a tone mark above a line too, vertically), and
// text that reaches past the screen's edge. Only the innermost element of
// a chain is named (its ancestors overflow because of it).
const overflowJS = `(() => {
	const vw = document.documentElement.clientWidth;
	const out = [];
	if (document.documentElement.scrollWidth > vw + 1) out.push({el: null, why: "the page is " + document.documentElement.scrollWidth + " px wide, the screen " + vw});
	const where = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
		(typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "");
	const skip = new Set(["INPUT", "TEXTAREA", "SELECT", "OPTION", "SCRIPT", "STYLE", "BR", "IMG"]);
	const bad = [];
	for (const el of document.body.querySelectorAll("*")) {
		if (skip.has(el.tagName) || (el.closest("svg") && el.tagName.toLowerCase() !== "svg")) continue;
		if (!el.checkVisibility({visibilityProperty: true, opacityProperty: false})) continue;
		const box = el.getBoundingClientRect();
		if (box.width <= 2 || box.height <= 2) continue; // visually hidden text for screen readers
		const cs = getComputedStyle(el);
		const scrolls = v => v === "auto" || v === "scroll";
		const hides = v => v === "hidden" || v === "clip";
		const text = (el.innerText || "").trim().slice(0, 60);
		if (!text) continue;
		if (el.clientWidth === 0) {
			// an inline box: only its own text is measured, below
		} else if (el.scrollWidth > el.clientWidth + 1 && !scrolls(cs.overflowX)) {
			bad.push({el, why: (hides(cs.overflowX) ? "clipped: " : "wider than its box: ") + el.scrollWidth + " > " + el.clientWidth + " px"});
		} else if (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) {
			bad.push({el, why: "clipped at the bottom: " + el.scrollHeight + " > " + el.clientHeight + " px"});
		}
		// Text of its own (not a visually hidden child's) that reaches past
		// the screen's edge; text moved wholly off screen on purpose (a skip
		// link until it takes focus) is not read there.
		for (const n of el.childNodes) {
			if (n.nodeType !== 3 || !n.data.trim()) continue;
			const r = document.createRange();
			r.selectNodeContents(n);
			for (const q of r.getClientRects()) {
				if (q.width === 0 || q.right <= 0 || q.left >= vw) continue;
				if (q.right > vw + 1 || q.left < -1) bad.push({el, why: "text reaches past the screen's edge (" + Math.round(q.left) + " to " + Math.round(q.right) + " px)"});
			}
		}
	}
	// What sticks out of a box that is too wide: its deepest descendant
	// that reaches past the box's right edge.
	const culprit = el => {
		const right = el.getBoundingClientRect().right;
		const out = [...el.querySelectorAll("*")].filter(d => d.getBoundingClientRect().right > right + 1);
		const deepest = out.filter(d => !out.some(o => o !== d && d.contains(o)));
		return deepest.length ? " (sticking out: " + deepest.slice(0, 3).map(d => where(d) + " " + JSON.stringify((d.innerText || d.textContent || "").trim().slice(0, 30)) + " to " + Math.round(d.getBoundingClientRect().right) + " px").join(", ") + ")" : "";
	};
	for (const b of bad) {
		if (bad.some(o => o.el !== b.el && b.el.contains(o.el))) continue;
		out.push({el: b.el, why: where(b.el) + " " + JSON.stringify((b.el.innerText || "").trim().slice(0, 50)) + ": " + b.why + (b.why.startsWith("text") ? "" : culprit(b.el))});
	}
	return out.map(o => o.why);
})()`

// overflowing lists the text on screen that does not fit (overflowJS).
func overflowing(b *Browser) []string {
	b.t.Helper()
	var out []string
	b.Eval(overflowJS, &out)
	return out
}

// speaks fails the test when the screen shows an English catalog value or
// text that does not fit; what names the screen in the failure.
func speaks(b *Browser, lang, what string) {
	b.t.Helper()
	if w := englishShown(b, lang); len(w) > 0 {
		b.t.Errorf("%s screen %s shows English:\n\t%s", lang, what, strings.Join(w, "\n\t"))
	}
	if w := overflowing(b); len(w) > 0 {
		b.t.Errorf("%s screen %s: text does not fit at %d×%d:\n\t%s", lang, what, Phone.Width, Phone.Height, strings.Join(w, "\n\t"))
	}
}

// TestEnglishSet checks the English detector itself, without a browser.
func TestEnglishSet(t *testing.T) {
	t.Parallel()
	en := i18n.Get("en")
	for _, tt := range []struct {
		lang, text, want string
	}{
		{"es", en.T("selfcare.play"), "selfcare.play"},
		{"th", en.T("selfcare.play"), "selfcare.play"},
		{"es", i18n.Get("es").T("selfcare.play"), ""},
		{"es", "No", ""},      // Spanish too
		{"th", "English", ""}, // the picker names each language in itself
		{"es", en.T("player.progress", "n", 2, "total", 7), "player.progress"},
		{"es", i18n.Get("es").T("player.progress", "n", 2, "total", 7), ""},
		{"th", "3 – ปานกลาง", ""}, // a pattern with no word of its own matches nothing
	} {
		if got := englishFor(tt.lang).match(norm(tt.text)); got != tt.want {
			t.Errorf("%s: %q matched %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}
