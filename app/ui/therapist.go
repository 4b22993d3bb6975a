package ui

import (
	"strconv"
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/summary"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// therapistPage (/therapist) is the therapist summary on the client's own
// phone: one scannable screen the client shows at reception or on the
// table, with a "Show to your therapist" large-text mode and a print
// layout that fits one A4 or Letter page (web/print.css). Clinic mode
// (/open) shows the same summary from a hand-off.
type therapistPage struct {
	app.Compo
	ready bool
	data  handoffData
	large bool // "Show to your therapist": large text
}

func (p *therapistPage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		if app.IsServer {
			return
		}
		d, ok := clientData()
		if !ok {
			ctx.Navigate("/intake")
			return
		}
		p.data, p.ready = d, true
		ctx.Page().SetTitle(t("handoff.therapist.title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *therapistPage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if !p.ready {
		return page("therapist", t("loading"))
	}
	return app.Div().Class(therapistLayout(p.large)).Body(
		banner(),
		app.Main().ID("main").Class("page page-therapist").Body(
			app.A().Class("back-link no-print").Href("/summary").Text(t("handoff.back.summary")),
			app.H1().ID("page-heading").TabIndex(-1).Text(t("handoff.therapist.title")),
			therapistTools("therapist", p.large, func(ctx app.Context) { p.large = !p.large }),
			therapistSummary(p.data),
			app.Div().Class("actions no-print").Body(
				app.A().ID("therapist-share").Class("button").Href(pathShare).Text(t("handoff.panel.share")),
			),
		),
		footer(),
	)
}

// therapistLayout is the page's outer class; large text adds a modifier.
func therapistLayout(large bool) string {
	if large {
		return "layout therapist-large"
	}
	return "layout"
}

// therapistTools are the large-text toggle and the print button. id
// prefixes their ids (the client's view and clinic mode each have theirs).
func therapistTools(id string, large bool, toggle func(ctx app.Context)) app.UI {
	return app.Div().Class("therapist-tools no-print").Body(
		app.Button().Type("button").ID(id+"-large").Class("button button--secondary therapist-toggle").
			Aria("pressed", strconv.FormatBool(large)).Text(t("handoff.therapist.large")).
			OnClick(on(func(ctx app.Context, e app.Event) { toggle(ctx) }), app.EventScope(id+"-large")),
		app.Button().Type("button").ID(id+"-print").Class("button button--secondary").
			Text(t("handoff.therapist.print")).
			OnClick(on(func(ctx app.Context, e app.Event) { printPage() }), app.EventScope(id+"-print")),
	)
}

// therapistSummary is the summary itself: the result and why, then cards
// (where, pressure, the pain, comfort, health, plan) in a grid that prints
// in two columns, then the consent. Every part is text; the mini body map
// repeats, for the eye, what the "Where" card says in words.
func therapistSummary(d handoffData) app.UI {
	a, o := d.answers, d.outcome
	return app.Div().ID("therapist-summary").Class("therapist").Body(
		therapistHead(a),
		therapistTier(o),
		app.Div().Class("t-grid").Body(
			therapistAreas(a, o),
			therapistPressure(d),
			tCard("t-pain", t("handoff.therapist.pain"), tRowsFrom(a, intake.StepOnset, intake.StepFeel, intake.StepWorse)),
			therapistComfort(a, o),
			therapistHealth(a),
			therapistPlan(a, o),
		),
		therapistConsent(a),
		app.Details().ID("t-all").Class("t-all no-print").Body(
			app.Summary().Text(t("handoff.therapist.all")),
			checkList(a),
		),
	)
}

// tCard is one titled card of the summary.
func tCard(id, title string, body ...app.UI) app.UI {
	return app.Section().ID(id).Class("t-card").Aria("labelledby", id+"-title").Body(
		append([]app.UI{app.H2().ID(id + "-title").Class("t-card-title").Text(title)}, body...)...,
	)
}

// tRow is one label and value.
func tRow(label string, value ...app.UI) app.UI {
	return app.Div().Class("t-row").Body(
		app.Dt().Class("t-key").Text(label),
		app.Dd().Class("t-value").Body(value...),
	)
}

func tList(rows ...app.UI) app.UI { return app.Dl().Class("t-list").Body(rows...) }

// tRowsFrom lists, as rows, the answers of the given intake steps, exactly
// as "check your answers" words them.
func tRowsFrom(a *intake.Answers, steps ...intake.Step) app.UI {
	want := map[intake.Step]bool{}
	for _, s := range steps {
		want[s] = true
	}
	var rows []app.UI
	for _, s := range summary.Sections(a, catalog) {
		if !want[s.Step] {
			continue
		}
		for _, r := range s.Rows {
			rows = append(rows, tRow(r.Label, app.Text(r.Value)))
		}
	}
	return tList(rows...)
}

// therapistHead names the client.
func therapistHead(a *intake.Answers) app.UI {
	name := strings.TrimSpace(a.FirstName)
	if name == "" {
		name = t("handoff.therapist.no-name")
	}
	parts := []app.UI{app.Span().ID("t-name").Class("t-name").Text(name)}
	if a.AgeBand != "" {
		parts = append(parts, app.Span().Class("t-age").Text(t("age."+string(a.AgeBand))))
	}
	return app.P().ID("t-client").Class("t-client").Body(parts...)
}

// therapistTier is the result banner: the tier, then every rule that fired
// with the therapist's note, its id and its sources.
func therapistTier(o triage.Outcome) app.UI {
	var flags app.UI = app.P().ID("t-no-flags").Text(t("handoff.therapist.no-flags"))
	if len(o.Fired) > 0 {
		items := make([]app.UI, 0, len(o.Fired))
		for _, f := range o.Fired {
			meta := t("handoff.therapist.rule", "rule", f.ID)
			if len(f.Source) > 0 {
				meta += " · " + t("handoff.therapist.sources", "sources", strings.Join(f.Source, ", "))
			}
			items = append(items, app.Li().Class("t-flag t-flag--"+f.Tier.String()).Body(
				app.Span().Class("t-flag-tier").Text(t("handoff.tier."+f.Tier.String())),
				app.Span().Class("t-flag-note").Text(f.Therapist),
				app.Span().Class("t-meta").Text(meta),
			))
		}
		flags = app.Ul().ID("t-flags").Class("t-flags").Body(items...)
	}
	return app.Section().ID("t-tier").Class("t-tier tier-"+o.Tier.String()).Aria("labelledby", "t-tier-title").Body(
		app.H2().ID("t-tier-title").Class("t-tier-title").Body(
			app.Span().Class("t-tier-label").Text(t("handoff.tier."+o.Tier.String())),
			app.Text(" "),
			app.Span().Class("t-tier-text").Text(t(o.Tier.MsgKey()+".title")),
		),
		flags,
	)
}

// therapistAreas is the mini body map and, in words, pain per region, the
// areas not to touch (and why) and where the client wants focus.
func therapistAreas(a *intake.Answers, o triage.Outcome) app.UI {
	avoid := map[intake.Region]bool{}
	var avoidItems []app.UI
	for _, ar := range o.Avoid {
		avoid[ar.Region] = true
		why := make([]string, len(ar.Reasons))
		for i, k := range ar.Reasons {
			why[i] = t(k)
		}
		avoidItems = append(avoidItems, app.Li().Text(t("handoff.therapist.avoid-item", "region", t(ar.Region.MsgKey()), "why", strings.Join(why, "; "))))
	}
	var pain []app.UI
	for _, r := range a.Regions {
		if p, ok := a.Pain[r]; ok {
			pain = append(pain, app.Li().Text(t("handoff.therapist.pain-item", "region", t(r.MsgKey()), "n", p)))
		} else {
			pain = append(pain, app.Li().Text(t(r.MsgKey())))
		}
	}
	var painValue app.UI = app.Span().ID("t-pain-where").Text(t("answer.none"))
	if len(pain) > 0 {
		painValue = app.Ul().ID("t-pain-where").Class("t-plain").Body(pain...)
	}
	rows := []app.UI{tRow(t("handoff.therapist.pain-where"), painValue)}
	if len(avoidItems) > 0 {
		rows = append(rows, tRow(t("handoff.therapist.avoid"), app.Ul().ID("t-avoid").Class("t-bullets").Body(avoidItems...)))
	} else {
		rows = append(rows, tRow(t("handoff.therapist.avoid"), app.Text(t("answer.none"))))
	}
	if len(a.Focus) > 0 {
		focus := make([]string, len(a.Focus))
		for i, r := range a.Focus {
			focus[i] = t(r.MsgKey())
		}
		rows = append(rows, tRow(t("handoff.therapist.focus"), app.Text(strings.Join(focus, ", "))))
	}
	return tCard("t-areas", t("handoff.therapist.areas"),
		app.Div().Class("t-areas").Body(
			bodyMap("bodymap-therapist", t("handoff.therapist.map"), func(r intake.Region) string {
				switch {
				case avoid[r]:
					return "avoid"
				case a.HasRegion(r):
					return "on"
				}
				return ""
			}, painLabel(a), nil),
			tList(rows...),
		),
	)
}

// therapistPressure is the pressure the client agreed, per area, under the
// limits the rules set, with the stop signal and how often to check in.
func therapistPressure(d handoffData) app.UI {
	a, o := d.answers, d.outcome
	c := pressure.Cap(a, o)
	var rules []string
	for _, r := range c.Reasons {
		if r.Rule != "" {
			rules = append(rules, r.Rule)
		}
	}
	limit := levelText(c.Global)
	if len(rules) > 0 {
		limit = t("handoff.therapist.limit-rules", "level", limit, "rules", strings.Join(rules, ", "))
	}
	body := []app.UI{}
	if o.Tier.NoMassage() {
		body = append(body, app.P().Class("t-strong").Text(t("handoff.therapist.no-massage")))
	}
	rows := []app.UI{tRow(t("handoff.therapist.limit"), app.Span().ID("t-limit").Text(limit))}
	if d.prefs == nil {
		rows = append(rows, tRow(t("handoff.therapist.choices"), app.Text(t("handoff.therapist.no-choices"))))
		body = append(body, tList(rows...))
		return tCard("t-pressure", t("handoff.therapist.pressure"), body...)
	}
	// Only the regions chosen now: the body map may have changed since.
	set := *d.prefs
	set.Regions = map[intake.Region]pressure.Setting{}
	var unset []intake.Region
	for _, r := range a.Regions {
		if s, ok := d.prefs.Regions[r]; ok {
			set.Regions[r] = s
		} else if r.Valid() {
			unset = append(unset, r)
		}
	}
	sum := pressure.Summarize(set, c)
	var trs []app.UI
	for _, rr := range sum.Regions {
		name := []app.UI{app.Text(t(rr.Region.MsgKey()))}
		if rr.Tender {
			note := t("handoff.therapist.tender")
			if rr.TenderNote != "" {
				note = t("handoff.therapist.tender-note", "note", rr.TenderNote)
			}
			name = append(name, app.Span().Class("t-tender").Text(note))
		}
		if rr.Cap <= pressure.MinLevel {
			trs = append(trs, app.Tr().Body(
				app.Th().Scope("row").Body(name...),
				app.Td().ColSpan(3).Text(t("handoff.therapist.do-not-touch")),
			))
			continue
		}
		trs = append(trs, app.Tr().Body(
			app.Th().Scope("row").Body(name...),
			app.Td().Text(strconv.Itoa(int(rr.Preferred))),
			app.Td().Text(strconv.Itoa(int(rr.Max))),
			app.Td().Text(strconv.Itoa(int(rr.Cap))),
		))
	}
	for _, r := range unset {
		trs = append(trs, app.Tr().Body(
			app.Th().Scope("row").Text(t(r.MsgKey())),
			app.Td().ColSpan(3).Text(t("pressure.walk.summary.not-set")),
		))
	}
	// Tender spots outside the chosen regions.
	var elsewhere []string
	for _, s := range sum.Tender {
		if _, ok := set.Regions[s.Region]; ok {
			continue
		}
		x := t(s.Region.MsgKey())
		if s.Note != "" {
			x = t("pressure.walk.summary.tender-note", "region", x, "note", s.Note)
		}
		elsewhere = append(elsewhere, x)
	}
	if len(trs) > 0 {
		body = append(body, app.Table().ID("t-pressure-table").Class("t-table").Body(
			app.Caption().Class("visually-hidden").Text(t("handoff.therapist.table-caption")),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t("handoff.therapist.col-area")),
				app.Th().Scope("col").Text(t("handoff.therapist.col-usual")),
				app.Th().Scope("col").Text(t("handoff.therapist.col-max")),
				app.Th().Scope("col").Text(t("handoff.therapist.col-limit")),
			)),
			app.TBody().Body(trs...),
		))
	}
	if len(elsewhere) > 0 {
		rows = append(rows, tRow(t("pressure.walk.summary.tender"), app.Text(strings.Join(elsewhere, "; "))))
	}
	stop := t(sum.Stop.Key)
	switch {
	case sum.Stop.Word != "":
		stop = t("pressure.walk.summary.stop-word", "signal", stop, "word", sum.Stop.Word)
	case sum.Stop.WordKey != "":
		stop = t("pressure.walk.summary.stop-word", "signal", stop, "word", t(sum.Stop.WordKey))
	}
	rows = append(rows,
		tRow(t("pressure.walk.summary.stop"), app.Span().ID("t-stop").Text(stop)),
		tRow(t("handoff.therapist.checkin"), app.Span().ID("t-checkin").Text(t(sum.CheckInKey))),
	)
	body = append(body, tList(rows...))
	return tCard("t-pressure", t("handoff.therapist.pressure"), body...)
}

