#!/usr/bin/env bash
# Resource bounds: the wall time and peak memory (GNU time) of `relais
# validate`, `relais pack`, `relais unpack` and `relais library import` on the
# largest generated curriculum (bench/generate.py, N modules: the largest of
# bench/run.sh), on the hostile curriculum of the tests (every text field at
# its longest and full of markup: tests/hostile/make-hostile.py) and on
# hostile inputs (bench/hostile_inputs.py): a zip bomb, 5 GiB behind 100 MB,
# 20,001 entries, a size declared at 4 GiB, XML files of 17 MiB and 1 GiB,
# 2,000,000 nested elements, an attribute of 15 MiB, 100,000 attributes.
# Each command runs once untimed, then RUNS times; the table gives the median
# time and the median peak RSS, and what Relais answered (exit status and
# the first finding's code).
#
# Usage: bench/bounds.sh
# Environment:
#   WORK_DIR   where inputs and results go (default /tmp/relais-bench)
#   BUILD      the build tree to measure (default build/ of this repo)
#   RUNS       timed runs per command (default 3)
#   N          modules of the largest generated curriculum (default 1000)
#   ACTIVITIES, SEED  as bench/run.sh (default 6 and 1)
#
# Output: a Markdown table on stdout, the raw numbers in $WORK_DIR/bounds-results.json.
# Needs about 8 GB free in WORK_DIR while it runs (the 5 GiB pack is unpacked).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${WORK_DIR:-/tmp/relais-bench}
build=${BUILD:-$repo/build}
runs=${RUNS:-3}
n=${N:-1000}
activities=${ACTIVITIES:-6}
seed=${SEED:-1}

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'bounds.sh: %s\n' "$*" >&2; exit 1; }
# shellcheck source=bench/curricula.sh
. "$repo/bench/curricula.sh"

[[ -x $build/bin/relais ]] || die "$build/bin/relais not found: cmake --build $build --target relais"
command -v python3 >/dev/null || die "python3 is required (generators and report)"
[[ -x /usr/bin/time ]] || die "GNU time is required (apt-get install time)"

mkdir -p "$work"
warn_if_busy
snapshot_build "$build" "$work/bounds-snapshot" relais
relais=$work/bounds-snapshot/bin/relais
# Never the user's own library, keys or cache.
export XDG_DATA_HOME=$work/bounds-xdg XDG_CACHE_HOME=$work/bounds-xdg-cache LANG=C.UTF-8
unset RELAIS_LIBRARY RELAIS_TRUST_STORE

inputs=$work/bounds
results=$work/bounds-runs
scratch=$work/bounds-scratch
rm -rf "$results" "$scratch"
mkdir -p "$results" "$scratch"

# The inputs, made again when their generators change.
stamp="$(cat "$repo/bench/hostile_inputs.py" "$repo/tests/hostile/make-hostile.py" | sha256sum | cut -c1-16)"
if [[ ! -f $inputs/stamp || $(cat "$inputs/stamp") != "$stamp" ]]; then
    log "writing the hostile inputs into $inputs"
    rm -rf "$inputs"
    mkdir -p "$inputs"
    "$relais" pack "$repo/curricula/parcours-relais" -o "$inputs/source.relais" >/dev/null
    python3 "$repo/bench/hostile_inputs.py" "$repo/curricula/parcours-relais" "$inputs/source.relais" "$inputs"
    python3 "$repo/tests/hostile/make-hostile.py" "$repo/curricula/parcours-relais" "$inputs/hostile"
    "$relais" pack "$inputs/hostile" -o "$inputs/hostile.relais" >/dev/null
    echo "$stamp" >"$inputs/stamp"
fi
largest=$(bench_curriculum "$n") || die "no curriculum of $n modules (see above)"
[[ -f $work/n$n/bounds.relais && $work/n$n/bounds.relais -nt $work/n$n/stamp ]] ||
    "$relais" pack "$largest" -o "$work/n$n/bounds.relais" >/dev/null

