package share

import (
	"kneadform/app/ui/el"
	"net/url"
	"strings"

	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// unencryptedNotice says plainly that without the clinic's key nothing can
// be sent privately.
func (p *sharePage) unencryptedNotice() app.UI {
	msg := handoffErrorText(p.recipientErr)
	if p.recipientErr == nil {
		msg = handoffErrorText(p.sealErr)
	}
	return el.Div().ID("share-unencrypted").Class("notice handoff-warning").Body(
		el.H2().Class("handoff-warning-title").Text(kit.T("handoff.share.unencrypted.title")),
		el.P().Text(msg),
		el.P().Text(kit.T("handoff.share.unencrypted.body")),
	)
}

// privateSection is the QR code, the link and the file.
func (p *sharePage) privateSection() app.UI {
	body := []app.UI{
		el.H2().ID("share-private-title").Text(kit.T("handoff.share.private.title")),
		el.P().Text(kit.T("handoff.share.private.body", "clinic", clinicName())),
	}
	if p.qr != nil {
		body = append(body,
			el.Figure().ID("share-qr").Class("qr").Body(
				el.Div().Class("qr-code").Body(app.Raw(p.qrSVG)),
				el.FigCaption().ID("share-qr-caption").Class("qr-caption").Text(kit.T("handoff.share.qr-caption", "clinic", clinicName())),
			),
			p.linkActions(),
		)
	} else {
		// Too large for a link, or no link can be made here (a page not
		// served over https): the file carries the same answers.
		id, msg := "share-too-large", kit.T("handoff.share.too-large")
		if !isTooLarge(p.linkErr) {
			id, msg = "share-no-link", kit.T("handoff.share.no-link")
		}
		body = append(body, el.Div().ID(id).Class("notice").Role("status").Body(el.P().Text(msg)))
	}
	body = append(body,
		el.Div().Class("actions").Body(
			app.If(p.ageURL != "", func() app.UI {
				return el.A().ID("share-file").Class("button button--secondary").Attr("href", p.ageURL).
					Attr("download", fileName(".age")).Text(kit.T("handoff.share.file"))
			}),
		),
		el.P().Class("hint").Text(kit.T("handoff.share.file.hint", "clinic", clinicName())),
		// Bytes and QR versions are for the curious, not for every client.
		el.Details().ID("share-size-details").Class("handoff-details").Body(
			el.Summary().Text(kit.T("handoff.share.details")),
			el.P().ID("share-size").Class("hint handoff-size").Text(p.sizeText()),
		),
	)
	return el.Section().ID("share-private").Class("handoff-section handoff-private").Aria("labelledby", "share-private-title").Body(body...)
}

// sizeText states the hand-off's size: what was sealed, the link, the QR code.
func (p *sharePage) sizeText() string {
	s := kit.T("handoff.share.size.sealed", "bytes", len(p.sealed))
	if p.link != "" {
		s += " " + kit.T("handoff.share.size.link", "chars", len(p.link))
	}
	if p.qr != nil {
		s += " " + kit.T("handoff.share.size.qr", "version", p.qr.Version, "size", p.qr.Size)
	}
	return s
}

// linkActions shares, copies or e-mails the private link.
func (p *sharePage) linkActions() app.UI {
	done := func(ctx app.Context, o shareOutcome) {
		p.linkStatus, p.linkManual = shareStatus(o, "handoff.share.link.")
	}
	mail := "mailto:?subject=" + mailEscape(kit.T("handoff.share.mail-subject")) +
		"&body=" + mailEscape(kit.T("handoff.share.mail-body", "clinic", clinicName(), "link", p.link))
	return el.Div().ID("share-link").Body(
		el.Div().Class("actions").Body(
			app.If(p.webShare, func() app.UI {
				return el.Button().Attr("type", "button").ID("share-link-share").Class("button").Text(kit.T("handoff.share.link.share")).
					OnClick(kit.On(func(ctx app.Context, e app.Event) {
						shareOrCopy(p.ctx, map[string]any{"title": kit.T("handoff.share.share-title"), "url": p.link}, p.link, done)
					}), app.EventScope("share-link-share"))
			}),
			el.Button().Attr("type", "button").ID("share-link-copy").Class("button button--secondary").Text(kit.T("handoff.share.link.copy")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) { copyText(p.ctx, p.link, done) }), app.EventScope("share-link-copy")),
			// A mailto: link is the browser's (the mail app): go-app's
			// router, which would turn one with no address into a broken
			// URL, never sees its click (kit.PreventNativeLinks).
			el.A().ID("share-link-mail").Class("button button--secondary").Attr("href", mail).Text(kit.T("handoff.share.link.mail")),
		),
		kit.StatusRegion("share-link-status", p.linkStatus),
		app.If(p.linkManual, func() app.UI { return manualCopy("share-link-manual", kit.T("handoff.share.link.manual"), p.link) }),
		el.Details().ID("share-link-details").Class("handoff-details").Body(
			el.Summary().Text(kit.T("handoff.share.link.see")),
			el.P().Class("hint").Text(kit.T("handoff.share.link.see-hint")),
			el.Textarea().ID("share-link-text").Class("input handoff-link").Attr("readonly", true).Attr("rows", 5).
				Aria("label", kit.T("handoff.share.link.label")).Text(p.link),
		),
	)
}

