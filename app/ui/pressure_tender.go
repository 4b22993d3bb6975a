package ui

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen 5: tender spots (optional). The client ticks any region that is
// tender, chosen on the body map or not, and may say where exactly. The
// therapist asks before pressing there.

// tenderSpotsField is the id of the tick list. Not pressure.FieldTender
// ("tender"): the list's inputs are named "<field>-<region>", which would
// clash with the notes' ids (pressure.TenderField, "tender-<region>").
// validate reports pressure.FieldTender under this id.
const tenderSpotsField = "tender-spots"

func (p *pressurePage) tenderScreen() app.UI {
	e := toErrs(p.errors)
	marked := func(r intake.Region) bool { _, ok := pstore.prefs.TenderAt(r); return ok }
	toggle := func(ctx app.Context, v string) {
		r := intake.Region(v)
		if !r.Valid() {
			return
		}
		if marked(r) {
			kept := pstore.prefs.Tender[:0:0]
			for _, s := range pstore.prefs.Tender {
				if s.Region != r {
					kept = append(kept, s)
				}
			}
			pstore.prefs.Tender = kept
		} else {
			pstore.prefs.Tender = append(pstore.prefs.Tender, pressure.TenderSpot{Region: r})
		}
		p.changed()
	}
	notes := []app.UI{}
	for _, r := range intake.Regions {
		spot, ok := pstore.prefs.TenderAt(r)
		if !ok {
			continue
		}
		field := pressure.TenderField(r)
		notes = append(notes, textInput(field, t("pressure.walk.tender.note", "region", t(r.MsgKey())),
			t("pressure.walk.tender.note.hint"), spot.Note, e[field], pressure.MaxNoteLen, "off",
			func(ctx app.Context, v string) {
				for i := range pstore.prefs.Tender {
					if pstore.prefs.Tender[i].Region == r {
						pstore.prefs.Tender[i].Note = v
					}
				}
				p.changed()
			}))
	}
	return app.Div().Body(
		app.P().Class("lead").Text(t("pressure.walk.tender.lead")),
		checks(tenderSpotsField, t("pressure.walk.tender.legend"), t("pressure.walk.tender.hint"), regionOptions(),
			func(v string) bool { return marked(intake.Region(v)) }, e[tenderSpotsField], toggle),
		app.If(len(notes) > 0, func() app.UI {
			return app.Div().ID("tender-notes").Class("conditional").Body(notes...)
		}),
	)
}
