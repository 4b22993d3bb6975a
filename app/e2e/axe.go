//go:build !wasm

package e2e

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// axeJS is axe-core, vendored (see testdata/README.md): make test
// installs nothing, and the version is fixed.
//
//go:embed testdata/axe.min.js
var axeJS string

// AxeTags are the rule sets AssertAccessible runs: WCAG 2.0, 2.1 and 2.2,
// levels A and AA.
var AxeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"}

// axeViolation is the part of an axe result AssertAccessible prints.
type axeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target         []any  `json:"target"`
		FailureSummary string `json:"failureSummary"`
	} `json:"nodes"`
}

// AssertAccessible runs axe-core on the current page and fails the test
// on any WCAG 2.x A or AA violation, listing each rule, its help page and
// the elements at fault. axe is injected through CDP (Runtime.evaluate),
// not a script tag, which the app's CSP would refuse.
func (b *Browser) AssertAccessible() {
	b.t.Helper()
	var loaded bool
	b.run("inject axe-core", b.Timeout,
		chromedp.Evaluate(axeJS+"\n;typeof axe === 'object'", &loaded))
	if !loaded {
		b.t.Fatal("e2e: axe-core did not load")
	}
	tags := `["` + strings.Join(AxeTags, `","`) + `"]`
	var violations []axeViolation
	b.run("run axe-core", 2*b.Timeout, chromedp.Evaluate(
		`axe.run(document, {runOnly: {type: "tag", values: `+tags+`}, resultTypes: ["violations"]})
			.then(r => r.violations)`,
		&violations, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
	if len(violations) == 0 {
		return
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "e2e: %d accessibility violation(s) on %s:\n", len(violations), b.Location())
	for _, v := range violations {
		fmt.Fprintf(&sb, "- %s (%s): %s\n  %s\n", v.ID, v.Impact, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&sb, "  * %v\n    %s\n", n.Target,
				strings.ReplaceAll(n.FailureSummary, "\n", "\n    "))
		}
	}
	b.t.Error(sb.String())
}
