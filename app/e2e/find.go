//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Roles whose elements ClickByName, CheckByLabel and FillByLabel act on.
var (
	clickRoles = []string{"button", "link", "checkbox", "radio", "switch", "tab",
		"menuitem", "menuitemcheckbox", "menuitemradio", "option", "LabelText", "summary"}
	checkRoles = []string{"checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"}
)

var errNotFound = errors.New("not found")

// ClickByName taps the button, link, checkbox, radio (or other control)
// whose accessible name is name, as computed by Chromium's accessibility
// tree: aria-label, aria-labelledby, <label for>, the text content. It
// waits for the element to appear and not be covered by another one.
func (b *Browser) ClickByName(name string) {
	b.t.Helper()
	err := b.retry(func(ctx context.Context) error {
		id, err := b.findByName(ctx, name, clickRoles)
		if err != nil {
			return err
		}
		return tap(ctx, id)
	})
	if err != nil {
		b.t.Fatalf("e2e: click %q: %v\n%s", name, err, b.describeControls())
	}
}

// CheckByLabel ticks the checkbox or selects the radio button labelled
// label, unless it already is.
func (b *Browser) CheckByLabel(label string) {
	b.t.Helper()
	err := b.retry(func(ctx context.Context) error {
		id, err := b.findByName(ctx, label, checkRoles)
		if errors.Is(err, errNotFound) {
			id, err = b.findByLabelText(ctx, label)
		}
		if err != nil {
			return err
		}
		var checked bool
		if err := callOn(ctx, id, `function() { return !!this.checked; }`, &checked); err != nil {
			return err
		}
		if !checked {
			if err := tap(ctx, id); err != nil {
				return err
			}
		}
		if err := callOn(ctx, id, `function() { return !!this.checked; }`, &checked); err != nil {
			return err
		}
		if !checked {
			return errors.New("still not checked after a tap")
		}
		return nil
	})
	if err != nil {
		b.t.Fatalf("e2e: check %q: %v\n%s", label, err, b.describeControls())
	}
}

// FillByLabel sets the input, textarea or select labelled label to value
// (for a select: an option's value or text). Text fields are typed into,
// so input events fire as for a person; then a change event fires.
func (b *Browser) FillByLabel(label, value string) {
	b.t.Helper()
	err := b.retry(func(ctx context.Context) error {
		id, err := b.findField(ctx, label)
		if err != nil {
			return err
		}
		var typed bool
		if err := callOn(ctx, id, prepareFillJS, &typed, value); err != nil {
			return err
		}
		if typed {
			if err := input.InsertText(value).Do(ctx); err != nil {
				return err
			}
		}
		return callOn(ctx, id, `function() {
			this.dispatchEvent(new Event("change", {bubbles: true}));
		}`, nil)
	})
	if err != nil {
		b.t.Fatalf("e2e: fill %q: %v\n%s", label, err, b.describeControls())
	}
}

// prepareFillJS focuses the field and empties a text field for typing
// (returning true), or sets any other field directly (returning false).
const prepareFillJS = `function(v) {
	this.scrollIntoView({block: "center"});
	this.focus();
	const textTypes = ["", "text", "search", "email", "tel", "url", "password", "number"];
	if ((this.tagName === "TEXTAREA" || (this.tagName === "INPUT" && textTypes.includes(this.type))) && v !== "") {
		this.select();
		return true;
	}
	if (this.tagName === "SELECT") {
		const o = [...this.options].find(o => o.value === v || o.text.trim() === v);
		if (!o) throw new Error("no option " + JSON.stringify(v) + " in " +
			JSON.stringify([...this.options].map(o => o.text.trim())));
		this.value = o.value;
	} else {
		const proto = this.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
		Object.getOwnPropertyDescriptor(proto, "value").set.call(this, v);
	}
	this.dispatchEvent(new Event("input", {bubbles: true}));
	return false;
}`