// therapistComfort: talking, warmth, oils and allergies, with the rules'
// notes on products and positioning.
func therapistComfort(a *intake.Answers, o triage.Outcome) app.UI {
	one := func(prefix, v string) string {
		if v == "" {
			return t("answer.missing")
		}
		return t(prefix + "." + v)
	}
	allergies := make([]string, len(a.Allergies))
	for i, x := range a.Allergies {
		allergies[i] = t("allergy." + string(x))
	}
	rows := []app.UI{
		tRow(t("handoff.therapist.talk"), app.Span().ID("t-talk").Text(one("talk", string(a.Talk)))),
		tRow(t("handoff.therapist.warmth"), app.Text(one("warmth", string(a.Warmth)))),
		tRow(t("handoff.therapist.oil"), app.Text(one("oil", string(a.Oil)))),
		tRow(t("handoff.therapist.allergies"), app.Span().ID("t-allergies").Text(joinOr(allergies, t("answer.none")))),
	}
	if notes := tNotes(o.OilNotes); notes != nil {
		rows = append(rows, tRow(t("handoff.therapist.oil-notes"), notes))
	}
	if notes := tNotes(o.Positioning); notes != nil {
		rows = append(rows, tRow(t("handoff.therapist.positioning"), notes))
	}
	return tCard("t-comfort", t("handoff.therapist.comfort"), tList(rows...))
}

