package questions

import (
	"kneadform/app/ui/el"
	"strconv"
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/ui/kit"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The functional scale at the intake (issue 14; app/outcome, a
// Patient-Specific Functional Scale style item, Stratford et al. 1995, free
// to use; seed:000 "Measuring Progress"): optional questions under the
// goals, so a client who skips them taps nothing more. One activity name
// shows; its 0–10 rating appears once it is named, and the next name once
// both are given, up to three. Complete pairs are the outcome log's first
// record (outcome.Log.SetIntake), which the journal's later ratings are
// compared with; a name not yet rated stays on the page only.

// psfsDraft is what the client typed on the goals step.
type psfsDraft struct {
	names  [outcome.MaxActivities]string
	scores [outcome.MaxActivities]*int
}

// loadPSFS reads the intake's activities from the device.
func (p *intakePage) loadPSFS() {
	p.psfs = psfsDraft{}
	p.st.Visits.Load()
	for i, a := range p.st.Visits.Log.Intake() {
		if i < outcome.MaxActivities {
			score := a.Score
			p.psfs.names[i], p.psfs.scores[i] = a.Name, &score
		}
	}
}

// savePSFS writes the complete pairs as the log's first record, with the
// intake's worst pain rating.
func (p *intakePage) savePSFS(a *intake.Answers) {
	var acts outcome.PSFS
	for i, name := range p.psfs.names {
		if name = outcome.FitName(name); name != "" && p.psfs.scores[i] != nil {
			acts = append(acts, outcome.Activity{Name: name, Score: *p.psfs.scores[i]})
		}
	}
	v := p.st.Visits
	v.Load()
	if v.Log.SetIntake(acts, worstPain(a), time.Now().Format(outcome.DateLayout)) == nil {
		v.Save()
	}
}

// psfsFields are the optional activity questions of the goals step.
func (p *intakePage) psfsFields(a *intake.Answers) app.UI {
	d := &p.psfs
	rows := []app.UI{
		el.H2().ID("psfs-title").Text(kit.T("step.goals.psfs.title")),
		el.P().Class("hint").Text(kit.T("step.goals.psfs.hint")),
	}
	for i := range d.names {
		if i > 0 && (strings.TrimSpace(d.names[i-1]) == "" || d.scores[i-1] == nil) {
			break
		}
		i, n := i, strconv.Itoa(i+1)
		rows = append(rows, kit.TextInput("psfs-name-"+n, kit.T(dv.KeyPSFSActivity, "n", i+1), "", d.names[i], "",
			outcome.MaxNameLen, "off", func(ctx app.Context, v string) {
				d.names[i] = v
				p.savePSFS(a)
			}))
		if strings.TrimSpace(d.names[i]) == "" {
			continue
		}
		score := ""
		if d.scores[i] != nil {
			score = strconv.Itoa(*d.scores[i])
		}
		rows = append(rows, el.Div().Class("scale").Body(
			kit.Radios("psfs-score-"+n, kit.T(dv.KeyPSFSScore), kit.T(dv.KeyPSFSAnchor0)+". "+kit.T(dv.KeyPSFSAnchor10)+".",
				kit.ScaleOptions(outcome.MaxScore), score, "", func(ctx app.Context, v string) {
					if s, err := strconv.Atoi(v); err == nil {
						d.scores[i] = &s
						p.savePSFS(a)
					}
				})))
	}
	return el.Div().ID("psfs-intake").Class("psfs-intake").Body(rows...)
}

// worstPain is the intake's highest pain rating (nil when none).
func worstPain(a *intake.Answers) *int {
	var worst *int
	for _, n := range a.Pain {
		if worst == nil || n > *worst {
			n := n
			worst = &n
		}
	}
	return worst
}
