# timeline.jq: a timeline of dated events, for a dashboard's time axis.
#
#   jq -n -c -f scripts/timeline.jq tagged.jsonl
#
# Reads tagged sentence records; each element of a sentence's "dates" with
# a "value" is an event: {value, date (the words), doc, n, sentence,
# entities (the distinct names in the sentence)}.  Written by value, then
# document and sentence number.

[inputs | select(.doc != null) | . as $s
	| (.dates // [])[] | select(type == "object" and .value != null)
	| {value, date: .text, doc: $s.doc, n: $s.n, sentence: $s.text,
	   entities: ([($s.entities // [])[] | select(type == "object")
		| (.name // .text)] | unique)}]
| sort_by(.value, .doc, .n)
| .[]
