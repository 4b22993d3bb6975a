// Package share passes the answers to the clinic (/share): a QR code, a
// private link, an .age file, plain text and a FHIR download, and the summary
// page's "Share with your clinic" panel (Panel). Nothing here sends anything
// anywhere: the answers are sealed on the phone to the clinic's public key
// (handoff.Seal) and leave it only when the client shares them.
package share
