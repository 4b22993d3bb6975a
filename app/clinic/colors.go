package clinic

import "fmt"

// The colours a theme is drawn with. A clinic sets the accent and the text
// drawn on it; the other colours are fixed by web/app.css (tokens section),
// and these constants must match it (TestPairsMatchCSS reads the file).
const (
	DefaultAccent      = "#00635a" // --kf-brand
	DefaultAccentText  = "#ffffff" // --kf-on-brand
	PageColor          = "#ffffff" // --kf-background
	SelectedColor      = "#e8f3f1" // --kf-selected: a chosen answer, secondary buttons
	PanelColor         = "#f3f2f1" // --kf-panel: panels and the tier box
	MinNonTextContrast = 3.0       // WCAG 1.4.11 AA: borders, marks, chart lines
)

// Pair is one colour drawn on another somewhere in the app: Fg and Bg are
// "accent", "accentText" or a fixed #rrggbb; Min is the contrast it needs.
type Pair struct {
	Fg, Bg string
	Min    float64
	Where  string // what draws it (web/*.css), for the error message and reviewers
}

// Pairs lists every pair of colours in which a theme colour is drawn
// (issue 17, defect 5: the embed's "Open full screen" link was drawn in the
// visited-link colour on the accent, 1.09:1). A new place that draws a
// theme colour on another colour adds its pair here.
var Pairs = []Pair{
	{"accentText", "accent", MinContrast, "text on the accent: the banner and its links (the embed's \"Open full screen\"), " +
		"buttons, a chosen pain number or chip, step numbers, the therapist's tier labels and toggles"},
	{"accent", PageColor, MinContrast, "accent text on the page: section and timer titles; outlines, chart lines"},
	{"accent", SelectedColor, MinContrast, "accent text on a chosen answer's tint: secondary buttons, the pressure steps, the file button"},
	{"accent", PanelColor, MinNonTextContrast, "the accent edge of panels and of the therapist's tier box"},
}

// Resolve returns the colour a role stands for in c's theme: the clinic's
// accent or accent text, the default when it sets none, or the colour itself.
func (c Colors) Resolve(role string) string {
	switch role {
	case "accent":
		if c.Accent != "" {
			return c.Accent
		}
		return DefaultAccent
	case "accentText":
		if c.AccentText != "" {
			return c.AccentText
		}
		return DefaultAccentText
	}
	return role
}

// checkPairs reports each pair drawn with too little contrast, once per
// pair of colours (the first place that draws it names the field).
func (c Colors) checkPairs(add func(field, value, expected string)) {
	seen := map[[2]string]bool{}
	for _, p := range Pairs {
		fg, bg := c.Resolve(p.Fg), c.Resolve(p.Bg)
		key := [2]string{min(fg, bg), max(fg, bg)}
		if !isColor(fg) || !isColor(bg) || seen[key] {
			continue
		}
		seen[key] = true
		field := "colors"
		if p.Fg == "accent" && p.Bg[0] == '#' {
			field = "colors.accent"
		}
		if r := Contrast(fg, bg); r < p.Min {
			add(field, fg+" on "+bg, fmt.Sprintf("a contrast of at least %.1f:1 between %s and %s (this is %.2f:1), for %s",
				p.Min, roleName(p.Fg), roleName(p.Bg), r, p.Where))
		}
	}
}

func roleName(role string) string {
	switch role {
	case "accent", "accentText":
		return role
	case PageColor:
		return "the white page"
	case SelectedColor:
		return "the chosen-answer tint " + SelectedColor
	case PanelColor:
		return "the panel grey " + PanelColor
	}
	return role
}
