//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Locating elements the way a person (or a screen reader) names them:
// through Chromium's accessibility tree, else through <label> text.

// findByName returns the first element, not hidden from accessibility,
// whose accessible name is name and whose role is one of roles.
func (b *Browser) findByName(ctx context.Context, name string, roles []string) (cdp.BackendNodeID, error) {
	doc, err := dom.GetDocument().WithDepth(0).Do(ctx)
	if err != nil {
		return 0, err
	}
	nodes, err := queryAX(ctx, doc.NodeID, name)
	if err != nil {
		return 0, err
	}
	for _, n := range nodes {
		if !n.Ignored && n.BackendDOMNodeID != 0 && slices.Contains(roles, n.Role.String()) {
			return n.BackendDOMNodeID, nil
		}
	}
	return 0, fmt.Errorf("%w: no %s named %q", errNotFound, strings.Join(roles, "/"), name)
}

// findField finds a form field by its accessible name, or else by the
// text of a <label> associated with it.
func (b *Browser) findField(ctx context.Context, label string) (cdp.BackendNodeID, error) {
	doc, err := dom.GetDocument().WithDepth(0).Do(ctx)
	if err != nil {
		return 0, err
	}
	nodes, err := queryAX(ctx, doc.NodeID, label)
	if err != nil {
		return 0, err
	}
	for _, n := range nodes {
		if n.Ignored || n.BackendDOMNodeID == 0 {
			continue
		}
		var field bool
		err := callOn(ctx, n.BackendDOMNodeID, `function() {
			return ["INPUT", "TEXTAREA", "SELECT"].includes(this.tagName);
		}`, &field)
		if err == nil && field {
			return n.BackendDOMNodeID, nil
		}
	}
	return b.findByLabelText(ctx, label)
}

// findByLabelText finds the control of the <label> whose text is label.
func (b *Browser) findByLabelText(ctx context.Context, label string) (cdp.BackendNodeID, error) {
	var obj *runtime.RemoteObject
	js := fmt.Sprintf(`(() => {
		const want = %s;
		const norm = s => s.replace(/\s+/g, " ").trim();
		const l = [...document.querySelectorAll("label")].find(l => norm(l.textContent) === want && l.control);
		return l ? l.control : null;
	})()`, jsString(label))
	if err := chromedp.Evaluate(js, &obj).Do(ctx); err != nil {
		return 0, err
	}
	if obj == nil || obj.ObjectID == "" {
		return 0, fmt.Errorf("%w: no field labelled %q", errNotFound, label)
	}
	node, err := dom.DescribeNode().WithObjectID(obj.ObjectID).Do(ctx)
	if err != nil {
		return 0, err
	}
	return node.BackendNodeID, nil
}

// describeControls lists the page's named controls, to explain a miss.
func (b *Browser) describeControls() string {
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	var lines []string
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var res struct {
			Nodes []axNode `json:"nodes"`
		}
		if err := cdp.Execute(ctx, "Accessibility.getFullAXTree", struct{}{}, &res); err != nil {
			return err
		}
		for _, n := range res.Nodes {
			role := n.Role.String()
			if n.Ignored || !(slices.Contains(clickRoles, role) || role == "textbox" || role == "combobox") {
				continue
			}
			lines = append(lines, fmt.Sprintf("  %s %q", role, n.Name.String()))
		}
		return nil
	}))
	if err != nil {
		return "(controls unknown: " + err.Error() + ")"
	}
	return fmt.Sprintf("controls on %s:\n%s", b.Location(), strings.Join(lines, "\n"))
}

// axNode is the part of a CDP Accessibility.AXNode the harness reads.
// (cdproto's own type fails to decode the enum values newer Chromium
// sends, such as ignored reason "uninteresting".)
type axNode struct {
	Ignored          bool              `json:"ignored"`
	Role             axValue           `json:"role"`
	Name             axValue           `json:"name"`
	BackendDOMNodeID cdp.BackendNodeID `json:"backendDOMNodeId"`
}

// axValue is an AXValue; only its value matters here.
type axValue struct {
	Value any `json:"value"`
}

func (v axValue) String() string {
	if s, ok := v.Value.(string); ok {
		return s
	}
	if v.Value == nil {
		return ""
	}
	return fmt.Sprint(v.Value)
}

// queryAX returns the accessibility nodes under node whose accessible name
// is name (Accessibility.queryAXTree).
func queryAX(ctx context.Context, node cdp.NodeID, name string) ([]axNode, error) {
	params := map[string]any{"nodeId": node, "accessibleName": name}
	var res struct {
		Nodes []axNode `json:"nodes"`
	}
	if err := cdp.Execute(ctx, "Accessibility.queryAXTree", params, &res); err != nil {
		return nil, err
	}
	return res.Nodes, nil
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
