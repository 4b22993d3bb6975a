//go:build !wasm

package webkit

import (
	"context"
	"errors"
	"fmt"
)

// TapCSS clicks (a real pointer click through WebKit) the first element
// matching css, waiting until it exists and nothing covers it.
func (b *Browser) TapCSS(css string) {
	b.t.Helper()
	b.clickFound("tap "+css, `return document.querySelector(arguments[0])`, css)
}

// ClickByName clicks the button or link whose text (or aria-label) is name.
func (b *Browser) ClickByName(name string) {
	b.t.Helper()
	b.clickFound(fmt.Sprintf("click %q", name), `const n = arguments[0];
		return [...document.querySelectorAll("button, a, [role=button], summary")].find(e =>
			(e.getAttribute("aria-label") || e.innerText || "").trim() === n) || null`, name)
}

// CheckByLabel clicks the <label> whose text is label (ticking its
// checkbox or choosing its radio), unless its control is already checked,
// and waits until it is.
func (b *Browser) CheckByLabel(label string) {
	b.t.Helper()
	const findLabel = `const l = [...document.querySelectorAll("label")].find(e => e.innerText.trim() === arguments[0]);`
	var done bool
	b.Run(findLabel+` return !!(l && l.control && l.control.checked)`, &done, label)
	if !done {
		b.clickFound(fmt.Sprintf("check %q", label), findLabel+` return l || null`, label)
	}
	b.WaitFor(`[...document.querySelectorAll("label")].some(e => e.innerText.trim() === ` + jsString(label) + ` && e.control && e.control.checked)`)
}

// FillByLabel types value into the input or textarea whose <label> text is
// label, key by key, after emptying it.
func (b *Browser) FillByLabel(label, value string) {
	b.t.Helper()
	find := `const l = [...document.querySelectorAll("label")].find(e => e.innerText.trim() === arguments[0]);
		return l && l.control ? l.control : null`
	var el Element
	if err := b.poll(b.Timeout, func(ctx context.Context) error {
		var err error
		if el, err = b.find(ctx, find, label); err != nil {
			return err
		}
		if err := b.s.Clear(ctx, el); err != nil {
			return err
		}
		return b.s.SendKeys(ctx, el, value)
	}); err != nil {
		b.t.Fatalf("webkit: fill %q: %v", label, err)
	}
}

// clickFound polls: finds an element with the script, then clicks it.
func (b *Browser) clickFound(what, script string, args ...any) {
	b.t.Helper()
	if err := b.poll(b.Timeout, func(ctx context.Context) error {
		el, err := b.find(ctx, script, args...)
		if err != nil {
			return err
		}
		if b.frame != "" {
			if err := b.scrollParent(ctx, el); err != nil {
				return err
			}
		}
		return b.s.Click(ctx, el)
	}); err != nil {
		b.t.Fatalf("webkit: %s: %v (at %s)", what, err, b.Path())
	}
}

var errNotFound = errors.New("not found")

// find runs a script returning an element or null.
func (b *Browser) find(ctx context.Context, script string, args ...any) (Element, error) {
	var ref map[string]string
	if err := b.s.Execute(ctx, script, &ref, args...); err != nil {
		return "", err
	}
	if ref[elementKey] == "" {
		return "", errNotFound
	}
	return Element(ref[elementKey]), nil
}

// scrollParent scrolls the clinic's page so that el, in the app's frame
// (as tall as its content), is in the middle of the window: WebKit's
// WebDriver scrolls only the frame's own document before a click, and a
// cross-site frame cannot scroll its parent.
func (b *Browser) scrollParent(ctx context.Context, el Element) error {
	var r struct{ Top, Height float64 }
	if err := b.s.Execute(ctx, `const r = arguments[0].getBoundingClientRect(); return {Top: r.top, Height: r.height}`, &r, el); err != nil {
		return err
	}
	if err := b.s.SwitchToParent(ctx); err != nil {
		return err
	}
	err := b.s.Execute(ctx, `const f = document.querySelector(arguments[0]);
		scrollTo(0, f.getBoundingClientRect().top + scrollY + arguments[1] + arguments[2] / 2 - innerHeight / 2); return true`,
		nil, b.frameCSS, r.Top, r.Height)
	if err2 := b.s.SwitchToFrame(ctx, b.frame); err == nil {
		err = err2
	}
	return err
}
