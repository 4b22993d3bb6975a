package pressurewalk

// Paths lists every screen's address, for the static build.
func Paths() []string {
	out := make([]string, len(pscreens))
	for i, s := range pscreens {
		out[i] = pressureURL(s.id)
	}
	return out
}

// pscreen is one screen of the walkthrough.
type pscreen struct {
	id    string
	title string // catalog key of the heading and page title
}

// pscreens lists the screens in order. The keys are literal so the catalog
// test finds them.
var pscreens = []pscreen{
	{"scale", "pressure.walk.scale.title"},
	{"signs", "pressure.walk.signs.title"},
	{"speak", "pressure.walk.speak.title"},
	{"regions", "pressure.walk.regions.title"},
	{"tender", "pressure.walk.tender.title"},
	{"techniques", "pressure.walk.guide.title"},
	{"done", "pressure.walk.done.title"},
}

func pscreenIndex(id string) int {
	for i, s := range pscreens {
		if s.id == id {
			return i
		}
	}
	return -1
}

func pressureURL(id string) string { return "/pressure/" + id }
