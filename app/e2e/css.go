//go:build !wasm

package e2e

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TapCSS taps, like a finger, the first element matching the CSS selector:
// for controls whose accessible name is not unique on the page, or that
// have none (the body map's regions are drawn for pointers only). It waits
// for the element, scrolls it into view and checks nothing covers it.
func (b *Browser) TapCSS(css string) {
	b.t.Helper()
	err := b.retry(func(ctx context.Context) error {
		id, err := queryBackendID(ctx, css)
		if err != nil {
			return err
		}
		return tap(ctx, id)
	})
	if err != nil {
		b.t.Fatalf("e2e: tap %s: %v", css, err)
	}
}

// queryBackendID resolves a CSS selector to a backend node id through
// JavaScript, which stays reliable while the app rewrites the DOM.
func queryBackendID(ctx context.Context, css string) (cdp.BackendNodeID, error) {
	var obj *runtime.RemoteObject
	if err := chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%s)`, jsString(css)), &obj).Do(ctx); err != nil {
		return 0, err
	}
	if obj == nil || obj.ObjectID == "" {
		return 0, fmt.Errorf("%w: nothing matches %s", errNotFound, css)
	}
	node, err := dom.DescribeNode().WithObjectID(obj.ObjectID).Do(ctx)
	if err != nil {
		return 0, err
	}
	return node.BackendNodeID, nil
}

// Visit navigates to path and waits only for the page to load: for pages
// that are not the app (an embedding clinic page in a test).
func (b *Browser) Visit(path string) {
	b.t.Helper()
	b.run("visit "+path, 2*b.Timeout, chromedp.Navigate(b.URL(path)))
}
