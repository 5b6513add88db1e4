# mentions.jq: mentions per entity per day, for a dashboard's trend lines.
#
#   jq -n -c -f scripts/mentions.jq tagged.jsonl
#
# Reads tagged sentence records (wire-tag output); a mention is one element
# of a sentence's "entities", known by its "name" (else its "text").  The
# day is the first ten characters of the record's "published" when they
# are a date, else those of its "fetched_at" (the day it was collected),
# else "unknown".  Writes one {day, name, type, mentions} per
# line, by day, then most mentioned first, then name.

def isday: type == "string" and test("^[0-9]{4}-[0-9]{2}-[0-9]{2}");
def day: [.published, .fetched_at] | map(select(isday)) | if length > 0 then .[0][:10] else "unknown" end;

reduce (inputs | select(.doc != null) | day as $d
	| (.entities // [])[] | select(type == "object")
	| [$d, (.name // .text), (.type // null)]) as $k
	({}; .[$k | tojson] += 1)
| [to_entries[] | (.key | fromjson) + [.value]]
| sort_by(.[0], -.[3], .[1], (.[2] // ""))
| .[]
| {day: .[0], name: .[1], type: .[2], mentions: .[3]}
