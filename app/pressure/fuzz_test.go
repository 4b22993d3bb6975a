package pressure

import (
	"encoding/json"
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

// FuzzDecodeApply decodes arbitrary bytes as stored preferences (Decode:
// JSON + Clean) and applies several ceilings: Decode must never panic; a
// cleaned value must be clean (a second Clean drops nothing, Validate finds
// no bad values), survive a JSON round trip, and after Apply sit under every
// cap; Apply is idempotent and Summarize never panics.
func FuzzDecodeApply(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`null`,
		`[]`,
		`{"regions":{"neck":{"preferred":4,"max":6},"low-left":{"preferred":7,"max":9}}}`,
		`{"regions":{"elbow":{"preferred":1,"max":2},"neck":{"preferred":-3,"max":99}}}`,
		`{"tender":[{"region":"neck","note":"a\u0000b\nc"},{"region":"neck"},{"region":""}]}`,
		`{"stop":{"signal":"word","word":"หยุด"},"checkIn":"only-if-i-say","hapticsOff":true}`,
		`{"stop":{"signal":"wink","word":"<script>alert(1)</script>"},"checkIn":"never"}`,
		`{"regions":{"sacrum":{"preferred":1e3}}}`,
	} {
		f.Add([]byte(s))
	}
	osteo := base()
	osteo.Conditions = []intake.Condition{intake.CondOsteoporosis}
	marked := base()
	marked.Pregnant = intake.Yes
	marked.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionNeck: {intake.SkinRash}}
	marked.Avoid = []intake.Region{intake.RegionSacrum}
	ceilings := []Ceiling{capOf(base()), capOf(osteo), capOf(marked), Cap(nil, triage.Outcome{})}

	f.Fuzz(func(t *testing.T, b []byte) {
		p, _, err := Decode(b)
		if err != nil {
			return
		}
		q := p.clone()
		if n := q.Clean(); n != 0 || !reflect.DeepEqual(p, q) {
			t.Fatalf("Clean not idempotent: dropped %d more", n)
		}
		for _, e := range Validate(&p, nil) {
			if e.Key != "error.required" {
				t.Fatalf("clean preferences fail validation: %v", e)
			}
		}
		enc, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		back, dropped, err := Decode(enc)
		if err != nil || dropped != 0 || !reflect.DeepEqual(back, p) {
			t.Fatalf("round trip: %+v, %d, %v; want %+v", back, dropped, err, p)
		}
		for _, c := range ceilings {
			got, _ := Apply(p, c)
			for r, s := range got.Regions {
				if limit, _ := c.For(r); s.Preferred < 0 || s.Preferred > s.Max || s.Max > limit {
					t.Fatalf("%s = %+v, cap %d", r, s, limit)
				}
			}
			if again, adj := Apply(got, c); len(adj) != 0 || !reflect.DeepEqual(again, got) {
				t.Fatalf("Apply not idempotent: %v", adj)
			}
			Summarize(p, c)
		}
	})
}
