package shell

import (
	"kneadform/app/ui/el"
	"math"
	"net/url"
	"strings"

	"kneadform/app/clinic"
	"kneadform/app/intake"
	"kneadform/app/summary"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Embedding (docs/embedding.md): web/embed.js on a clinic's page turns
// <div data-kneadform="https://intake.clinic.example"> into an iframe whose
// URL carries #embed=<id>. Inside it, the app talks to the parent page with
// postMessage, only when the parent's origin is one of the clinic's
// allowedOrigins, always naming that origin as the target (never "*"):
//
//	{ns: "kneadform", id, type: "ready"}
//	{ns: "kneadform", id, type: "resize", height}
//	{ns: "kneadform", id, type: "step", step}
//	{ns: "kneadform", id, type: "tier", tier}            tier only, never answers
//	{ns: "kneadform", id, type: "completed", tier[, summary]}  summary only if postSummary
//
// It accepts one message, {ns: "kneadform", id, type: "ping"} (answered by
// "ready"), and only from that same origin; anything else is ignored.

const embedNS = "kneadform"

// validEmbedID bounds the id a hostile URL could put in the fragment: 1 to
// 40 ASCII letters, digits, "_" or "-". A byte loop, not a regexp: nothing
// to compile when the wasm starts (issue 12).
func validEmbedID(id string) bool {
	if len(id) == 0 || len(id) > 40 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// embedding is the state of the app inside a clinic's iframe.
type embedding struct {
	framed   bool   // the app runs inside a frame
	id       string // the embed id from #embed=<id>
	target   string // the parent's origin, when allowed: the only postMessage target
	lastTier string // the last tier posted, so each change is posted once
	height   int    // the last height posted
	funcs    []app.Func
}

var embed embedding

// startEmbed runs once in the browser, after the clinic configuration.
func startEmbed() {
	if !app.IsClient {
		return
	}
	defer func() { _ = recover() }() // a JS exception must not stop the app
	win := app.Window()
	if win.Get("parent").Equal(win.JSValue()) || !win.Get("parent").Truthy() {
		return
	}
	embed.framed = true
	win.Get("document").Get("documentElement").Get("classList").Call("add", "embedded")
	embed.id = parseEmbedID(win.Get("location").Get("hash").String())
	// In-app navigation drops the fragment; a reload inside the frame (the
	// error screen's button) must keep talking to the parent.
	if embed.id != "" {
		_ = kit.SessionSet("kneadform.embed", embed.id) // refused storage: no reload memory, no harm
	} else if v, ok := kit.SessionGet("kneadform.embed"); ok {
		embed.id = parseEmbedID("#embed=" + v)
	}
	origin := parentOrigin()
	if embed.id == "" || !allowedOrigin(origin) {
		app.Logf("kneadform: embedded by %q (id %q): no events, the origin is not in allowedOrigins", origin, embed.id)
		return
	}
	embed.target = origin

	onMessage := app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { _ = recover() }()
		if len(args) == 1 && acceptMessage(args[0]) {
			embedPost("ready", nil)
		}
		return nil
	})
	win.Call("addEventListener", "message", onMessage)

	onResize := app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { _ = recover() }()
		embedResize()
		return nil
	})
	// The observer's callback is requestAnimationFrame bound to onResize,
	// not Go itself: the height is measured in the next frame, outside
	// the observer's delivery. Go code in the delivery may let go-app
	// render (the page grows while the observer delivers), which WebKit
	// reports as an uncaught "ResizeObserver loop completed with
	// undelivered notifications" (seen in a cross-site frame, issue 16).
	ro, raf := win.Get("ResizeObserver"), win.Get("requestAnimationFrame")
	if ro.Truthy() && raf.Type() == app.TypeFunction {
		ro.New(raf.Call("bind", win, onResize)).Call("observe", win.Get("document").Get("body"))
	}
	embed.funcs = append(embed.funcs, onMessage, onResize)
	embedPost("ready", nil)
	embedResize()
}

