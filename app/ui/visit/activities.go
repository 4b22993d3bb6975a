package visit

import (
	"kneadform/app/outcome"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// activitiesPage is /visit/activities: the Patient-Specific Functional
// Scale style item (app/outcome; Stratford et al. 1995, free to use): up to
// three activities the back makes hard, each rated 0 to 10. The first save
// is the intake's record (with the intake's worst pain rating); later ones
// are today's, so the summary and journal show the change since the first.
type activitiesPage struct {
	app.Compo
	st    *store.Store
	s     state
	names [outcome.MaxActivities]string
	score [outcome.MaxActivities]*int
	saved bool
}

// NewActivities is the /visit/activities page over st.
func NewActivities(st *store.Store) app.Composer { return &activitiesPage{st: st} }

func (p *activitiesPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.s = load(p.st)
		p.saved = false
		if !p.s.ok {
			if app.IsClient {
				ctx.Navigate("/intake")
			}
			return
		}
		p.names, p.score = [outcome.MaxActivities]string{}, [outcome.MaxActivities]*int{}
		if n := len(p.st.Visits.Log.Records); n > 0 {
			for i, a := range p.st.Visits.Log.Records[n-1].Activities {
				if i < outcome.MaxActivities {
					p.names[i] = a.Name // the same activities again, rated afresh
				}
			}
		}
		shell.Step("visit-activities")
		ctx.Page().SetTitle(kit.T(dv.KeyPSFSTitle) + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *activitiesPage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.s.ok, "visit-activities").Render(p.main)
}

func (p *activitiesPage) main() app.UI {
	fields := []app.UI{}
	for i := range p.names {
		i := i
		n := i + 1
		fields = append(fields,
			kit.TextInput("psfs-name-"+itoa(n), kit.T(dv.KeyPSFSActivity, "n", n), "", p.names[i], "", outcome.MaxNameLen, "off",
				func(ctx app.Context, v string) { p.names[i] = v }),
			scale("psfs-score-"+itoa(n), kit.T(dv.KeyPSFSScore), kit.T(dv.KeyPSFSAnchor0)+". "+kit.T(dv.KeyPSFSAnchor10)+".",
				p.score[i], func(v *int) { p.score[i] = v }),
		)
	}
	return kit.NewScreen("page page-visit-activities").Back("/summary", kit.T("visitui.back")).
		Heading(kit.T(dv.KeyPSFSTitle)).Lead(kit.T(dv.KeyPSFSIntro)).Render(
		app.If(p.saved, func() app.UI { return kit.StatusRegion("psfs-saved", kit.T("visitui.psfs.saved")) }),
		kit.StepForm("psfs-form", kit.T("visitui.checkin.save"), p.save, el.Div().Body(fields...)),
		changeView(p.st),
	)
}

// save records today's ratings: the named activities with a score (an
// activity named but not rated is left out).
func (p *activitiesPage) save(ctx app.Context) {
	var acts outcome.PSFS
	for i, name := range p.names {
		if name = outcome.FitName(name); name != "" && p.score[i] != nil { // a box counts characters, the scale bytes
			acts = append(acts, outcome.Activity{Name: name, Score: *p.score[i]})
		}
	}
	acts, _ = acts.Clean() // a name given twice keeps its first rating, not lose them all
	v := p.st.Visits
	v.Load()
	r := outcome.Record{Date: today(), Activities: acts}
	if len(v.Log.Records) == 0 {
		r.Pain = worstPain(p.s) // the first record is the intake's
	} else if last := v.Log.Records[len(v.Log.Records)-1]; last.Date == r.Date {
		r.Pain = last.Pain // keep today's pain rating
	}
	if v.Log.Add(r) == nil {
		v.Save()
		p.saved = true
	}
}

// worstPain is the intake's highest pain rating (nil when none).
func worstPain(s state) *int {
	var worst *int
	for _, n := range s.answers.Pain {
		if worst == nil || n > *worst {
			n := n
			worst = &n
		}
	}
	return worst
}

func itoa(n int) string { return intText(&n) }
