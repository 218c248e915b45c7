#!/usr/bin/env bash
# Side by side: `penata search QUERY` against `fzf --filter QUERY` on the same names, as
# whole processes (penata opens its database each time, fzf reads a plain text file).
#
#   scripts/fzf-compare.sh                 # 1,000,000 employees, 5 runs per query
#   N=100000 RUNS=10 scripts/fzf-compare.sh
#   KEEP=1 scripts/fzf-compare.sh          # keep the temporary directory (prints its path)
#
# Steps: build the release binary, generate a synthetic organization (penata generate),
# import it into a temporary database, extract the names to a text file, time both tools per
# query (hyperfine when installed, else a loop timed with date +%s%N), print the medians and
# the ratio penata/fzf, then compare the top results of both and say where they differ.
# Installs fzf from the distribution's packages when it is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-1000000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-5}"
TOP="${TOP:-5}"
QUERIES=(
    "sri wah"
    "sri wahyuni"
    "suprapto"
    "djoko santoso"
    "siti nurhayati"
    "i made sudiarta"
    "simanjuntak"
    "agus setiawan"
)

if ! command -v fzf >/dev/null 2>&1; then
    echo "fzf is missing: installing it from the distribution's packages" >&2
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get install -y fzf >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y fzf >/dev/null; }
fi

echo "building the release binary..." >&2
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
PENATA="$ROOT/target/release/penata"

WORK="$(mktemp -d)"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
DB="$WORK/db"
DATA="$WORK/org.json"
NAMES="$WORK/names.txt"

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

t0=$(date +%s%N)
"$PENATA" generate --employees "$N" --seed "$SEED" -o "$DATA"
echo "generate: $(ms_since "$t0") ms" >&2
t0=$(date +%s%N)
"$PENATA" --db "$DB" import "$DATA" >/dev/null
echo "import: $(ms_since "$t0") ms" >&2
# One employee per line in the generated file: `    {"nip": "...", "name": "...", ...`.
sed -n 's/^    {"nip": "[0-9]*", "name": "\([^"]*\)".*/\1/p' "$DATA" >"$NAMES"
echo "names: $(wc -l <"$NAMES") in $NAMES" >&2
# Warm the page cache for both, so neither pays for the first read from disk.
cat "$NAMES" >/dev/null
"$PENATA" --db "$DB" search "warm up" --limit 1 >/dev/null 2>&1 || true

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median wall time in milliseconds of a shell command, over $RUNS runs.
time_ms() {
    local cmd="$1"
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style none --warmup 1 --runs "$RUNS" -i --export-csv "$WORK/hf.csv" "$cmd" >/dev/null 2>&1
        # command,mean,stddev,median,... in seconds
        awk -F, 'NR == 2 { printf "%.1f\n", $4 * 1000 }' "$WORK/hf.csv"
    else
        local i s
        for ((i = 0; i < RUNS; i++)); do
            s=$(date +%s%N)
            bash -c "$cmd" >/dev/null 2>&1 || true
            echo $(( ($(date +%s%N) - s) / 100000 ))
        done | median | awk '{ printf "%.1f\n", $1 / 10 }'
    fi
}

printf '\n%s employees, %s runs per query, %s\n' "$N" "$RUNS" "$(command -v hyperfine >/dev/null && echo hyperfine || echo 'date loop')"
printf '%-20s %12s %12s %8s\n' "query" "penata ms" "fzf ms" "ratio"
P_ALL=()
F_ALL=()
for q in "${QUERIES[@]}"; do
    p=$(time_ms "'$PENATA' --db '$DB' search '$q' --limit 20 >/dev/null")
    f=$(time_ms "fzf --filter '$q' <'$NAMES' >/dev/null")
    P_ALL+=("$p")
    F_ALL+=("$f")
    printf '%-20s %12s %12s %8s\n' "$q" "$p" "$f" "$(awk -v a="$p" -v b="$f" 'BEGIN { printf "%.2f", a / b }')"
done
pm=$(printf '%s\n' "${P_ALL[@]}" | median)
fm=$(printf '%s\n' "${F_ALL[@]}" | median)
printf '%-20s %12s %12s %8s\n' "median" "$pm" "$fm" "$(awk -v a="$pm" -v b="$fm" 'BEGIN { printf "%.2f", a / b }')"

echo
echo "top $TOP per query (penata | fzf):"
differ=0
for q in "${QUERIES[@]}"; do
    # penata prints `NAME  NIP  RANK  PLACE`: the name is the text before the first two spaces.
    "$PENATA" --db "$DB" search "$q" --limit "$TOP" 2>/dev/null | awk -F'  ' '{ print $1 }' >"$WORK/p.txt" || true
    fzf --filter "$q" <"$NAMES" | head -n "$TOP" >"$WORK/f.txt" || true
    if cmp -s "$WORK/p.txt" "$WORK/f.txt"; then
        echo "== $q: same top $TOP"
    else
        differ=$((differ + 1))
        echo "== $q: rankings differ"
        paste -d'|' "$WORK/p.txt" "$WORK/f.txt" | awk -F'|' '{ printf "   %-45s | %s\n", $1, $2 }'
    fi
done
echo
echo "$differ of ${#QUERIES[@]} queries rank differently in the top $TOP"
