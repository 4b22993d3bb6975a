package e2e

import (
	"fmt"
	"regexp"
	"strings"

	"kneadform/app/i18n"
)

// Helpers of the language tests (lang_test.go): pick a language, walk the
// whole intake in it, and look for English left or Thai words broken.

// pickLanguage chooses lang in the banner's picker, whose label is in the
// language on screen now (from), and waits until the page speaks lang.
func pickLanguage(b *Browser, from, lang string) {
	b.t.Helper()
	b.FillByLabel(i18n.Get(from).T("lang.label"), i18n.Get(lang).T("lang.name"))
	b.WaitFor(fmt.Sprintf(`document.documentElement.lang === %q && document.documentElement.dir === "ltr" &&
		!location.search.includes("kf-lang") && document.getElementById("lang-picker") &&
		document.getElementById("lang-picker").value === %q`, lang, lang))
}

// answerVisible answers every unanswered radio group on the step the way a
// hurried client would: "no" where there is one (so no red flag), else the
// first answer; a group that appears after an answer is answered too.
func answerVisible(b *Browser) {
	b.t.Helper()
	// "Tick what applies" lists (issue 17) with nothing ticked: "None of
	// these" (a box; on a page that is only the list, its button: advance).
	var nones []string
	b.Eval(`[...document.querySelectorAll("main .tick-list")].filter(l => !l.querySelector("input:checked") && l.querySelector(".tick-none input")).
		map(l => l.querySelector(".tick-none input").id)`, &nones)
	for _, id := range nones {
		radio(b, id)
	}
	for round := 0; round < 6; round++ {
		var ids []string
		b.Eval(`(() => {
			const groups = {};
			document.querySelectorAll("main input[type=radio]").forEach(r => { (groups[r.name] = groups[r.name] || []).push(r); });
			const ids = [];
			for (const n in groups) {
				const rs = groups[n];
				if (rs.some(r => r.checked)) continue;
				ids.push((rs.find(r => r.value === "no") || rs[0]).id);
			}
			return ids;
		})()`, &ids)
		if len(ids) == 0 {
			return
		}
		for _, id := range ids {
			radio(b, id)
		}
	}
}

// walkIntake goes from the welcome page through every step to the
// summary in lang, answering through the UI; it calls onEach on every
// step after checking the step speaks lang.
func walkIntake(b *Browser, lang string, onEach func(step string)) {
	b.t.Helper()
	walkUntil(b, lang, "", onEach)
}

// walkUntil is walkIntake stopping on the step named stop, unanswered
// ("" walks to the summary).
func walkUntil(b *Browser, lang, stop string, onEach func(step string)) {
	b.t.Helper()
	c := i18n.Get(lang)
	b.TapCSS("#start")
	for i := 0; i < 40; i++ {
		var path string
		b.Eval(`location.pathname`, &path)
		if path == "/summary" {
			if stop != "" {
				b.t.Fatalf("the intake reached the summary without the step %q", stop)
			}
			return
		}
		step := strings.TrimPrefix(path, "/intake/")
		onStep(b, step)
		if step == stop {
			return
		}
		title := "step." + step + ".title"
		if c.Has("step." + step + ".page-title") { // a page asking another step's questions too
			title = "step." + step + ".page-title"
		}
		if got := b.Text("#page-heading"); got != c.T(title) && c.Has(title) {
			b.t.Errorf("%s: heading %q, want %q", step, got, c.T(title))
		}
		if onEach != nil {
			onEach(step)
		}
		switch step {
		case "where":
			radio(b, "regions-between-blades")
			b.WaitFor(`document.getElementById("regions-between-blades").checked`)
		case "consent":
			b.FillByLabel(c.T("step.consent.name"), "Ana Pérez")
		}
		answerVisible(b)
		if step == "consent" {
			b.TapCSS("#continue")
			b.WaitFor(`location.pathname === "/summary"`)
			return
		}
		advance(b, path)
	}
	b.t.Fatal("the intake did not reach the summary")
}

// advance taps Continue; when the step asks for a box to be ticked (an
// inline error on a group of checkboxes), it ticks the group's first box
// and continues again.
func advance(b *Browser, path string) {
	b.t.Helper()
	b.TapCSS("#continue")
	b.WaitFor(fmt.Sprintf(`location.pathname !== %q || !!document.getElementById("error-summary")`, path))
	var ids []string
	b.Eval(`Array.from(document.querySelectorAll("main .field-error")).map(e => {
		const g = e.closest("fieldset") || e.parentElement;
		const box = g && g.querySelector("input[type=checkbox]");
		return box ? box.id : "";
	}).filter(id => id)`, &ids)
	if len(ids) == 0 {
		b.WaitFor(fmt.Sprintf(`location.pathname !== %q`, path))
		return
	}
	for _, id := range ids {
		radio(b, id)
	}
	// The tick clears the error, and the page grows shorter: wait for
	// that re-render before tapping Continue, or the tap lands where the
	// button was (as a client's thumb would not).
	b.WaitFor(`!document.querySelector("main .field-error")`)
	next(b, path)
}

// latinAllowed are the Latin-script words a Thai screen may show: names
// (the app's, the client's typed name), the abbreviations the Thai catalog
// keeps on purpose (DVT, beside its Thai name) and the picker's languages,
// each named in its own language.
var latinAllowed = func() map[string]bool {
	m := map[string]bool{"Kneadform": true, "Ana": true, "Pérez": true, "DVT": true, "PDF": true, "QR": true}
	for _, l := range i18n.Languages() {
		m[i18n.Get(l).T("lang.name")] = true
	}
	return m
}()

// englishLeft lists the Latin-script words on screen (main, banner and
// footer) that are not allowed on a Thai screen.
func englishLeft(b *Browser) []string {
	b.t.Helper()
	var text string
	b.Eval(`document.body.innerText`, &text)
	var out []string
	for _, w := range regexp.MustCompile(`[A-Za-zÀ-ÿ]{2,}`).FindAllString(text, -1) {
		if !latinAllowed[w] {
			out = append(out, w)
		}
	}
	return out
}

// brokenWords lists the words of headings, buttons and labels that the
// browser broke across two lines: each word the Thai segmenter
// (Intl.Segmenter, the dictionary the browser breaks lines with) finds
// must sit on one line.
func brokenWords(b *Browser) []string {
	b.t.Helper()
	var out []string
	b.Eval(`(() => {
		const seg = new Intl.Segmenter("th", {granularity: "word"});
		const out = [];
		document.querySelectorAll("h1, h2, h3, legend, button, .button, label").forEach(el => {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				for (const s of seg.segment(n.data)) {
					if (!s.isWordLike || s.segment.length < 2) continue;
					const r = document.createRange();
					r.setStart(n, s.index);
					r.setEnd(n, s.index + s.segment.length);
					const tops = new Set(Array.from(r.getClientRects()).filter(q => q.width > 0).map(q => Math.round(q.top)));
					if (tops.size > 1) out.push(s.segment);
				}
			}
		});
		return out;
	})()`, &out)
	return out
}
