package kit

import (
	"kneadform/app/ui/el"
	"strconv"
	"strings"

	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The body map is a person seen from behind: the client's left is on the
// left of the drawing. Each area follows the anatomy the seeds use (seed:000
// "Anatomy Primer": upper, mid and lower back; seed:003 "Specific Benefits by
// Back Region": shoulders, between the shoulder blades, lower back, SI joint,
// glutes) and carries its short name, so it reads without the list. It is a
// pointer shortcut only: the same choice is always offered as a checkbox list
// right under it (WCAG 2.5.7 and 2.1.1), so the drawing is hidden from
// assistive technology and never takes keyboard focus.
//
// The canvas is 360×620 and is drawn at most 360 px wide (web/screens.css),
// so one unit is about one CSS pixel on a phone: every area is at least 58
// units each way, which keeps every tap target over 44×44 px down to a
// 320 px screen (TestBodyMapTargets measures them).

const svgNS = "http://www.w3.org/2000/svg"

// area is one region's shape (an SVG path) and the centre of its label.
type area struct {
	d    string
	x, y int
}

var areas = map[intake.Region]area{
	intake.RegionNeck:          {"M148,58 H212 V116 H148 Z", 180, 88},
	intake.RegionShoulderLeft:  {"M141,102 V236 H68 L60,200 C54,180 48,164 46,150 C48,130 68,116 100,110 C118,106 132,104 141,102 Z", 100, 172},
	intake.RegionShoulderRight: {"M219,102 V236 H292 L300,200 C306,180 312,164 314,150 C312,130 292,116 260,110 C242,106 228,104 219,102 Z", 260, 172},
	intake.RegionBetweenBlades: {"M144,119 H216 V236 H144 Z", 180, 178},
	intake.RegionMidLeft:       {"M177,239 V312 H86 L76,276 L70,239 Z", 128, 275},
	intake.RegionMidRight:      {"M183,239 V312 H274 L284,276 L290,239 Z", 232, 275},
	intake.RegionLowLeft:       {"M177,315 V388 H82 C86,364 88,340 86,315 Z", 130, 351},
	intake.RegionLowRight:      {"M183,315 V388 H278 C274,364 272,340 274,315 Z", 230, 351},
	intake.RegionSacrum:        {"M150,391 H210 L196,452 H164 Z", 180, 418},
	intake.RegionGluteLeft:     {"M147,391 L161,455 C164,470 170,478 176,482 H84 C78,460 78,420 80,391 Z", 122, 440},
	intake.RegionGluteRight:    {"M213,391 L199,455 C196,470 190,478 184,482 H276 C282,460 282,420 280,391 Z", 238, 440},
	intake.RegionLegLeft:       {"M84,486 H176 V608 H90 Z", 131, 547},
	intake.RegionLegRight:      {"M184,486 H276 L270,608 H184 Z", 229, 547},
}

// silhouette is the outline of a person seen from behind, arms by the sides
// (the head is an ellipse of its own).
const silhouette = "M148,54 L146,92 C124,100 72,102 52,116 C38,126 32,146 30,166 L16,372 " +
	"C14,392 38,396 40,376 L58,214 C68,256 84,300 86,340 C86,372 74,404 76,434 L84,614 H176 L178,486 " +
	"H182 L184,614 H276 L284,434 C286,404 274,372 274,340 C276,300 292,256 302,214 L320,376 " +
	"C322,396 346,392 344,372 L330,166 C328,146 322,126 308,116 C288,102 236,100 214,92 L212,54 Z"

// marks are the signs drawn on a region in each state, so a chosen area
// differs from the others by more than its colour (WCAG 1.4.1).
var marks = map[string]string{"on": "✓", "focus": "✓", "skin": "!", "avoid": "✕", "hurt": "•"}

// BodyMap draws the back view. id is the figure's id, caption its visible
// caption (a legend may follow). state returns a class modifier for a
// region ("" for none; "on", "focus", "hurt", "skin" or "avoid"); label
// returns short text drawn on it (a pain number) or ""; tap, when not nil,
// makes regions tappable.
func BodyMap(id, caption string, state func(intake.Region) string, label func(intake.Region) string, tap func(ctx app.Context, r intake.Region)) app.UI {
	shapes := []app.UI{
		SVG("ellipse").Class("silhouette").Attr("cx", 180).Attr("cy", 30).Attr("rx", 23).Attr("ry", 27),
		SVG("path").Class("silhouette").Attr("d", silhouette),
		SVG("text").Class("side-label").Attr("x", 4).Attr("y", 22).Text(T("bodymap.left")),
		SVG("text").Class("side-label").Attr("x", 356).Attr("y", 22).Attr("text-anchor", "end").Text(T("bodymap.right")),
	}
	for _, r := range intake.Regions {
		r := r
		s := state(r)
		cls := "region"
		if s != "" {
			cls += " region--" + s
		}
		if tap != nil {
			cls += " region--tap"
		}
		shape := SVG("path").Class(cls).Attr("d", areas[r].d).DataSet("region", string(r))
		if tap != nil {
			shape = shape.OnClick(On(func(ctx app.Context, e app.Event) { tap(ctx, r) }), app.EventScope(id+"-"+string(r)))
		}
		shapes = append(shapes, shape, areaText(r, marks[s], label(r)))
	}
	return el.Figure().ID(id).Class("bodymap").Body(
		SVG("svg").Attr("viewBox", "0 0 360 620").Attr("focusable", "false").
			Aria("hidden", "true").Class("bodymap-svg").Body(shapes...),
		el.FigCaption().Class("hint").Text(caption),
	)
}

// areaText is a region's short name (one or two lines, from the catalog:
// "bodymap.short.<region>", a newline between lines) and, under it, the
// state's mark and the label. Taps go through it to the shape.
func areaText(r intake.Region, mark, label string) app.UI {
	a := areas[r]
	lines := strings.Split(T("bodymap.short."+string(r)), "\n")
	n := len(lines)
	if mark != "" || label != "" {
		n++
	}
	const lineH = 15
	y := a.y - (n-1)*lineH/2 + 5
	spans := make([]app.UI, 0, n+1)
	for i, l := range lines {
		spans = append(spans, SVG("tspan").Class("bm-name").Attr("x", a.x).Attr("y", y+i*lineH).Text(l))
	}
	if mark != "" || label != "" {
		line := SVG("tspan").Attr("x", a.x).Attr("y", y+len(lines)*lineH)
		var parts []app.UI
		if mark != "" {
			parts = append(parts, SVG("tspan").Class("bm-mark").Text(mark))
		}
		if label != "" {
			if mark != "" {
				parts = append(parts, app.Text(" "))
			}
			parts = append(parts, SVG("tspan").Class("region-label").Text(label))
		}
		spans = append(spans, line.Body(parts...))
	}
	return SVG("text").Class("bm-text").Attr("text-anchor", "middle").Body(spans...)
}

// PainLabel shows the pain score on each region that has one.
func PainLabel(a *intake.Answers) func(intake.Region) string {
	return func(r intake.Region) string {
		if p, ok := a.Pain[r]; ok && a.HasRegion(r) {
			return strconv.Itoa(p)
		}
		return ""
	}
}

// NoLabel draws no label on any region.
func NoLabel(intake.Region) string { return "" }

// RegionOptions labels every region for a checkbox list.
func RegionOptions() []Option { return Options("region", intake.Regions) }
