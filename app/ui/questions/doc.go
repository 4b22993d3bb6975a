// Package questions is the intake itself: the welcome screen, one question
// step per URL (/intake/<step>, so the browser's Back works; answers never
// appear in a URL) and check your answers. After every answer the step
// page runs the clinical rules (triage.Evaluate): an emergency interrupts
// at once (/urgent), a no-massage outcome leads to /advice.
package questions
