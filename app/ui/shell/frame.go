package shell

import (
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Frame builds what surrounds a page's main landmark: the banner and the
// page tools ("Delete my answers") above, the footer below, in a "layout" block. Render shows the error screen
// instead once a panic was recovered (kit.Crashed), and a bare loading page
// while the page waits for OnNav.
//
//	return shell.NewFrame(p.st).Loading(p.step == "", "intake").Render(p.main)
type Frame struct {
	st             *store.Store
	class          string
	banner, footer bool
	loading        string // the loading page's id when loading, else ""
}

// NewFrame starts the frame of a page over st: banner, footer, class
// "layout".
func NewFrame(st *store.Store) *Frame {
	return &Frame{st: st, class: "layout", banner: true, footer: true}
}

// Class replaces the block's class ("layout" plus a modifier).
func (f *Frame) Class(class string) *Frame { f.class = class; return f }

// NoBanner leaves out the banner (the emergency screen).
func (f *Frame) NoBanner() *Frame { f.banner = false; return f }

// NoFooter leaves out the footer (clinic mode: no client answers there).
func (f *Frame) NoFooter() *Frame { f.footer = false; return f }

// Loading shows the bare loading page id instead of the frame while when
// is true.
func (f *Frame) Loading(when bool, id string) *Frame {
	if when {
		f.loading = id
	}
	return f
}

// Render is the page: the error screen, the loading page, or the frame
// around main(), which runs only then.
func (f *Frame) Render(main func() app.UI) app.UI {
	kit.Settled()
	switch {
	case kit.Crashed():
		return kit.CrashView()
	case f.loading != "":
		return kit.Loading(f.loading)
	}
	var banner, tools, footer app.UI
	if f.banner {
		banner = Banner()
	}
	if f.footer {
		tools, footer = Tools(f.st), Footer(f.st)
	}
	return el.Div().Class(f.class).Body(banner, &updateNotice{st: f.st}, tools, main(), footer)
}
