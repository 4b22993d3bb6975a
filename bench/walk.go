package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Step is one step change of the intake walk: from the tap on Start now
// or Continue (the click event's time) to the end of the first frame that
// shows the next page's heading (or, Err, the error summary).
type Step struct {
	From string  `json:"from"`
	To   string  `json:"to"`
	Ms   float64 `json:"ms"`
	Err  bool    `json:"errorSummary,omitempty"`
	// Where the time went, from the long animation frames (LoAF, frames
	// over 50 ms) between the tap and the end: script (wasm and JS,
	// forced layouts included), forced style and layout inside scripts,
	// and the frames' own style, layout and paint (render). Printed by
	// -profile-walk only.
	Loaf *Loaf `json:"loaf,omitempty"`
}

// Loaf sums the long animation frames of one step change, in ms.
type Loaf struct {
	Frames int     `json:"frames"`
	Script float64 `json:"script"`
	Forced float64 `json:"forced"`
	Render float64 `json:"render"`
	// DOM changes (MutationObserver): nodes added and removed (subtrees
	// counted whole), attributes and texts set; Nodes is the page's
	// element count after the change.
	Added, Removed, Attrs, Texts, Nodes int
}

// walkProbeJS is added to probeJS: it keeps the time of the first click
// after arm() and resolves armed when the page changed.
const walkProbeJS = `(() => {
  const B = window.__bench;
  addEventListener("click", e => { if (B.tap === undefined) B.tap = e.timeStamp; }, true);
  B.loafs = [];
  B.muts = {added: 0, removed: 0, attrs: 0, texts: 0};
  const count = n => n.nodeType === 1 ? 1 + n.getElementsByTagName("*").length : 1;
  new MutationObserver(ms => {
    for (const m of ms) {
      if (m.type === "attributes") B.muts.attrs++;
      else if (m.type === "characterData") B.muts.texts++;
      else { m.addedNodes.forEach(n => B.muts.added += count(n)); m.removedNodes.forEach(n => B.muts.removed += count(n)); }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  try {
    new PerformanceObserver(l => B.loafs.push(...l.getEntries())).observe({type: "long-animation-frame", buffered: true});
  } catch (e) {}
  const loaf = (from, to) => {
    const r = {frames: 0, script: 0, forced: 0, render: 0};
    for (const f of B.loafs) {
      if (f.startTime + f.duration < from || f.startTime > to) continue;
      r.frames++;
      for (const s of f.scripts || []) { r.script += s.duration; r.forced += s.forcedStyleAndLayoutDuration || 0; }
      if (f.renderStart) r.render += f.startTime + f.duration - f.renderStart;
    }
    const m = B.muts;
    Object.assign(r, {Added: m.added, Removed: m.removed, Attrs: m.attrs, Texts: m.texts, Nodes: document.getElementsByTagName("*").length});
    return r;
  };
  B.arm = from => {
    B.tap = undefined;
    B.muts = {added: 0, removed: 0, attrs: 0, texts: 0};
    B.armed = new Promise(resolve => {
      const check = () => {
        const moved = location.pathname !== from && document.getElementById("page-heading");
        const err = !moved && document.getElementById("error-summary");
        if ((moved || err) && B.tap !== undefined) {
          // This frame paints the change; the message runs after it.
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            const end = performance.now(), tap = B.tap;
            // LoAF entries arrive after their frame: wait a little for them.
            setTimeout(() => resolve({from, to: location.pathname, ms: end - tap, errorSummary: !!err, loaf: loaf(tap, end)}), 100);
          };
          ch.port2.postMessage(0);
          return;
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    return true;
  };
})()`

// unansweredJS lists, like app/e2e's answerVisible, "None of these" of
// each tick list with nothing ticked and one radio per unanswered group:
// "no" where there is one (no red flag), else the first.
const unansweredJS = `(() => {
  const groups = {};
  document.querySelectorAll("main input[type=radio]").forEach(r => { (groups[r.name] = groups[r.name] || []).push(r); });
  // "Tick what applies" lists with nothing ticked: "None of these" (a
  // list without that box is answered by the page's button).
  const ids = [...document.querySelectorAll("main .tick-list")].filter(l => !l.querySelector("input:checked")).
    map(l => l.querySelector(".tick-none input")).filter(b => b).map(b => b.id);
  for (const n in groups) {
    const rs = groups[n];
    if (rs.some(r => r.checked)) continue;
    ids.push((rs.find(r => r.value === "no") || rs[0]).id);
  }
  return ids;
})()`

// noneTicksJS lists, like app/e2e's answerVisible, the "None of these"
// box of every "tick what applies" list with nothing ticked (issue 17):
// the first box of such a list is a red flag.
const noneTicksJS = `[...document.querySelectorAll("main .tick-list")].
  filter(l => !l.querySelector("input:checked") && l.querySelector(".tick-none input")).
  map(l => l.querySelector(".tick-none input").id)`

// errorBoxesJS lists the first checkbox of each group with an inline error.
const errorBoxesJS = `Array.from(document.querySelectorAll("main .field-error")).map(e => {
  const g = e.closest("fieldset") || e.parentElement;
  const box = g && g.querySelector("input[type=checkbox]");
  return box ? box.id : "";
}).filter(id => id)`

// idleTwiceJS resolves after two idle callbacks in a row (the second one
// runs after whatever the first idle moment started); each waits 3 s at
// most.
const idleTwiceJS = `new Promise(resolve => {
  const idle = f => (window.requestIdleCallback ? requestIdleCallback(f, {timeout: 3000}) : setTimeout(f, 300));
  idle(() => idle(() => resolve(true)));
})`

