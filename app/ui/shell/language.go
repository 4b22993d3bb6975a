package shell

import (
	"kneadform/app/ui/el"
	"net/url"
	"strings"

	"kneadform/app/clinic"
	"kneadform/app/i18n"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// langKey is where the client's choice of language is remembered on the
// device (localStorage, through kit's storage functions).
const langKey = "kneadform.lang"

// clientLang is the language the client reads: chosen once at start
// (stored choice, else the browser's languages, else the clinic's
// default) and changed by the picker. The therapist's pages speak the
// clinic's language instead (ClinicLanguage) without changing it.
var clientLang = i18n.Fallback

// Offered lists the languages the picker shows: the clinic's, in its
// order, that have a catalog; every catalog when the clinic lists none.
func Offered() []string {
	if len(clinic.Current.Languages) == 0 {
		return i18n.Languages()
	}
	var out []string
	for _, l := range clinic.Current.Languages {
		l = strings.ToLower(l)
		if i18n.Get(l).Lang == l {
			out = append(out, l)
		}
	}
	return out
}

// ClientLanguage is the language the client reads and answered in.
func ClientLanguage() string { return clientLang }

// ClinicLanguage is the clinic's language: its first offered language
// with a catalog, else English. The therapist's pages use it.
func ClinicLanguage() string { return i18n.Choose(clinic.Current.Languages) }

// chooseLanguage picks the client's language at start: the one remembered
// on this device when the clinic still offers it, else the browser's
// language when offered, else the clinic's first (i18n.Choose).
func chooseLanguage() {
	defer func() { _ = recover() }()
	var prefs []string
	if v, ok, _ := kit.StorageGet(langKey); ok && v != "" {
		prefs = append(prefs, v)
	}
	if langs := app.Window().Get("navigator").Get("languages"); langs.Truthy() {
		for i := 0; i < langs.Length(); i++ {
			prefs = append(prefs, langs.Index(i).String())
		}
	}
	clientLang = i18n.Choose(clinic.Current.Languages, prefs...)
	speak(clientLang)
}

// speak switches the catalog and the document's lang and dir to lang.
func speak(lang string) {
	kit.UseLanguage(lang)
	if !app.IsClient {
		return
	}
	defer func() { _ = recover() }()
	root := app.Window().Get("document").Get("documentElement")
	root.Set("lang", lang)
	root.Set("dir", Dir(lang))
}

// Dir is the writing direction of lang: "rtl" for the right-to-left
// scripts, else "ltr" (English, Thai and Spanish are all left to right).
func Dir(lang string) string {
	switch strings.ToLower(lang) {
	case "ar", "fa", "he", "ur", "yi", "ps", "dv":
		return "rtl"
	}
	return "ltr"
}

// LanguageName is lang's name in lang itself ("ไทย"), for the picker.
func LanguageName(lang string) string { return i18n.Get(lang).T("lang.name") }

// ClientLanguageNote says, in the language on screen, which language the
// client answered in ("The client answered in Spanish."), for the
// therapist's pages.
func ClientLanguageNote() string { return LanguageNote(clientLang) }

// LanguageNote says, in the language on screen, that the client answered
// in lang: clinic mode reads lang from the hand-off (format version 3).
func LanguageNote(lang string) string {
	keys := map[string]string{"en": "lang.in.en", "th": "lang.in.th", "es": "lang.in.es"}
	name := LanguageName(lang)
	if k, ok := keys[lang]; ok {
		name = kit.T(k)
	}
	return kit.T("lang.client", "language", name)
}

// languagePicker is the banner's language choice: a native select (the
// phone's own picker), each language named in its own language. Choosing
// switches at once: the catalog, <html lang dir>, the remembered choice,
// then the page is rebuilt (Page) with the answers untouched, since they
// live in the store, not in the page.
func languagePicker() app.UI {
	langs := Offered()
	if len(langs) < 2 {
		return nil
	}
	opts := make([]app.UI, len(langs))
	for i, l := range langs {
		opts[i] = el.Option().Attr("value", l).Lang(l).Attr("selected", l == clientLang).Text(LanguageName(l))
	}
	return el.Div().Class("lang-picker").Body(
		el.Label().Attr("for", "lang-picker").Text(kit.T("lang.label")),
		el.Select().ID("lang-picker").Body(opts...).
			OnChange(kit.On(func(ctx app.Context, e app.Event) {
				SwitchLanguage(ctx, ctx.JSSrc().Get("value").String())
			}), app.EventScope("lang")),
	)
}

// SwitchLanguage makes lang the client's language (if offered), remembers
// it on the device and rebuilds the page in it. A refused storage only
// means the choice is not remembered.
func SwitchLanguage(ctx app.Context, lang string) {
	ok := false
	for _, l := range Offered() {
		ok = ok || l == lang
	}
	if !ok || lang == clientLang {
		return
	}
	clientLang = lang
	speak(lang)
	_ = kit.StorageSet(langKey, lang)
	rebuild()
}

// rebuild asks go-app to build the current page again, as a new
// component (Page gives each language its own identity): the same URL
// with a marker in the query is put in place of the current entry and
// go-app's history handler loads it without adding an entry; the new
// page's OnMount takes the marker off again, so a reload, offline, finds
// the page the service worker cached under its clean URL.
func rebuild() {
	defer func() { _ = recover() }()
	win := app.Window()
	u, err := url.Parse(win.Get("location").Get("href").String())
	if err != nil {
		return
	}
	q := u.Query()
	q.Set(langMarker, clientLang)
	u.RawQuery = q.Encode()
	win.Get("history").Call("replaceState", nil, "", u.String())
	if f := win.Get("onpopstate"); f.Truthy() {
		f.Invoke()
	}
}

// langMarker is the query parameter rebuild adds for one moment.
const langMarker = "kf-lang"

// dropLangMarker takes rebuild's marker (and showAgain's) off the address.
func dropLangMarker() {
	defer func() { _ = recover() }()
	win := app.Window()
	u, err := url.Parse(win.Get("location").Get("href").String())
	if err != nil || !u.Query().Has(langMarker) && !u.Query().Has(syncMarker) {
		return
	}
	q := u.Query()
	q.Del(langMarker)
	q.Del(syncMarker)
	u.RawQuery = q.Encode()
	win.Get("history").Call("replaceState", nil, "", u.String())
}
