package share

import (
	"encoding/json"
	"time"

	"kneadform/app/fhir"
	"kneadform/app/handoff"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sharePage (/share) offers every way to pass the finished answers to the
// clinic. With the clinic's public key configured: a QR code of a private
// link (the answers sealed to the clinic's key, only in the URL fragment),
// the same link to share, copy or e-mail, and a .age file. Always: the
// therapist summary to show or print, and the plain text (said plainly to be
// unencrypted). With the key: a FHIR file for clinic systems.
type sharePage struct {
	app.Compo
	st    *store.Store // the client's state (app/ui/store)
	ctx   app.Context  // the page's own: answers from the share sheet and clipboard come back to it
	ready bool
	data  payload

	recipientErr error  // ErrNoRecipient or ErrBadRecipient: no encrypted sharing
	sealErr      error  // sealing failed (should not happen)
	sealed       []byte // the age ciphertext
	link         string // the private link ("" when too large)
	linkErr      error  // why there is no link (ErrTooLarge)
	qr           *handoff.QR
	qrSVG        string
	ageURL       string // blob: URL of the .age file
	fhirURL      string // blob: URL of the FHIR QuestionnaireResponse
	text         string // the plain-text summary
	webShare     bool   // navigator.share exists

	linkStatus, textStatus string // what the last share or copy did (a polite live region)
	linkManual, textManual bool   // copying failed: show the text to copy by hand
}

func (p *sharePage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		if app.IsServer {
			return
		}
		a, prefs, ok := p.st.Finished()
		if !ok {
			ctx.Navigate("/intake")
			return
		}
		p.release()
		*p = sharePage{Compo: p.Compo, st: p.st, ctx: ctx, data: newPayload(a, prefs, p.st), ready: true, webShare: canWebShare()}
		p.prepare()
		ctx.Page().SetTitle(kit.T("handoff.share.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *sharePage) OnDismount() { p.release() }

// release frees the download links' blobs.
func (p *sharePage) release() {
	kit.RevokeURL(p.ageURL)
	kit.RevokeURL(p.fhirURL)
	p.ageURL, p.fhirURL = "", ""
}

// prepare seals the answers and makes the link, QR code and files. A new
// seal each visit: age uses a fresh key for every hand-off.
func (p *sharePage) prepare() {
	d := p.data
	p.text = handoff.PayloadText(d.payload(), d.outcome, kit.Catalog())
	recipient, err := clinicRecipient()
	if err != nil {
		p.recipientErr = err
		return
	}
	p.sealed, p.sealErr = handoff.Seal(d.payload(), recipient)
	if p.sealErr != nil {
		return
	}
	p.ageURL = kit.ObjectURL(p.sealed, "application/octet-stream")
	if b, err := json.MarshalIndent(fhir.NewResponseWith(d.answers, fhirExtra(p.st), kit.Catalog()), "", "  "); err == nil {
		p.fhirURL = kit.ObjectURL(b, "application/fhir+json")
	}
	p.link, p.linkErr = handoff.Link(appBase(), p.sealed)
	if p.linkErr != nil {
		p.link = ""
		return
	}
	p.qr, err = handoff.NewQR(p.link)
	if err != nil {
		p.qr, p.linkErr = nil, err
		return
	}
	p.qrSVG = p.qr.SVG(kit.T("handoff.share.qr-label", "clinic", clinicName()))
}

// fileName is the download name of a file made today.
func fileName(ext string) string {
	return "kneadform-answers-" + time.Now().Format("2006-01-02") + ext
}

func (p *sharePage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.ready, "share").Render(p.main)
}

// main: the private ways (QR code, link, file) when the clinic has a key,
// else why not; the therapist summary; the plain text; the FHIR file.
func (p *sharePage) main() app.UI {
	private := p.recipientErr == nil && p.sealErr == nil
	lead := kit.T("handoff.share.lead.plain")
	if private {
		lead = kit.T("handoff.share.lead.private", "clinic", clinicName())
	}
	return kit.NewScreen("page page-share").Back("/summary", kit.T("handoff.back.summary")).
		Heading(kit.T("handoff.share.title")).Lead(lead).Render(
		app.If(private, func() app.UI { return p.privateSection() }).
			Else(func() app.UI { return p.unencryptedNotice() }),
		p.showSection(),
		p.textSection(),
		app.If(private, func() app.UI { return p.fhirSection() }),
	)
}

// fhirExtra is what the FHIR download adds to the answers: the latest
// functional scale and the last visit's latest check-in, from the device.
func fhirExtra(st *store.Store) fhir.Extra {
	var x fhir.Extra
	st.Visits.Load()
	if n := len(st.Visits.Log.Records); n > 0 {
		for i := n - 1; i >= 0 && x.PSFS == nil; i-- {
			x.PSFS = st.Visits.Log.Records[i].Activities
		}
	}
	if v, ok := st.Visits.Log.LastVisit(); ok {
		if c, ok := v.Latest(); ok {
			x.CheckIn = &c
		}
	}
	return x
}
