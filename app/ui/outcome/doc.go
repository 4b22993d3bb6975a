// Package outcome shows what the answers lead to: the emergency screen
// (/urgent), the see-a-doctor or postpone advice (/advice) and the summary
// (/summary) the client reaches at the end, which other features extend
// with panels of their own (NewSummary).
package outcome
