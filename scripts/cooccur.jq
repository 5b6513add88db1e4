# cooccur.jq: entities named together in one sentence, for a network view.
#
#   jq -n -c -f scripts/cooccur.jq tagged.jsonl
#
# Reads tagged sentence records; each sentence counts once for each pair of
# distinct entity names in it (name, else text).  Writes one {a, b,
# sentences} per line with a < b, most frequent pair first, then by a, b.

reduce (inputs | select(.doc != null)
	| [(.entities // [])[] | select(type == "object") | (.name // .text)
	   | select(. != null)] | unique
	| . as $n | range(0; length) as $i | range($i + 1; $n | length) as $j
	| [$n[$i], $n[$j]]) as $pair
	({}; .[$pair | tojson] += 1)
| [to_entries[] | (.key | fromjson) + [.value]]
| sort_by(-.[2], .[0], .[1])
| .[]
| {a: .[0], b: .[1], sentences: .[2]}
