// Package clinicmode is clinic mode (/open): the page a scanned hand-off
// link opens on a clinic device, where the clinic's key opens it and the
// therapist summary (app/ui/therapist) shows it.
package clinicmode
