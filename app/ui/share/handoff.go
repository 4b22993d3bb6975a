package share

import (
	"errors"
	"kneadform/app/ui/el"

	"kneadform/app/clinic"
	"kneadform/app/handoff"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	"kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Path is the address of the share page.
const Path = "/share"

// New is the share page (Path) over st's finished intake.
func New(st *store.Store) app.Composer { return &sharePage{st: st} }

// Panel renders, on the summary page, the ways to pass the answers to the
// clinic: a short section whose buttons lead to /share (QR code, private
// link, file, text, FHIR) and /therapist (the summary to show or print).
// The summary page renders it only once the intake is finished.
func Panel() app.UI {
	if app.IsServer {
		return nil
	}
	body := kit.T("handoff.panel.body.plain")
	if _, err := clinicRecipient(); err == nil {
		body = kit.T("handoff.panel.body.private", "clinic", clinicName())
	}
	return el.Section().ID("handoff").Class("panel handoff-panel").Aria("labelledby", "handoff-title").Body(
		el.H2().ID("handoff-title").Text(kit.T("handoff.panel.title")),
		el.P().Text(body),
		el.Div().Class("actions").Body(
			el.A().ID("handoff-share").Class("button").Attr("href", Path).Text(kit.T("handoff.panel.share")),
			el.A().ID("handoff-therapist").Class("button button--secondary").Attr("href", "/therapist").Text(kit.T("handoff.panel.therapist")),
		),
	)
}

// clinicName is the clinic's name, or a neutral "your clinic".
func clinicName() string {
	if clinic.Current.Name != "" {
		return clinic.Current.Name
	}
	return kit.T("handoff.your-clinic")
}

// clinicRecipient returns the clinic's public key from the configuration:
// handoff.ErrNoRecipient when there is none, ErrBadRecipient when it is not
// an age X25519 key.
func clinicRecipient() (string, error) {
	r := clinic.Current.Recipient
	if _, err := handoff.ParseRecipient(r); err != nil {
		return "", err
	}
	return r, nil
}

// errorText is the message for a hand-off error, in the catalog's words.
func handoffErrorText(err error) string {
	if err == nil {
		return ""
	}
	return kit.T(handoff.ErrorKey(err))
}

// isTooLarge reports a hand-off too large for a link or QR code.
func isTooLarge(err error) bool { return errors.Is(err, handoff.ErrTooLarge) }

// payload is the client's finished intake as the hand-off carries it, with
// the outcome of the clinical rules its plain text names.
type payload struct {
	answers *intake.Answers
	prefs   *pressure.Prefs // nil when the client set no pressure
	outcome triage.Outcome
	// Since format version 3 (issue 14): the language the client answered
	// in, the functional scale (each activity's latest and first scores)
	// and the last visit with its latest check-in.
	lang      string
	progress  []outcome.Tracked
	lastVisit *visit.Visit
}

// newPayload gathers what the hand-off carries from the finished intake,
// the pressure choices and the outcome log on the device (st.Visits).
func newPayload(a *intake.Answers, prefs *pressure.Prefs, st *store.Store) payload {
	d := payload{answers: a, prefs: prefs, outcome: triage.Evaluate(a), lang: shell.ClientLanguage()}
	st.Visits.Load()
	d.progress = outcome.Progress(st.Visits.Log.Records)
	if v, ok := st.Visits.Log.LastVisit(); ok {
		d.lastVisit = &v
	}
	return d
}

// payload is what the hand-off carries.
func (d payload) payload() handoff.Payload {
	return handoff.Payload{Answers: *d.answers, Prefs: d.prefs, Lang: d.lang, Progress: d.progress, LastVisit: d.lastVisit}
}
