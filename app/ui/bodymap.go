package ui

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
	intake.RegionLegLeft:       {56, 308, 38, 112, 14},
	intake.RegionLegRight:      {106, 308, 38, 112, 14},
}

func svgEl(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

func (b box) rect(class string) app.HTMLElem {
	return svgEl("rect").Class(class).
		Attr("x", b.x).Attr("y", b.y).Attr("width", b.w).Attr("height", b.h).Attr("rx", b.rx)
}

// bodyMap draws the back view. state returns a class modifier for a region
// ("" for none, e.g. "on", "skin", "avoid"); label returns short text drawn
// on it (a pain number) or ""; tap, when not nil, makes regions tappable.
func bodyMap(id, caption string, state func(intake.Region) string, label func(intake.Region) string, tap func(ctx app.Context, r intake.Region)) app.UI {
	shapes := []app.UI{
		svgEl("circle").Class("silhouette").Attr("cx", 100).Attr("cy", 26).Attr("r", 21),
		box{18, 80, 20, 150, 10}.rect("silhouette"),
		box{162, 80, 20, 150, 10}.rect("silhouette"),
		box{36, 66, 128, 244, 26}.rect("silhouette"),
		box{52, 300, 96, 124, 16}.rect("silhouette"),
	}
	for _, r := range intake.Regions {
		r := r
		cls := "region"
		if s := state(r); s != "" {
			cls += " region--" + s
		}
		shape := regionShapes[r].rect(cls).DataSet("region", string(r))
		if tap != nil {
			shape = shape.OnClick(on(func(ctx app.Context, e app.Event) { tap(ctx, r) }))
		}
		shapes = append(shapes, shape)
		if l := label(r); l != "" {
			b := regionShapes[r]
			shapes = append(shapes, svgEl("text").Class("region-label").
				Attr("x", b.x+b.w/2).Attr("y", b.y+b.h/2+6).Attr("text-anchor", "middle").Text(l))
		}
	}
	shapes = append(shapes,
		svgEl("text").Class("side-label").Attr("x", 22).Attr("y", 424).Text(t("bodymap.left")),
		svgEl("text").Class("side-label").Attr("x", 178).Attr("y", 424).Attr("text-anchor", "end").Text(t("bodymap.right")),
	)
	return app.Figure().ID(id).Class("bodymap").Body(
		svgEl("svg").Attr("viewBox", "0 0 200 430").Attr("focusable", "false").
			Aria("hidden", "true").Class("bodymap-svg").Body(shapes...),
		app.FigCaption().Class("hint").Text(caption),
	)
}

// painLabel shows the pain score on each region that has one.
func painLabel(a *intake.Answers) func(intake.Region) string {
	return func(r intake.Region) string {
		if p, ok := a.Pain[r]; ok && a.HasRegion(r) {
			return strconv.Itoa(p)
		}
		return ""
	}
}

func noLabel(intake.Region) string { return "" }

// regionOptions labels every region for a checkbox list.
func regionOptions() []option { return options("region", intake.Regions) }