// showSection leads to the therapist summary, to show or print.
func (p *sharePage) showSection() app.UI {
	return el.Section().ID("share-show").Class("handoff-section").Aria("labelledby", "share-show-title").Body(
		el.H2().ID("share-show-title").Text(kit.T("handoff.share.show.title")),
		el.P().Text(kit.T("handoff.share.show.body")),
		el.Div().Class("actions").Body(
			el.A().ID("share-therapist").Class("button button--secondary").Attr("href", "/therapist").Text(kit.T("handoff.panel.therapist")),
		),
	)
}

// textSection shares or copies the plain-text summary, said to be unencrypted.
func (p *sharePage) textSection() app.UI {
	done := func(ctx app.Context, o shareOutcome) {
		p.textStatus, p.textManual = shareStatus(o, "handoff.share.text.")
	}
	return el.Section().ID("share-text").Class("handoff-section").Aria("labelledby", "share-text-title").Body(
		el.H2().ID("share-text-title").Text(kit.T("handoff.share.text.title")),
		el.P().Text(kit.T("handoff.share.text.body")),
		el.Div().Class("actions").Body(
			app.If(p.webShare, func() app.UI {
				return el.Button().Attr("type", "button").ID("share-text-share").Class("button button--secondary").Text(kit.T("handoff.share.text.share")).
					OnClick(kit.On(func(ctx app.Context, e app.Event) {
						shareOrCopy(p.ctx, map[string]any{"title": kit.T("handoff.share.share-title"), "text": p.text}, p.text, done)
					}), app.EventScope("share-text-share"))
			}),
			el.Button().Attr("type", "button").ID("share-text-copy").Class("button button--secondary").Text(kit.T("handoff.share.text.copy")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) { copyText(p.ctx, p.text, done) }), app.EventScope("share-text-copy")),
		),
		kit.StatusRegion("share-text-status", p.textStatus),
		app.If(p.textManual, func() app.UI { return manualCopy("share-text-manual", kit.T("handoff.share.text.manual"), p.text) }),
	)
}

// fhirSection downloads the answers as a FHIR QuestionnaireResponse.
func (p *sharePage) fhirSection() app.UI {
	if p.fhirURL == "" {
		return nil
	}
	return el.Section().ID("share-fhir").Class("handoff-section").Aria("labelledby", "share-fhir-title").Body(
		el.H2().ID("share-fhir-title").Text(kit.T("handoff.share.fhir.title")),
		el.P().Text(kit.T("handoff.share.fhir.body")),
		el.Div().Class("actions").Body(
			el.A().ID("share-fhir-file").Class("button button--secondary").Attr("href", p.fhirURL).
				Attr("download", fileName(".fhir.json")).Text(kit.T("handoff.share.fhir.download")),
		),
	)
}

// shareStatus words the outcome of a share or copy (prefix + "shared",
// "copied", "refused"); manual is true when the client must copy by hand.
func shareStatus(o shareOutcome, prefix string) (status string, manual bool) {
	switch o {
	case shareDone:
		return kit.T(prefix + "shared"), false
	case shareCopied:
		return kit.T(prefix + "copied"), false
	case shareCancelled:
		return "", false
	}
	return kit.T(prefix + "refused"), true
}

// manualCopy shows text in a read-only box to select and copy by hand.
func manualCopy(id, label, text string) app.UI {
	return el.Div().Class("field").Body(
		el.Label().Attr("for", id).Class("label").Text(label),
		el.Textarea().ID(id).Class("input handoff-manual").Attr("readonly", true).Attr("rows", 8).Text(text),
	)
}

// mailEscape escapes s for a mailto: query (spaces as %20, not +).
func mailEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}
