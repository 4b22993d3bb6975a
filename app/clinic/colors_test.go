package clinic

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// Every pair of colours a theme draws, for a few themes (issue 17, defect 5).
func TestThemePairs(t *testing.T) {
	cases := []struct {
		name             string
		accent, onAccent string
		want             []string // substrings of the problems; none: the theme is fine
	}{
		{"default", "", "", nil},
		{"the defect's theme", "#1d4f4a", "#ffffff", nil},
		{"dark purple", "#4c2c92", "#ffffff", nil},
		{"mid grey with black text", "#767676", "#000000", []string{"#767676 on #e8f3f1", "chosen-answer tint"}},
		{"text colour alone, against the default accent", "", "#777777", []string{"#777777 on #00635a", "between accentText and accent"}},
		{"white text on a light accent", "#88ccff", "", []string{"#ffffff on #88ccff"}},
		{"accent equal to its text", "#1d4f4a", "#1d4f4a", []string{"#1d4f4a on #1d4f4a", "1.00:1"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			Colors{Accent: tc.accent, AccentText: tc.onAccent}.checkPairs(func(field, value, expected string) {
				got = append(got, field+": "+value+": "+expected)
			})
			all := strings.Join(got, "\n")
			if tc.want == nil && all != "" {
				t.Fatalf("problems for a good theme:\n%s", all)
			}
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("problems %q lack %q", all, w)
				}
			}
			// Whatever passes meets every pair's minimum.
			if all == "" {
				c := Colors{Accent: tc.accent, AccentText: tc.onAccent}
				for _, p := range Pairs {
					if r := Contrast(c.Resolve(p.Fg), c.Resolve(p.Bg)); r < p.Min {
						t.Errorf("%s on %s: %.2f:1 < %.1f", p.Fg, p.Bg, r, p.Min)
					}
				}
			}
		})
	}
}

// The fixed colours of the pairs are the tokens web/app.css draws with.
func TestPairsMatchCSS(t *testing.T) {
	css, err := os.ReadFile("../../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	for token, want := range map[string]string{
		"--kf-brand": DefaultAccent, "--kf-on-brand": DefaultAccentText, "--kf-background": PageColor,
		"--kf-selected": SelectedColor, "--kf-panel": PanelColor,
	} {
		m := regexp.MustCompile(regexp.QuoteMeta(token) + `:\s*(#[0-9a-fA-F]{6})`).FindSubmatch(css)
		if m == nil || !strings.EqualFold(string(m[1]), want) {
			t.Errorf("web/app.css %s = %q, want %s", token, m, want)
		}
	}
}