// tNotes lists the rules' notes for the therapist, each with its rule.
func tNotes(ns []triage.Note) app.UI {
	if len(ns) == 0 {
		return nil
	}
	items := make([]app.UI, len(ns))
	for i, n := range ns {
		items[i] = app.Li().Body(
			app.Text(n.Therapist+" "),
			app.Span().Class("t-meta").Text(t("handoff.therapist.rule", "rule", n.Rule)),
		)
	}
	return app.Ul().Class("t-bullets").Body(items...)
}

// therapistHealth: pregnancy, conditions, medicines.
func therapistHealth(a *intake.Answers) app.UI {
	var rows []app.UI
	if a.Pregnant.Positive() {
		v := t("tri." + string(a.Pregnant))
		if a.Pregnant == intake.Yes && a.PregnancyWeeks > 0 {
			v += " – " + t("answer.weeks", "n", a.PregnancyWeeks)
		}
		rows = append(rows, tRow(t("handoff.therapist.pregnant"), app.Span().Class("t-strong").Text(v)))
	}
	conds := make([]string, len(a.Conditions))
	for i, c := range a.Conditions {
		conds[i] = t("condition." + string(c))
	}
	cv := joinOr(conds, t("answer.none"))
	if a.Has(intake.CondSurgery) && a.SurgeryWhen != "" {
		cv += " – " + t("step.health.surgery-when") + " " + t("surgery."+string(a.SurgeryWhen))
	}
	meds := strings.TrimSpace(a.Medications)
	if meds == "" {
		meds = t("answer.none")
	}
	rows = append(rows,
		tRow(t("handoff.therapist.conditions"), app.Span().ID("t-conditions").Text(cv)),
		tRow(t("handoff.therapist.medications"), app.Span().ID("t-medications").Class("t-pre").Text(meds)),
	)
	return tCard("t-health", t("handoff.therapist.health"), tList(rows...))
}