// parseEmbedID reads the id from a fragment such as "#embed=clinic-1";
// anything else gives "".
func parseEmbedID(hash string) string {
	v, err := url.ParseQuery(strings.TrimPrefix(hash, "#"))
	if err != nil {
		return ""
	}
	if id := v.Get("embed"); validEmbedID(id) {
		return id
	}
	return ""
}

// parentOrigin is the embedding page's origin: location.ancestorOrigins
// where the browser has it, else the referrer's origin.
func parentOrigin() string {
	loc := app.Window().Get("location")
	if ao := loc.Get("ancestorOrigins"); ao.Truthy() && ao.Get("length").Int() > 0 {
		return ao.Call("item", 0).String()
	}
	ref := app.Window().Get("document").Get("referrer").String()
	if u, err := url.Parse(ref); err == nil && u.Scheme != "" && u.Host != "" {
		return u.Scheme + "://" + u.Host
	}
	return ""
}

func allowedOrigin(origin string) bool {
	if origin == "" {
		return false
	}
	for _, o := range clinic.Current.AllowedOrigins {
		if strings.EqualFold(o, origin) {
			return true
		}
	}
	return false
}

// acceptMessage reports whether a message event is a valid ping from the
// embedding page: right origin, our namespace and id, a known type.
func acceptMessage(ev app.Value) bool {
	if ev.Get("origin").String() != embed.target {
		return false
	}
	if !ev.Get("source").Equal(app.Window().Get("parent")) {
		return false
	}
	d := ev.Get("data")
	if d.Type() != app.TypeObject || d.IsNull() {
		return false
	}
	str := func(k string) string {
		if v := d.Get(k); v.Type() == app.TypeString {
			return v.String()
		}
		return ""
	}
	return str("ns") == embedNS && str("id") == embed.id && str("type") == "ping"
}

// embedPost sends one event to the embedding page, if it is allowed.
func embedPost(typ string, detail map[string]any) {
	if embed.target == "" {
		return
	}
	defer func() { _ = recover() }()
	msg := map[string]any{"ns": embedNS, "id": embed.id, "type": typ}
	for k, v := range detail {
		msg[k] = v
	}
	app.Window().Get("parent").Call("postMessage", msg, embed.target)
}

// embedResize posts the content height. It measures the page's layout box,
// not the viewport: in a frame, html.embedded drops the 100vh minimum that
// would otherwise feed the frame's own height back (the runaway growth of
// iframe-resizer setups).
func embedResize() {
	doc := app.Window().Get("document")
	el := doc.Call("querySelector", ".layout")
	if !el.Truthy() {
		el = doc.Get("body")
	}
	h := int(math.Ceil(el.Call("getBoundingClientRect").Get("height").Float()))
	if h <= 0 || h == embed.height {
		return
	}
	embed.height = h
	embedPost("resize", map[string]any{"height": h})
}

// Step tells the embedding page which screen shows.
func Step(step string) { embedPost("step", map[string]any{"step": step}) }

// Tier tells the embedding page the screening tier when it changes:
// the tier name only, never an answer.
func Tier(t triage.Tier) {
	if s := t.String(); s != embed.lastTier {
		embed.lastTier = s
		embedPost("tier", map[string]any{"tier": s})
	}
}

// Completed tells the embedding page the client finished; the answers
// go with it only when the clinic's configuration allows it (postSummary).
func Completed(a *intake.Answers, t triage.Tier) {
	detail := map[string]any{"tier": t.String()}
	if clinic.Current.PostSummary {
		var secs []any
		for _, s := range summary.Sections(a, kit.Catalog()) {
			rows := make([]any, 0, len(s.Rows))
			for _, r := range s.Rows {
				rows = append(rows, map[string]any{"label": r.Label, "value": r.Value})
			}
			secs = append(secs, map[string]any{"title": s.Title, "rows": rows})
		}
		detail["summary"] = secs
	}
	embedPost("completed", detail)
}

// fullScreenLink offers, inside a frame, to open the app in its own tab:
// where storage is partitioned or wiped, and to install it.
func fullScreenLink() app.UI {
	if !embed.framed {
		return nil
	}
	return el.A().Class("banner-open").Attr("href", "/").Attr("target", "_blank").Attr("rel", "noopener").
		Text(kit.T("embed.open-full"))
}
