package ui

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"kneadform/app/fhir"
	"kneadform/app/handoff"

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
	ctx   app.Context // the page's own: answers from the share sheet and clipboard come back to it
	ready bool
	data  handoffData

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
	guard(ctx, func() {
		if app.IsServer {
			return
		}
		d, ok := clientData()
		if !ok {
			ctx.Navigate("/intake")
			return
		}
		p.release()
		*p = sharePage{Compo: p.Compo, ctx: ctx, data: d, ready: true, webShare: canWebShare()}
		p.prepare()
		ctx.Page().SetTitle(t("handoff.share.title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *sharePage) OnDismount() { p.release() }

// release frees the download links' blobs.
func (p *sharePage) release() {
	scRevokeURL(p.ageURL)
	scRevokeURL(p.fhirURL)
	p.ageURL, p.fhirURL = "", ""
}

// prepare seals the answers and makes the link, QR code and files. A new
// seal each visit: age uses a fresh key for every hand-off.
func (p *sharePage) prepare() {
	d := p.data
	p.text = handoff.Text(d.answers, d.outcome, catalog)
	if d.prefs != nil {
		p.text += "\n" + handoff.PressureText(*d.prefs, d.answers, d.outcome, catalog)
	}
	recipient, err := clinicRecipient()
	if err != nil {
		p.recipientErr = err
		return
	}
	p.sealed, p.sealErr = handoff.Seal(d.payload(), recipient)
	if p.sealErr != nil {
		return
	}
	p.ageURL = scObjectURL(p.sealed, "application/octet-stream")
	if b, err := json.MarshalIndent(fhir.NewResponse(d.answers, catalog), "", "  "); err == nil {
		p.fhirURL = scObjectURL(b, "application/fhir+json")
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
	p.qrSVG = p.qr.SVG(t("handoff.share.qr-label", "clinic", clinicName()))
}

// fileName is the download name of a file made today.
func fileName(ext string) string {
	return "kneadform-answers-" + time.Now().Format("2006-01-02") + ext
}

func (p *sharePage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if !p.ready {
		return page("share", t("loading"))
	}
	private := p.recipientErr == nil && p.sealErr == nil
	lead := t("handoff.share.lead.plain")
	if private {
		lead = t("handoff.share.lead.private", "clinic", clinicName())
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-share").Body(
			app.A().Class("back-link").Href("/summary").Text(t("handoff.back.summary")),
			app.H1().ID("page-heading").TabIndex(-1).Text(t("handoff.share.title")),
			app.P().Class("lead").Text(lead),
			app.If(private, func() app.UI { return p.privateSection() }).
				Else(func() app.UI { return p.unencryptedNotice() }),
			p.showSection(),
			p.textSection(),
			app.If(private, func() app.UI { return p.fhirSection() }),
		),
		footer(),
	)
}

// unencryptedNotice says plainly that without the clinic's key nothing can
// be sent privately.
func (p *sharePage) unencryptedNotice() app.UI {
	msg := handoffErrorText(p.recipientErr)
	if p.recipientErr == nil {
		msg = handoffErrorText(p.sealErr)
	}
	return app.Div().ID("share-unencrypted").Class("notice handoff-warning").Body(
		app.H2().Class("handoff-warning-title").Text(t("handoff.share.unencrypted.title")),
		app.P().Text(msg),
		app.P().Text(t("handoff.share.unencrypted.body")),
	)
}

// privateSection is the QR code, the link and the file.
func (p *sharePage) privateSection() app.UI {
	body := []app.UI{
		app.H2().ID("share-private-title").Text(t("handoff.share.private.title")),
		app.P().Text(t("handoff.share.private.body", "clinic", clinicName())),
	}
	if p.qr != nil {
		body = append(body,
			app.Figure().ID("share-qr").Class("qr").Body(
				app.Div().Class("qr-code").Body(app.Raw(p.qrSVG)),
				app.FigCaption().ID("share-qr-caption").Class("qr-caption").Text(t("handoff.share.qr-caption", "clinic", clinicName())),
			),
			p.linkActions(),
		)
	} else {
		// Too large for a link, or no link can be made here (a page not
		// served over https): the file carries the same answers.
		id, msg := "share-too-large", t("handoff.share.too-large")
		if !isTooLarge(p.linkErr) {
			id, msg = "share-no-link", t("handoff.share.no-link")
		}
		body = append(body, app.Div().ID(id).Class("notice").Role("status").Body(app.P().Text(msg)))
	}
	body = append(body,
		app.Div().Class("actions").Body(
			app.If(p.ageURL != "", func() app.UI {
				return app.A().ID("share-file").Class("button button--secondary").Href(p.ageURL).
					Download(fileName(".age")).Text(t("handoff.share.file"))
			}),
		),
		app.P().Class("hint").Text(t("handoff.share.file.hint", "clinic", clinicName())),
		app.P().ID("share-size").Class("hint handoff-size").Text(p.sizeText()),
	)
	return app.Section().ID("share-private").Class("handoff-section handoff-private").Aria("labelledby", "share-private-title").Body(body...)
}

// sizeText states the hand-off's size: what was sealed, the link, the QR code.
func (p *sharePage) sizeText() string {
	s := t("handoff.share.size.sealed", "bytes", len(p.sealed))
	if p.link != "" {
		s += " " + t("handoff.share.size.link", "chars", len(p.link))
	}
	if p.qr != nil {
		s += " " + t("handoff.share.size.qr", "version", p.qr.Version, "size", p.qr.Size)
	}
	return s
}

// linkActions shares, copies or e-mails the private link.
func (p *sharePage) linkActions() app.UI {
	done := func(ctx app.Context, o shareOutcome) {
		p.linkStatus, p.linkManual = shareStatus(o, "handoff.share.link.")
	}
	mail := "mailto:?subject=" + mailEscape(t("handoff.share.mail-subject")) +
		"&body=" + mailEscape(t("handoff.share.mail-body", "clinic", clinicName(), "link", p.link))
	return app.Div().ID("share-link").Body(
		app.Div().Class("actions").Body(
			app.If(p.webShare, func() app.UI {
				return app.Button().Type("button").ID("share-link-share").Class("button").Text(t("handoff.share.link.share")).
					OnClick(on(func(ctx app.Context, e app.Event) {
						shareOrCopy(p.ctx, map[string]any{"title": t("handoff.share.share-title"), "url": p.link}, p.link, done)
					}), app.EventScope("share-link-share"))
			}),
			app.Button().Type("button").ID("share-link-copy").Class("button button--secondary").Text(t("handoff.share.link.copy")).
				OnClick(on(func(ctx app.Context, e app.Event) { copyText(p.ctx, p.link, done) }), app.EventScope("share-link-copy")),
			// go-app routes link clicks itself and would turn a mailto:
			// with no address into a broken URL: this one is the browser's.
			app.A().ID("share-link-mail").Class("button button--secondary").Href(mail).Text(t("handoff.share.link.mail")).
				OnClick(on(func(ctx app.Context, e app.Event) { e.Call("stopPropagation") }), app.EventScope("share-link-mail")),
		),
		statusRegion("share-link-status", p.linkStatus),
		app.If(p.linkManual, func() app.UI { return manualCopy("share-link-manual", t("handoff.share.link.manual"), p.link) }),
		app.Details().ID("share-link-details").Class("handoff-details").Body(
			app.Summary().Text(t("handoff.share.link.see")),
			app.P().Class("hint").Text(t("handoff.share.link.see-hint")),
			app.Textarea().ID("share-link-text").Class("input handoff-link").ReadOnly(true).Rows(5).
				Aria("label", t("handoff.share.link.label")).Text(p.link),
		),
	)
}

// showSection leads to the therapist summary, to show or print.
func (p *sharePage) showSection() app.UI {
	return app.Section().ID("share-show").Class("handoff-section").Aria("labelledby", "share-show-title").Body(
		app.H2().ID("share-show-title").Text(t("handoff.share.show.title")),
		app.P().Text(t("handoff.share.show.body")),
		app.Div().Class("actions").Body(
			app.A().ID("share-therapist").Class("button button--secondary").Href(pathTherapist).Text(t("handoff.panel.therapist")),
		),
	)
}

// textSection shares or copies the plain-text summary, said to be unencrypted.
func (p *sharePage) textSection() app.UI {
	done := func(ctx app.Context, o shareOutcome) {
		p.textStatus, p.textManual = shareStatus(o, "handoff.share.text.")
	}
	return app.Section().ID("share-text").Class("handoff-section").Aria("labelledby", "share-text-title").Body(
		app.H2().ID("share-text-title").Text(t("handoff.share.text.title")),
		app.P().Text(t("handoff.share.text.body")),
		app.Div().Class("actions").Body(
			app.If(p.webShare, func() app.UI {
				return app.Button().Type("button").ID("share-text-share").Class("button button--secondary").Text(t("handoff.share.text.share")).
					OnClick(on(func(ctx app.Context, e app.Event) {
						shareOrCopy(p.ctx, map[string]any{"title": t("handoff.share.share-title"), "text": p.text}, p.text, done)
					}), app.EventScope("share-text-share"))
			}),
			app.Button().Type("button").ID("share-text-copy").Class("button button--secondary").Text(t("handoff.share.text.copy")).
				OnClick(on(func(ctx app.Context, e app.Event) { copyText(p.ctx, p.text, done) }), app.EventScope("share-text-copy")),
		),
		statusRegion("share-text-status", p.textStatus),
		app.If(p.textManual, func() app.UI { return manualCopy("share-text-manual", t("handoff.share.text.manual"), p.text) }),
	)
}

// fhirSection downloads the answers as a FHIR QuestionnaireResponse.
func (p *sharePage) fhirSection() app.UI {
	if p.fhirURL == "" {
		return nil
	}
	return app.Section().ID("share-fhir").Class("handoff-section").Aria("labelledby", "share-fhir-title").Body(
		app.H2().ID("share-fhir-title").Text(t("handoff.share.fhir.title")),
		app.P().Text(t("handoff.share.fhir.body")),
		app.Div().Class("actions").Body(
			app.A().ID("share-fhir-file").Class("button button--secondary").Href(p.fhirURL).
				Download(fileName(".fhir.json")).Text(t("handoff.share.fhir.download")),
		),
	)
}

// shareStatus words the outcome of a share or copy (prefix + "shared",
// "copied", "refused"); manual is true when the client must copy by hand.
func shareStatus(o shareOutcome, prefix string) (status string, manual bool) {
	switch o {
	case shareDone:
		return t(prefix + "shared"), false
	case shareCopied:
		return t(prefix + "copied"), false
	case shareCancelled:
		return "", false
	}
	return t(prefix + "refused"), true
}

// statusRegion is a polite live region, always in the page so a screen
// reader announces the text when it changes.
func statusRegion(id, text string) app.UI {
	return app.Div().ID(id).Class("handoff-status").Role("status").Aria("live", "polite").Body(
		app.If(text != "", func() app.UI { return app.P().Class("handoff-status-text").Text(text) }),
	)
}

// manualCopy shows text in a read-only box to select and copy by hand.
func manualCopy(id, label, text string) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Class("label").Text(label),
		app.Textarea().ID(id).Class("input handoff-manual").ReadOnly(true).Rows(8).Text(text),
	)
}

// mailEscape escapes s for a mailto: query (spaces as %20, not +).
func mailEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}
