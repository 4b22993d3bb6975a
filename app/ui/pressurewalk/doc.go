// Package pressurewalk is the pressure-scale walkthrough (/pressure/<screen>):
// one screen per file, one idea per screen, each its own URL so the
// browser's Back works. The client learns the 0–10 scale, good pain and
// warning signs, how to speak up, then sets a usual and a strongest pressure
// for every region they chose on the body map, under the caps the clinical
// rules set (pressure.Cap, pressure.Apply). SummaryPanel is its part of the
// summary page.
package pressurewalk
