package ui

import (
	"errors"

	"kneadform/app/clinic"
	"kneadform/app/handoff"
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The hand-off to the clinic (issue 7) lives in this file and its siblings:
//
//	handoff.go         routes, the summary page's "Share with your clinic" panel, the client's payload
//	handoff_share.go   /share: QR code, private link, .age file, plain text, FHIR download
//	handoff_browser.go browser glue: Web Share, clipboard, print, file reading, the URL fragment
//	therapist.go       /therapist: the one-screen therapist summary (also shown by clinic mode), large text, print
//	clinicmode.go      /open: clinic mode, where a scanned link opens with the clinic's key
//
// Nothing here sends anything anywhere: the answers are sealed on the phone
// to the clinic's public key (handoff.Seal) and leave it only when the
// client shares them; clinic mode reads the ciphertext from the URL
// fragment, which browsers never send to a server.

// Paths of the hand-off screens.
const (
	pathShare     = "/share"
	pathTherapist = "/therapist"
	pathOpen      = handoff.OpenPath // "/open": the page a hand-off link opens
)

// registerHandoff adds the hand-off routes to the table, and their pages to
// Paths so the static build prerenders them (a scanned link must open on a
// plain file server the clinic device has never visited).
func registerHandoff() {
	app.Route(pathShare, func() app.Composer { return &sharePage{} })
	app.Route(pathTherapist, func() app.Composer { return &therapistPage{} })
	app.Route(pathOpen, func() app.Composer { return &clinicPage{} })
	for _, p := range []string{pathShare, pathTherapist, pathOpen} {
		known := false
		for _, q := range Paths {
			known = known || q == p
		}
		if !known {
			Paths = append(Paths, p)
		}
	}
}

// handoffPanel renders, on the summary page, the ways to pass the answers
// to the clinic: a short section whose buttons lead to /share (QR code,
// private link, file, text, FHIR) and /therapist (the summary to show or
// print). The summary page renders it only once the intake is finished.
func handoffPanel() app.UI {
	if app.IsServer {
		return nil
	}
	body := t("handoff.panel.body.plain")
	if _, err := clinicRecipient(); err == nil {
		body = t("handoff.panel.body.private", "clinic", clinicName())
	}
	return app.Section().ID("handoff").Class("panel handoff-panel").Aria("labelledby", "handoff-title").Body(
		app.H2().ID("handoff-title").Text(t("handoff.panel.title")),
		app.P().Text(body),
		app.Div().Class("actions").Body(
			app.A().ID("handoff-share").Class("button").Href(pathShare).Text(t("handoff.panel.share")),
			app.A().ID("handoff-therapist").Class("button button--secondary").Href(pathTherapist).Text(t("handoff.panel.therapist")),
		),
	)
}

// clinicName is the clinic's name, or a neutral "your clinic".
func clinicName() string {
	if clinic.Current.Name != "" {
		return clinic.Current.Name
	}
	return t("handoff.your-clinic")
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

// handoffData is what the therapist summary shows: the answers, the
// pressure choices (nil when the client set none) and the outcome of the
// clinical rules, run again on the answers wherever they are shown.
type handoffData struct {
	answers *intake.Answers
	prefs   *pressure.Prefs
	outcome triage.Outcome
}

func newHandoffData(a *intake.Answers, prefs *pressure.Prefs) handoffData {
	return handoffData{answers: a, prefs: prefs, outcome: triage.Evaluate(a)}
}

// clientData reads the client's finished intake and pressure choices from
// the device. ok is false while the intake is not finished.
func clientData() (d handoffData, ok bool) {
	a := sess.answers()
	if !sess.draft.Done {
		return handoffData{}, false
	}
	var prefs *pressure.Prefs
	pstore.load()
	if pstore.saved {
		p := pstore.prefs
		prefs = &p
	}
	return newHandoffData(a, prefs), true
}

// payload is what the hand-off carries.
func (d handoffData) payload() handoff.Payload {
	return handoff.Payload{Answers: *d.answers, Prefs: d.prefs}
}

// errorText is the message for a hand-off error, in the catalog's words.
func handoffErrorText(err error) string {
	if err == nil {
		return ""
	}
	return t(handoff.ErrorKey(err))
}

// isTooLarge reports a hand-off too large for a link or QR code.
func isTooLarge(err error) bool { return errors.Is(err, handoff.ErrTooLarge) }