// therapistPlan: the client's goals, the techniques the rules suggest
// (already under the pressure limit) and how often to come.
func therapistPlan(a *intake.Answers, o triage.Outcome) app.UI {
	goals := make([]string, len(a.Goals))
	for i, g := range a.Goals {
		goals[i] = t("goal." + string(g))
	}
	rows := []app.UI{tRow(t("handoff.therapist.goals"), app.Span().ID("t-goals").Text(joinOr(goals, t("answer.none"))))}
	if len(o.Techniques) > 0 {
		items := make([]app.UI, len(o.Techniques))
		for i, tq := range o.Techniques {
			head := t("handoff.therapist.technique", "name", t("technique."+tq.ID+".name"),
				"min", tq.Pressure.Min, "max", tq.Pressure.Max)
			note := tq.Note
			if tq.AfterClearance {
				note = strings.TrimSpace(note + " " + t("handoff.therapist.after-clearance"))
			}
			items[i] = app.Li().Body(
				app.Span().Class("t-technique").Text(head),
				app.If(note != "", func() app.UI { return app.Span().Class("t-meta").Text(" " + note) }),
			)
		}
		rows = append(rows, tRow(t("handoff.therapist.techniques"), app.Ul().ID("t-techniques").Class("t-bullets").Body(items...)))
	}
	if o.Frequency != nil {
		rows = append(rows, tRow(t("handoff.therapist.frequency"), app.Text(t(o.Frequency.ClientKey))))
	}
	return tCard("t-plan", t("handoff.therapist.plan"), tList(rows...))
}

// therapistConsent: who agreed to share, and when.
func therapistConsent(a *intake.Answers) app.UI {
	text := t("handoff.therapist.no-consent")
	if a.Consent {
		text = t("handoff.therapist.consent", "name", strings.TrimSpace(a.ConsentName), "time", consentTime(a.ConsentAt))
	}
	return app.P().ID("t-consent").Class("t-consent").Text(text)
}

// consentTime shows an RFC 3339 time as "2025-01-01 10:00 (UTC+00:00)",
// in the client's own time zone as recorded; anything else as written.
func consentTime(s string) string {
	at, err := time.Parse(time.RFC3339, s)
	if err != nil {
		if s == "" {
			return t("answer.missing")
		}
		return s
	}
	return at.Format("2006-01-02 15:04") + " (UTC" + at.Format("-07:00") + ")"
}

// joinOr joins xs with commas, or returns none when xs is empty.
func joinOr(xs []string, none string) string {
	if len(xs) == 0 {
		return none
	}
	return strings.Join(xs, ", ")
}
