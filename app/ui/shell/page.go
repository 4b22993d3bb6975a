package shell

import (
	"fmt"

	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page wraps a client page's constructor for the route table: the page
// speaks the client's language, and when the client picks another one
// (SwitchLanguage) go-app builds it again from scratch, every nested
// component included, instead of patching the old one in place.
func Page(page func() app.Composer) func() app.Composer {
	return func() app.Composer {
		lang := clientLang
		if !app.IsClient {
			// The server prerenders in the clinic's language: the first
			// paint, before the wasm picks the client's.
			lang = ClinicLanguage()
		}
		return &langPage{lang: lang, page: page()}
	}
}

// ClinicPage wraps a therapist page's constructor (the therapist summary,
// clinic mode): it speaks the clinic's language whatever the client chose,
// and shows no language picker.
func ClinicPage(page func() app.Composer) func() app.Composer {
	return func() app.Composer { return &langPage{lang: ClinicLanguage(), clinic: true, page: page()} }
}

// onClinicSide is true while a ClinicPage shows (the banner hides the
// client's language picker there).
var onClinicSide bool

// langPage is the root component of every route: it renders its page in
// its language. Its identity (CompoID) is the language and the page's
// type, so go-app replaces it, rather than updating it, when either
// changes; a page of the same type in the same language is updated as
// before (an intake step to the next).
type langPage struct {
	app.Compo
	lang   string
	clinic bool
	page   app.Composer
}

// CompoID is go-app's DismountEnforcer: a new identity means a new page.
func (p *langPage) CompoID() string { return fmt.Sprintf("%s %T", p.lang, p.page) }

// OnMount takes off the marker a language switch put in the address,
// which changes nothing the page shows.
func (p *langPage) OnMount(ctx app.Context) { dropLangMarker(); kit.Unchanged(ctx) }

// OnNav takes off the marker showAgain put there (the page is updated,
// not mounted again). The page inside renders what its own OnNav changes.
func (p *langPage) OnNav(ctx app.Context) { dropLangMarker(); kit.Unchanged(ctx) }

// Render speaks this page's language, then shows the page.
func (p *langPage) Render() app.UI {
	onClinicSide = p.clinic
	speak(p.lang) // on the server: the catalog only
	return p.page
}
