package kit

import (
	"strconv"

	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The body map is a back view: the client's left is on the left of the
// drawing. It is a pointer shortcut only: the same choice is always offered
// as a checkbox list right under it (WCAG 2.5.7 and 2.1.1), so the drawing
// is hidden from assistive technology and never takes keyboard focus.

const svgNS = "http://www.w3.org/2000/svg"

type box struct{ x, y, w, h, rx int }

// regionShapes places each region on a 200×430 canvas.
var regionShapes = map[intake.Region]box{
	intake.RegionNeck:          {86, 50, 28, 20, 6},
	intake.RegionShoulderLeft:  {40, 72, 56, 36, 12},
	intake.RegionShoulderRight: {104, 72, 56, 36, 12},
	intake.RegionBetweenBlades: {72, 110, 56, 46, 10},
	intake.RegionMidLeft:       {54, 158, 44, 46, 10},
	intake.RegionMidRight:      {102, 158, 44, 46, 10},
	intake.RegionLowLeft:       {56, 206, 42, 42, 10},
	intake.RegionLowRight:      {102, 206, 42, 42, 10},
	intake.RegionSacrum:        {84, 250, 32, 34, 8},
	intake.RegionGluteLeft:     {52, 250, 30, 54, 12},
	intake.RegionGluteRight:    {118, 250, 30, 54, 12},
	intake.RegionLegLeft:       {58, 310, 34, 104, 14},
	intake.RegionLegRight:      {108, 310, 34, 104, 14},
}

// silhouette is the outline of a person seen from behind, arms by the sides.
const silhouette = "M100,46 C108,46 112,52 112,60 C130,62 150,64 160,76 C168,86 170,100 170,112 " +
	"L176,220 C177,232 166,234 164,222 L156,130 C152,160 146,190 144,226 C150,250 152,270 150,300 " +
	"L146,422 L106,422 L101,318 L99,318 L94,422 L54,422 L50,300 C48,270 50,250 56,226 " +
	"C54,190 48,160 44,130 L36,222 C34,234 23,232 24,220 L30,112 C30,100 32,86 40,76 " +
	"C50,64 70,62 88,60 C88,52 92,46 100,46 Z"

func (b box) rect(class string) app.HTMLElem {
	return SVG("rect").Class(class).
		Attr("x", b.x).Attr("y", b.y).Attr("width", b.w).Attr("height", b.h).Attr("rx", b.rx)
}

// bodyMap draws the back view. state returns a class modifier for a region
// ("" for none, e.g. "on", "skin", "avoid"); label returns short text drawn
// on it (a pain number) or ""; tap, when not nil, makes regions tappable.
func BodyMap(id, caption string, state func(intake.Region) string, label func(intake.Region) string, tap func(ctx app.Context, r intake.Region)) app.UI {
	shapes := []app.UI{
		SVG("ellipse").Class("silhouette").Attr("cx", 100).Attr("cy", 27).Attr("rx", 19).Attr("ry", 23),
		SVG("path").Class("silhouette").Attr("d", silhouette),
	}
	for _, r := range intake.Regions {
		r := r
		cls := "region"
		if s := state(r); s != "" {
			cls += " region--" + s
		}
		shape := regionShapes[r].rect(cls).DataSet("region", string(r))
		if tap != nil {
			shape = shape.OnClick(On(func(ctx app.Context, e app.Event) { tap(ctx, r) }), app.EventScope(id+"-"+string(r)))
		}
		shapes = append(shapes, shape)
		if l := label(r); l != "" {
			b := regionShapes[r]
			shapes = append(shapes, SVG("text").Class("region-label").
				Attr("x", b.x+b.w/2).Attr("y", b.y+b.h/2+6).Attr("text-anchor", "middle").Text(l))
		}
	}
	shapes = append(shapes,
		SVG("text").Class("side-label").Attr("x", 4).Attr("y", 300).Text(T("bodymap.left")),
		SVG("text").Class("side-label").Attr("x", 196).Attr("y", 300).Attr("text-anchor", "end").Text(T("bodymap.right")),
	)
	return app.Figure().ID(id).Class("bodymap").Body(
		SVG("svg").Attr("viewBox", "0 0 200 430").Attr("focusable", "false").
			Aria("hidden", "true").Class("bodymap-svg").Body(shapes...),
		app.FigCaption().Class("hint").Text(caption),
	)
}

// painLabel shows the pain score on each region that has one.
func PainLabel(a *intake.Answers) func(intake.Region) string {
	return func(r intake.Region) string {
		if p, ok := a.Pain[r]; ok && a.HasRegion(r) {
			return strconv.Itoa(p)
		}
		return ""
	}
}

func NoLabel(intake.Region) string { return "" }

// regionOptions labels every region for a checkbox list.
func RegionOptions() []Option { return Options("region", intake.Regions) }
