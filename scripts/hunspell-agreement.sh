#!/usr/bin/env bash
# Regenerates the German Hunspell agreement fixtures from the shared MLQE-PE dev split:
#
#   test/fixtures/hunspell-de-dev-words.txt     every unique token of dev/mt.txt made of letters
#                                               (with inner hyphens: "E-Mail-Adresse"), sorted
#   test/fixtures/hunspell-de-dev-rejected.txt  the tokens the `hunspell` program rejects, sorted
#
# test/spell/hunspell-agreement.test.ts checks that Lektor's speller (hunspell-asm) gives the same
# verdict on every token. The test suite reads only the fixtures; the `hunspell` program is needed
# only to regenerate them:
#
#   apt-get install hunspell          # Debian/Ubuntu
#   scripts/hunspell-agreement.sh     # from anywhere; LEKTOR_SHARED overrides ../shared
#
# Fixtures last generated with: hunspell 1.7.1 (Debian, `hunspell -v`: "International Ispell
# Version 3.2.06 (but really Hunspell 1.7.1)"), dictionary node_modules/dictionary-de 3.0.0.
#
# How verdicts are taken: `hunspell -l` tokenizes its input itself, so a line it prints is not
# guaranteed to be one of our tokens. We use pipe mode instead (`hunspell -a`), one token per line,
# each prefixed with '^' so that hunspell never reads a leading character as a command. Pipe mode
# answers each input line with its result lines and a blank line; we require exactly one result per
# token and that a rejection names the token itself:
#   '*' (found), '+ ROOT' (found by affixing), '-' (found as compound)   → accepted
#   '& TOKEN n offset: suggestions', '# TOKEN offset'                    → rejected
# As a cross-check, `hunspell -l` on the same one-token-per-line input must list the same words.
set -euo pipefail
export LC_ALL=C.UTF-8

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${LEKTOR_SHARED:-$root/../shared}
dev=$shared/data/mlqe-pe-en-de/dev/mt.txt
dict=$root/node_modules/dictionary-de/index
out=$root/test/fixtures
words=$out/hunspell-de-dev-words.txt
rejected=$out/hunspell-de-dev-rejected.txt

command -v hunspell >/dev/null || { echo "hunspell not found: apt-get install hunspell" >&2; exit 1; }
[[ -f $dev ]] || { echo "not found: $dev (set LEKTOR_SHARED)" >&2; exit 1; }
[[ -f $dict.aff && -f $dict.dic ]] || { echo "not found: $dict.{aff,dic} (run npm install)" >&2; exit 1; }
mkdir -p "$out"
echo "using: $(hunspell -v | head -n1)" >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Tokens: split on whitespace; keep tokens of letters, optionally joined by single inner hyphens.
tr -s ' \t\r' '\n' < "$dev" | grep -P '^\p{L}+(?:-\p{L}+)*$' | sort -u > "$words"

# Pipe mode, one '^'-prefixed token per line.
sed 's/^/^/' "$words" | hunspell -d "$dict" -a -i utf-8 > "$tmp/pipe.txt"

awk -v rejected="$tmp/rejected.txt" '
  NR == FNR { token[++n] = $0; next }           # first file: the tokens, in input order
  FNR == 1 && /^@\(#\)/ { next }                  # pipe-mode banner
  $0 == "" {                                      # end of one input line
    i++
    if (results != 1) { printf "token %d (%s): %d results from hunspell\n", i, token[i], results > "/dev/stderr"; bad = 1 }
    if (verdict == "rejected") print token[i] > rejected
    results = 0; verdict = ""; next
  }
  {
    results++
    c = substr($0, 1, 1)
    if (c == "*" || c == "+" || c == "-") verdict = "accepted"
    else if (c == "&" || c == "#") {
      verdict = "rejected"
      if ($2 != token[i + 1]) { printf "token %d (%s): hunspell names \"%s\"\n", i + 1, token[i + 1], $2 > "/dev/stderr"; bad = 1 }
    } else { printf "token %d (%s): unexpected result: %s\n", i + 1, token[i + 1], $0 > "/dev/stderr"; bad = 1 }
  }
  END {
    if (i != n) { printf "%d tokens in, %d verdicts out\n", n, i > "/dev/stderr"; bad = 1 }
    exit bad
  }
' "$words" "$tmp/pipe.txt"
touch "$tmp/rejected.txt"
sort -u "$tmp/rejected.txt" > "$rejected"

# Cross-check with list mode: same input, same rejected set.
hunspell -d "$dict" -l -i utf-8 < "$words" | sort -u > "$tmp/list.txt"
if ! cmp -s "$tmp/list.txt" "$rejected"; then
  echo "warning: hunspell -l and hunspell -a disagree (< -l, > -a):" >&2
  diff "$tmp/list.txt" "$rejected" | head -n 20 >&2 || true
fi
if extra=$(comm -23 "$tmp/list.txt" "$words") && [[ -n $extra ]]; then
  echo "note: hunspell -l printed lines that are not input tokens:" >&2
  echo "$extra" | head -n 20 >&2
fi

echo "$(wc -l < "$words") tokens, $(wc -l < "$rejected") rejected" >&2
echo "wrote ${words#"$root"/} and ${rejected#"$root"/}" >&2