// retry runs f until it succeeds or the helper timeout passes.
func (b *Browser) retry(f func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(b.ctx, b.Timeout)
	defer cancel()
	var last error
	for {
		err := chromedp.Run(ctx, chromedp.ActionFunc(f))
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			if last == nil {
				last = err
			}
			return fmt.Errorf("%w after %v", last, b.Timeout)
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
}

// tap scrolls the element into view and taps its centre with a touch,
// after checking that nothing covers it there.
func tap(ctx context.Context, id cdp.BackendNodeID) error {
	// The previous tap's change renders at the app's next frame: until
	// then the page may still move, and a tap measured now would land
	// where the control was (kit.On marks <html data-kf-pending>).
	var settled bool
	if err := chromedp.Evaluate(settledJS, &settled, awaitPromise).Do(ctx); err != nil {
		return err
	}
	if !settled {
		return errors.New("the page is still rendering the previous change")
	}
	if err := dom.ScrollIntoViewIfNeeded().WithBackendNodeID(id).Do(ctx); err != nil {
		return err
	}
	quads, err := dom.GetContentQuads().WithBackendNodeID(id).Do(ctx)
	if err != nil {
		return err
	}
	if len(quads) == 0 || len(quads[0]) < 8 {
		return errors.New("the element has no box (hidden?)")
	}
	q := quads[0]
	x, y := (q[0]+q[2]+q[4]+q[6])/4, (q[1]+q[3]+q[5]+q[7])/4
	var hit string
	if err := callOn(ctx, id, hitTestJS, &hit, x, y); err != nil {
		return err
	}
	if hit != "" {
		return fmt.Errorf("covered at (%.0f, %.0f) by %s", x, y, hit)
	}
	pt := []*input.TouchPoint{{X: x, Y: y}}
	if err := input.DispatchTouchEvent(input.TouchStart, pt).Do(ctx); err != nil {
		return err
	}
	return input.DispatchTouchEvent(input.TouchEnd, []*input.TouchPoint{}).Do(ctx)
}

// settledJS resolves true once <html> no longer carries data-kf-pending
// (at once for a page that never sets it), false after 10 s.
const settledJS = `new Promise(resolve => {
	const root = document.documentElement;
	if (!root.hasAttribute("data-kf-pending")) return resolve(true);
	const mo = new MutationObserver(() => {
		if (!root.hasAttribute("data-kf-pending")) { mo.disconnect(); resolve(true); }
	});
	mo.observe(root, {attributes: true, attributeFilter: ["data-kf-pending"]});
	setTimeout(() => { mo.disconnect(); resolve(!root.hasAttribute("data-kf-pending")); }, 10000);
})`

// hitTestJS returns "" when a tap at (x, y) reaches the element (itself,
// a descendant, or one of its labels), else a description of what is hit.
const hitTestJS = `function(x, y) {
	const e = document.elementFromPoint(x, y);
	if (!e) return "nothing";
	if (this === e || this.contains(e)) return "";
	if (this.labels && [...this.labels].some(l => l === e || l.contains(e))) return "";
	if (e.control === this) return "";
	return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + String(e.className).split(" ").join(".") : "");
}`

// callOn calls a JavaScript function with this bound to the element and
// stores its JSON result in out (nil to ignore it).
func callOn(ctx context.Context, id cdp.BackendNodeID, fn string, out any, args ...any) error {
	obj, err := dom.ResolveNode().WithBackendNodeID(id).Do(ctx)
	if err != nil {
		return err
	}
	defer runtime.ReleaseObject(obj.ObjectID).Do(ctx)
	callArgs := make([]*runtime.CallArgument, len(args))
	for i, a := range args {
		v, err := json.Marshal(a)
		if err != nil {
			return err
		}
		callArgs[i] = &runtime.CallArgument{Value: v}
	}
	res, exc, err := runtime.CallFunctionOn(fn).WithObjectID(obj.ObjectID).
		WithArguments(callArgs).WithReturnByValue(true).WithAwaitPromise(true).Do(ctx)
	if err != nil {
		return err
	}
	if exc != nil {
		msg := exc.Text
		if exc.Exception != nil {
			msg = exc.Exception.Description
		}
		return errors.New(msg)
	}
	if out == nil || res == nil || len(res.Value) == 0 {
		return nil
	}
	return json.Unmarshal(res.Value, out)
}
