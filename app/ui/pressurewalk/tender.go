package pressurewalk

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

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
	e := kit.ToErrs(p.errors)
	marked := func(r intake.Region) bool { _, ok := p.st.Pressure.Prefs.TenderAt(r); return ok }
	toggle := func(ctx app.Context, v string) {
		r := intake.Region(v)
		if !r.Valid() {
			return
		}
		if marked(r) {
			kept := p.st.Pressure.Prefs.Tender[:0:0]
			for _, s := range p.st.Pressure.Prefs.Tender {
				if s.Region != r {
					kept = append(kept, s)
				}
			}
			p.st.Pressure.Prefs.Tender = kept
		} else {
			p.st.Pressure.Prefs.Tender = append(p.st.Pressure.Prefs.Tender, pressure.TenderSpot{Region: r})
		}
		p.changed()
	}
	notes := []app.UI{}
	for _, r := range intake.Regions {
		spot, ok := p.st.Pressure.Prefs.TenderAt(r)
		if !ok {
			continue
		}
		field := pressure.TenderField(r)
		notes = append(notes, kit.TextInput(field, kit.T("pressure.walk.tender.note", "region", kit.T(r.MsgKey())),
			kit.T("pressure.walk.tender.note.hint"), spot.Note, e[field], pressure.MaxNoteLen, "off",
			func(ctx app.Context, v string) {
				for i := range p.st.Pressure.Prefs.Tender {
					if p.st.Pressure.Prefs.Tender[i].Region == r {
						p.st.Pressure.Prefs.Tender[i].Note = v
					}
				}
				p.changed()
			}))
	}
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.tender.lead")),
		kit.Checks(tenderSpotsField, kit.T("pressure.walk.tender.legend"), kit.T("pressure.walk.tender.hint"), kit.RegionOptions(),
			func(v string) bool { return marked(intake.Region(v)) }, e[tenderSpotsField], toggle),
		app.If(len(notes) > 0, func() app.UI {
			return el.Div().ID("tender-notes").Class("conditional").Body(notes...)
		}),
	)
}
