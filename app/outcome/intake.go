package outcome

import "sort"

// The functional scale at the intake (issue 14): the goals step asks, as
// optional questions, for up to three activities the back makes hard and
// how well the client does each today. Those answers are the log's first
// record, "the intake's" (Stratford et al. 1995: the PSFS is scored at the
// first contact, then again to see the change); the journal's later
// ratings are compared with them (Since).

// Intake returns the functional scale of the first record (the intake's);
// nil when the log has no record or the first names no activity.
func (l *Log) Intake() PSFS {
	if len(l.Records) == 0 {
		return nil
	}
	return l.Records[0].Activities
}

// SetIntake sets the functional scale asked at the intake: the first
// record's activities, keeping its date and pain rating (pain fills a
// missing rating). With no record yet it adds one dated date with pain;
// an empty acts then adds nothing, so a client who skips the questions
// leaves no record. acts is cleaned (PSFS.Clean) first.
func (l *Log) SetIntake(acts PSFS, pain *int, date string) error {
	acts, _ = acts.Clean()
	if len(l.Records) == 0 {
		if len(acts) == 0 {
			return nil
		}
		return l.Add(Record{Date: date, Pain: pain, Activities: acts})
	}
	r := l.Records[0]
	r.Activities = acts
	if r.Pain == nil {
		r.Pain = pain
	}
	if err := r.Validate(); err != nil {
		return err
	}
	if len(acts) == 0 {
		r.Activities = nil
	}
	l.Records[0] = r
	return nil
}

// Tracked is one activity of the functional scale as the clinic reads it:
// its latest score and, when an earlier record rated it too, the first
// score, so the change since the first rating travels with it.
type Tracked struct {
	Name  string `json:"name"`
	Score int    `json:"score"`
	// First is the score of the earliest record naming the activity, nil
	// when the latest record is the first to name it.
	First *int `json:"first,omitempty"`
}

// Progress returns the activities of the latest record that names any
// (oldest first records, as Log keeps them; any order works), each with its
// first score. Nil when no record names an activity.
func Progress(records []Record) []Tracked {
	var rs []Record
	for _, r := range records {
		if r.Validate() == nil && len(r.Activities) > 0 {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return nil
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date < rs[j].Date })
	last := rs[len(rs)-1]
	out := make([]Tracked, 0, len(last.Activities))
	for _, a := range last.Activities {
		t := Tracked{Name: a.Name, Score: a.Score}
		for _, r := range rs[:len(rs)-1] {
			if i := r.Activities.find(a.Name); i >= 0 {
				first := r.Activities[i].Score
				t.First = &first
				break
			}
		}
		out = append(out, t)
	}
	return out
}
