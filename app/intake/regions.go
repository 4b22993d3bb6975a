package intake

// Region is one area of the back-view body map. The ids are stable: they are
// stored in drafts, encoded in hand-off links and used as FHIR linkIds.
type Region string

// The body-map regions, head to foot, as seen from behind. Left and right are
// the client's own left and right (seen from behind they are not mirrored).
// Source for the split: seed:000 "Anatomy Primer" (upper/mid/lower back) and
// seed:003 "Specific Benefits by Back Region" (shoulders, between the
// shoulder blades, mid back, lower back, SI joint, glutes).
const (
	RegionNeck          Region = "neck"
	RegionShoulderLeft  Region = "shoulder-left"
	RegionShoulderRight Region = "shoulder-right"
	RegionBetweenBlades Region = "between-blades"
	RegionMidLeft       Region = "mid-left"
	RegionMidRight      Region = "mid-right"
	RegionLowLeft       Region = "low-left"
	RegionLowRight      Region = "low-right"
	RegionSacrum        Region = "sacrum"
	RegionGluteLeft     Region = "glute-left"
	RegionGluteRight    Region = "glute-right"
	RegionLegLeft       Region = "leg-left"
	RegionLegRight      Region = "leg-right"
)

// Regions lists every region in body-map order.
var Regions = []Region{
	RegionNeck,
	RegionShoulderLeft, RegionShoulderRight,
	RegionBetweenBlades,
	RegionMidLeft, RegionMidRight,
	RegionLowLeft, RegionLowRight,
	RegionSacrum,
	RegionGluteLeft, RegionGluteRight,
	RegionLegLeft, RegionLegRight,
}

// Zone groups regions the way the seeds talk about the back.
type Zone string

// Zones of the back (seed:000 "Upper vs. middle vs. lower back").
const (
	ZoneUpper Zone = "upper" // neck, shoulders, between the shoulder blades
	ZoneMid   Zone = "mid"   // thoracic spine
	ZoneLower Zone = "lower" // lumbar, sacrum/SI joint, glutes
	ZoneLegs  Zone = "legs"  // back of the legs
)

// Zone returns the zone a region belongs to.
func (r Region) Zone() Zone {
	switch r {
	case RegionNeck, RegionShoulderLeft, RegionShoulderRight, RegionBetweenBlades:
		return ZoneUpper
	case RegionMidLeft, RegionMidRight:
		return ZoneMid
	case RegionLowLeft, RegionLowRight, RegionSacrum, RegionGluteLeft, RegionGluteRight:
		return ZoneLower
	case RegionLegLeft, RegionLegRight:
		return ZoneLegs
	}
	return ""
}

// Valid reports whether r is one of Regions.
func (r Region) Valid() bool { return r.Zone() != "" }

// MsgKey is the catalog key of the region's name.
func (r Region) MsgKey() string { return "region." + string(r) }

// IsLeg reports whether the region is the back of a leg.
func (r Region) IsLeg() bool { return r == RegionLegLeft || r == RegionLegRight }