// walkSteps, when not 0, ends walkIntake after that many step changes (a
// profile of the first ones only: -walk-steps).
var walkSteps int

// walkIntake goes from the welcome page (mounted) through every intake step
// to the summary, answering as a hurried client would (app/e2e's
// walkIntake), and times every step change.
func walkIntake(ctx context.Context) ([]Step, error) {
	var steps []Step
	tapped := func(from, css string) (Step, error) {
		var ok bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf("window.__bench.arm(%q)", from), &ok)); err != nil {
			return Step{}, err
		}
		if err := tap(ctx, css); err != nil {
			return Step{}, err
		}
		var raw json.RawMessage
		err := chromedp.Run(ctx, chromedp.Evaluate("window.__bench.armed", &raw, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
		if err != nil {
			return Step{}, fmt.Errorf("after tapping %s on %s: %w", css, from, err)
		}
		var s Step
		return s, json.Unmarshal(raw, &s)
	}
	// A client reads the welcome page before tapping Start now: the first
	// tap waits for the page's first idle moments after the mount, when the
	// app's idle work (kit.WhenIdle: store.WarmUp) runs. Each later step is
	// tapped as soon as it shows, unread.
	if err := chromedp.Run(ctx, chromedp.Evaluate(idleTwiceJS, nil, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	})); err != nil {
		return nil, err
	}
	s, err := tapped("/", "#start")
	if err != nil {
		return nil, err
	}
	steps = append(steps, s)
	for i := 0; i < 60 && (walkSteps == 0 || len(steps) < walkSteps); i++ {
		var path string
		if err := chromedp.Run(ctx, chromedp.Evaluate("location.pathname", &path)); err != nil {
			return steps, err
		}
		if path == "/summary" {
			return steps, nil
		}
		if !strings.HasPrefix(path, "/intake/") {
			return steps, fmt.Errorf("the walk left the intake for %s", path)
		}
		switch strings.TrimPrefix(path, "/intake/") {
		case "where":
			if err := tapLabel(ctx, "regions-between-blades"); err != nil {
				return steps, err
			}
		case "consent":
			// A declaration since issue 17: the typed name and "Agree and
			// finish" are the agreement (no box to tick).
			if err := chromedp.Run(ctx, chromedp.SendKeys("#consentName", "Ana Perez", chromedp.ByQuery)); err != nil {
				return steps, err
			}
		}
		if err := answerVisible(ctx); err != nil {
			return steps, err
		}
		s, err := tapped(path, "#continue")
		if err != nil {
			return steps, err
		}
		steps = append(steps, s)
		if !s.Err {
			continue
		}
		// A group of checkboxes asks for a tick: tick its first box and
		// continue again (app/e2e's advance).
		var ids []string
		if err := chromedp.Run(ctx, chromedp.Evaluate(errorBoxesJS, &ids)); err != nil {
			return steps, err
		}
		if len(ids) == 0 {
			return steps, fmt.Errorf("%s: an error summary with no box to tick", path)
		}
		for _, id := range ids {
			if err := tapLabel(ctx, id); err != nil {
				return steps, err
			}
		}
		if err := waitJS(ctx, `!document.querySelector("main .field-error")`); err != nil {
			return steps, err
		}
		if s, err = tapped(path, "#continue"); err != nil {
			return steps, err
		}
		if s.Err {
			return steps, fmt.Errorf("%s: still an error after ticking %v", path, ids)
		}
		steps = append(steps, s)
	}
	if walkSteps > 0 && len(steps) >= walkSteps {
		return steps, nil
	}
	return steps, fmt.Errorf("the intake did not reach the summary")
}

// answerVisible answers every unanswered radio group, also the groups an
// answer reveals.
func answerVisible(ctx context.Context) error {
	var nones []string
	if err := chromedp.Run(ctx, chromedp.Evaluate(noneTicksJS, &nones)); err != nil {
		return err
	}
	for _, id := range nones {
		if err := tapLabel(ctx, id); err != nil {
			return err
		}
	}
	for round := 0; round < 6; round++ {
		var ids []string
		if err := chromedp.Run(ctx, chromedp.Evaluate(unansweredJS, &ids)); err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		for _, id := range ids {
			if err := tapLabel(ctx, id); err != nil {
				return err
			}
		}
		// Revealed groups appear after the app's re-render.
		if err := waitJS(ctx, fmt.Sprintf(`document.getElementById(%q) && document.getElementById(%q).checked`, ids[len(ids)-1], ids[len(ids)-1])); err != nil {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

func tapLabel(ctx context.Context, id string) error {
	return tap(ctx, fmt.Sprintf(`label[for=%q]`, id))
}

// tap clicks the element's centre with the mouse, after scrolling it into
// view.
func tap(ctx context.Context, css string) error {
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Run(c, chromedp.Click(css, chromedp.ByQuery, chromedp.NodeVisible)); err != nil {
		return fmt.Errorf("tap %s: %w", css, err)
	}
	return nil
}

// waitJS polls a JavaScript condition until it holds (at most 30 s).
func waitJS(ctx context.Context, cond string) error {
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		var ok bool
		if err := chromedp.Run(c, chromedp.Evaluate("!!("+cond+")", &ok)); err != nil {
			return fmt.Errorf("waiting for %s: %w", cond, err)
		}
		if ok {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
}
