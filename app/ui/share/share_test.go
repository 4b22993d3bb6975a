package share

import (
	"net/url"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/triage"
)

// TestHandoffCatalogKeys checks the keys the hand-off screens build at run
// time (the catalog test finds only literal ones).
func TestHandoffCatalogKeys(t *testing.T) {
	en := i18n.Get("en")
	var keys []string
	for _, tier := range triage.Tiers {
		keys = append(keys, "handoff.tier."+tier.String())
	}
	for _, prefix := range []string{"handoff.share.link.", "handoff.share.text."} {
		for _, o := range []shareOutcome{shareDone, shareCopied, shareRefused} {
			if s, _ := shareStatus(o, prefix); s == "" || strings.HasPrefix(s, "[") {
				t.Errorf("%s: outcome %d has no message: %q", prefix, o, s)
			}
		}
		keys = append(keys, prefix+"shared", prefix+"copied", prefix+"refused")
	}
	for _, k := range keys {
		if !en.Has(k) {
			t.Errorf("catalog en has no key %q", k)
		}
	}
	if s, manual := shareStatus(shareCancelled, "handoff.share.link."); s != "" || manual {
		t.Errorf("a cancelled share says %q (manual %v), want nothing", s, manual)
	}
}

func TestMailEscape(t *testing.T) {
	link := "https://clinic.example/open#k1.AbC-_d"
	body := "My answers:\n\n" + link + " & more"
	u, err := url.Parse("mailto:?subject=" + mailEscape("Hello there") + "&body=" + mailEscape(body))
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Query().Get("body"); got != body {
		t.Errorf("body = %q, want %q", got, body)
	}
	if strings.Contains(u.RawQuery, "+") {
		t.Errorf("spaces written as +: %q", u.RawQuery)
	}
}