# measure <label> <command name> <prepare command> -- <command...>: one
# untimed run, then RUNS timed runs, each after the prepare command
# (untimed); records "seconds rss_kib" per run, the exit status and the
# first finding's code, or "none".
measure() {
    local label=$1 name=$2 prepare=$3 record status code i
    shift 4
    count=$((count + 1))
    record=$results/$(printf '%03d' "$count")
    printf '%s\t%s\n' "$label" "$name" >"$record.what"
    eval "$prepare"
    "$@" >"$record.out" 2>&1 && status=0 || status=$?
    # The first error's code ("erreur [pack.ratio] …"); none when it was accepted.
    code=none
    [[ $status == 0 ]] || code=$(grep -o -m1 -E '(erreur|error) \[[a-z]+\.[a-z-]+\]' "$record.out" |
        grep -o -E '[a-z]+\.[a-z-]+' || echo none)
    printf '%s %s\n' "$status" "$code" >"$record.answer"
    : >"$record.times"
    for ((i = 0; i < runs; i++)); do
        eval "$prepare"
        sync
        /usr/bin/time -f '%e %M' -o "$record.time" "$@" >/dev/null 2>&1 || true
        tail -n1 "$record.time" >>"$record.times"
    done
    log "$label, $name: $(cat "$record.answer") ($(tr '\n' ' ' <"$record.times"))"
}

count=0
out=$scratch/out
library=$scratch/library
clear_out="rm -rf '$out' '$scratch/out.relais'"
clear_library="rm -rf '$library'"

# A folder: validate it, and pack it when it is valid.
folder() {
    local label=$1 path=$2
    measure "$label" "relais validate <folder>" ":" -- "$relais" validate "$path"
    [[ ${3:-} == pack ]] && measure "$label" "relais pack" "$clear_out" -- "$relais" pack "$path" -o "$scratch/out.relais"
    return 0
}
# A pack: validate, unpack and import it.
pack() {
    local label=$1 path=$2
    measure "$label" "relais validate <pack>" ":" -- "$relais" validate "$path"
    measure "$label" "relais unpack" "$clear_out" -- "$relais" unpack "$path" -o "$out"
    measure "$label" "relais library import" "$clear_library" -- \
        "$relais" library --library "$library" import --yes --allow-unsigned "$path"
}

log "the largest generated curriculum ($n modules)"
folder "generated, $n modules" "$largest" pack
pack "generated, $n modules" "$work/n$n/bounds.relais"
log "the hostile curriculum"
folder "hostile curriculum" "$inputs/hostile" pack
pack "hostile curriculum" "$inputs/hostile.relais"
log "hostile packs"
pack "zip bomb: 1 GiB of zeros in 1 MiB" "$inputs/bomb.relais"
pack "5 GiB in 5 entries under the ratio" "$inputs/total.relais"
pack "20,001 entries" "$inputs/entries.relais"
pack "1 KiB declared as 4 GiB" "$inputs/declared.relais"
pack "XML file of 17 MiB" "$inputs/big-xml.relais"
log "hostile folders"
folder "XML file of 17 MiB" "$inputs/big-xml"
folder "XML file of 1 GiB" "$inputs/huge-xml"
folder "2,000,000 nested elements" "$inputs/deep"
folder "attribute of 15 MiB" "$inputs/long-attribute"
folder "100,000 attributes" "$inputs/many-attributes"
rm -rf "$scratch"

python3 - "$results" "$work" "$runs" <<'EOF'
import glob, json, os, statistics, sys

results, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = []
for what in sorted(glob.glob(os.path.join(results, "*.what"))):
    base = what[:-len(".what")]
    label, command = open(what).read().rstrip("\n").split("\t")
    status, code = open(base + ".answer").read().split()
    runs_ = [l.split() for l in open(base + ".times") if l.strip()]
    times = [float(t) for t, _ in runs_]
    rss = [int(r) for _, r in runs_]
    rows.append({"input": label, "command": command, "status": int(status), "code": code,
                 "times_s": times, "median_s": statistics.median(times), "rss_kib": rss,
                 "median_rss_kib": statistics.median(rss)})
json.dump({"runs": runs, "loadavg_at_end": open("/proc/loadavg").read().split()[:3], "results": rows},
          open(os.path.join(work, "bounds-results.json"), "w"), indent=2)

def t(x):
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.1f} s"

print()
print(f"Median of {runs} runs after an untimed one: wall time and peak RSS.")
print()
print("| input | command | answer | time | peak memory |")
print("|---|---|---|---:|---:|")
for r in rows:
    answer = "accepted" if r["status"] == 0 else f"refused (exit {r['status']}): `{r['code']}`"
    print(f"| {r['input']} | {r['command']} | {answer} | {t(r['median_s'])} | {r['median_rss_kib'] / 1024:.0f} MiB |")
print()
print(f"Raw results: {os.path.join(work, 'bounds-results.json')}")
EOF
