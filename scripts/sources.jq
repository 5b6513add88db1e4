# sources.jq: counts per source, for a dashboard's coverage table.
#
#   jq -n -c -f scripts/sources.jq tagged.jsonl
#
# Reads sentence records (tagged or not) and document records.  The source
# is the record's "source", else the host of its "url" (lower case,
# without "www."), else "unknown".  Writes one {source, documents,
# sentences, entities} per line, most documents first, then by source.

def host: (.url // "") | ascii_downcase
	| capture("^https?://(?:[^/@?#]*@)?(?:www\\.)?(?<h>[^/:?#]+)").h // "unknown";
def src: if (.source | type) == "string" then .source else host end;

reduce (inputs | {s: src, d: (.doc // .id // .url), n: (if .doc then 1 else 0 end),
		e: ((.entities // []) | length)}) as $r
	({}; .[$r.s].docs[$r.d | tostring] = 1
	| .[$r.s].sentences += $r.n
	| .[$r.s].entities += $r.e)
| [to_entries[] | {source: .key, documents: (.value.docs | length),
	sentences: (.value.sentences // 0), entities: (.value.entities // 0)}]
| sort_by(-.documents, .source)
| .[]
