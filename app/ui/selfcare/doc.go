// Package selfcare is the self-care routine (/self-care), its guided player
// (/self-care/play) and the progress journal (/journal). Everything is
// computed on the device from the saved intake (routine.Generate); only the
// journal and the player's settings are stored, in localStorage. Link is its
// part of the summary page.
package selfcare
