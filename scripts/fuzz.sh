#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (see fuzz/README.md).
#
#   scripts/fuzz.sh [--time SECONDS] [--jobs N] [--coverage] [target…]
#   scripts/fuzz.sh --summary
#
# Each target (default: all of them) runs for --time seconds (default 600)
# with N processes sharing its corpus (default 1), one target after another.
# The corpus is kept in the build folder between runs and minimised after each
# one, so that time adds up. Crashes go to <build>/crashes/<target>/. Every
# run appends a line per target to <build>/fuzz-log.tsv; --summary adds them up.
# --coverage then builds an instrumented copy of the targets and reports the
# line and branch coverage of each target's files over its corpus.
#
# The build folder is build-fuzz/ (RELAIS_FUZZ_BUILD to move it), the coverage
# build beside it with -coverage appended; builds use RELAIS_BUILD_JOBS
# (default 2) compilers at once.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

all_targets=(fuzz_pack fuzz_xml fuzz_payload fuzz_richtext)
build=${RELAIS_FUZZ_BUILD:-build-fuzz}
case $build in /*) ;; *) build=$source_dir/$build ;; esac
coverage_build=$build-coverage
build_jobs=${RELAIS_BUILD_JOBS:-2}
log=$build/fuzz-log.tsv

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
    exit "${1:-2}"
}

summary() {
    if [ ! -s "$log" ]; then
        echo "No fuzzing run recorded in $log yet."
        return
    fi
    awk -F'\t' '
        NR == 1 { next }
        {
            if (!($2 in runs)) order[++n] = $2
            runs[$2]++; seconds[$2] += $3; execs[$2] += $4; crashes[$2] += $8
            cov[$2] = $5; ft[$2] = $6; corpus[$2] = $7; last[$2] = $1
        }
        END {
            printf "%-14s %5s %9s %14s %8s %8s %8s %8s  %s\n", "target", "runs", "hours", "executions", "cov", "ft", "corpus", "crashes", "last run"
            for (i = 1; i <= n; i++) {
                t = order[i]
                printf "%-14s %5d %9.2f %14d %8d %8d %8d %8d  %s\n", t, runs[t], seconds[t] / 3600, execs[t], cov[t], ft[t], corpus[t], crashes[t], last[t]
            }
        }' "$log"
}

time_per_target=600
jobs=1
coverage=0
targets=()
while [ $# -gt 0 ]; do
    case $1 in
        --time) time_per_target=${2:?--time needs seconds}; shift 2 ;;
        --jobs) jobs=${2:?--jobs needs a number}; shift 2 ;;
        --coverage) coverage=1; shift ;;
        --summary) summary; exit 0 ;;
        -h|--help) usage 0 ;;
        fuzz_*) targets+=("$1"); shift ;;
        pack|xml|payload|richtext) targets+=("fuzz_$1"); shift ;;
        *) echo "Unknown argument: $1" >&2; usage ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

scripts/deps.sh --fuzz

# The targets and the seed generator, with clang, libFuzzer, ASan and UBSan.
[ -f "$build/CMakeCache.txt" ] || cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --parallel "$build_jobs" --target fuzz_seeds "${targets[@]}"

# Seeds: made afresh from the curricula and the hostile packs; the committed
# seeds (fuzz/seeds) and regressions (fuzz/regressions) are read in place.
curricula=()
for c in curricula/*/; do
    [ -f "$c/curriculum.xml" ] && curricula+=("${c%/}")
done
"$build/bin/fuzz_seeds" "$build/seeds" "${curricula[@]}"

# Input folders of a target: its corpus first (libFuzzer writes there), then
# the read-only ones that exist.
inputs() {
    local t=$1 d
    echo "$build/corpus/$t"
    for d in "$build/seeds/$t" "$source_dir/fuzz/seeds/$t" "$source_dir/fuzz/regressions/$t"; do
        [ -d "$d" ] && echo "$d"
    done
}

# The sandboxes that fuzz_pack leaves on tmpfs when a process dies.
clean_sandboxes() {
    local d
    for d in /dev/shm/relais-fuzz-*; do
        [ -e "$d" ] || continue
        kill -0 "${d##*-}" 2>/dev/null || rm -rf "$d"
    done
}

# Sums libFuzzer's final statistics over the logs of a run; cov and ft from the
# last status line of each log (their largest when several processes ran).
read_stats() {
    awk '
        /^stat::number_of_executed_units:/ { execs += $2 }
        /^stat::average_exec_per_sec:/ { rate += $2 }
        / cov: [0-9]+ ft: [0-9]+/ {
            for (i = 1; i < NF; i++) {
                if ($i == "cov:") c[FILENAME] = $(i + 1)
                if ($i == "ft:") f[FILENAME] = $(i + 1)
            }
        }
        END {
            for (k in c) if (c[k] > cov) cov = c[k]
            for (k in f) if (f[k] > ft) ft = f[k]
            printf "%d %d %d %d\n", execs, rate, cov, ft
        }' "$@"
}

[ -f "$log" ] || printf 'date\ttarget\tseconds\texecs\tcov\tft\tcorpus\tcrashes\n' >"$log"
report=()
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t" "$build/crashes/$t" "$build/logs/$t"
    rm -f "$build/logs/$t"/*.log
    mapfile -t dirs < <(inputs "$t")
    crashes_before=$(find "$build/crashes/$t" -type f | wc -l)
    options=(-max_total_time="$time_per_target" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -dict="$source_dir/fuzz/$t.dict" -artifact_prefix="$build/crashes/$t/")
    echo "== $t: $time_per_target s, $jobs process(es), inputs: ${dirs[*]}"
    start=$(date +%s)
    status=0
    if [ "$jobs" -gt 1 ]; then
        # Each process writes fuzz-<n>.log in the current folder.
        (cd "$build/logs/$t" && "$build/bin/$t" -jobs="$jobs" -workers="$jobs" "${options[@]}" "${dirs[@]}" \
            >/dev/null 2>&1) || status=$?
    else
        "$build/bin/$t" "${options[@]}" "${dirs[@]}" >"$build/logs/$t/fuzz-0.log" 2>&1 || status=$?
    fi
    seconds=$(( $(date +%s) - start ))
    clean_sandboxes
    read -r execs rate cov ft < <(read_stats "$build/logs/$t"/*.log)

    # Minimised: the smallest set of inputs that keeps every feature reached.
    merged=$build/corpus/$t.merging
    rm -rf "$merged" && mkdir -p "$merged"
    if "$build/bin/$t" -merge=1 -timeout=10 -rss_limit_mb=2048 "$merged" "${dirs[@]}" \
        >"$build/logs/$t/merge.log" 2>&1; then
        rm -rf "$build/corpus/$t" && mv "$merged" "$build/corpus/$t"
    else
        rm -rf "$merged"
        echo "   merging the corpus failed (see $build/logs/$t/merge.log); corpus kept as it was"
    fi
    clean_sandboxes
    corpus=$(find "$build/corpus/$t" -type f | wc -l)
    crashes=$(( $(find "$build/crashes/$t" -type f | wc -l) - crashes_before ))
    printf '%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\n' "$(date -Iseconds)" "$t" "$seconds" "$execs" "$cov" "$ft" "$corpus" "$crashes" >>"$log"
    line=$(printf '%-14s %6d s %12d execs %7d exec/s  cov %6d  ft %7d  corpus %6d  crashes %d' \
        "$t" "$seconds" "$execs" "$rate" "$cov" "$ft" "$corpus" "$crashes")
    if [ "$crashes" -gt 0 ] || [ "$status" -ne 0 ]; then
        [ "$crashes" -gt 0 ] || line+="  (exited with $status: see $build/logs/$t/)"
        while read -r f; do
            line+=$'\n'"    reproduce: $build/bin/$t $f"
        done < <(find "$build/crashes/$t" -type f -newermt "@$start" | sort)
    fi
    report+=("$line")
done

echo
echo "== Fuzzing: this run"
printf '%s\n' "${report[@]}"
echo "   (a crash becomes a regression: copy it to fuzz/regressions/<target>/; see fuzz/README.md)"
echo
echo "== Fuzzing: every run recorded in $log"
summary

[ "$coverage" -eq 1 ] || exit 0

# Coverage: the same targets built with clang's source-based coverage, no
# sanitizer, each run once over its minimised corpus.
if [ ! -f "$coverage_build/CMakeCache.txt" ]; then
    cmake --preset fuzz -B "$coverage_build" -DRELAIS_SANITIZE= \
        -DCMAKE_CXX_FLAGS="-fprofile-instr-generate -fcoverage-mapping" \
        -DCMAKE_EXE_LINKER_FLAGS="-fprofile-instr-generate" \
        -DCMAKE_SHARED_LINKER_FLAGS="-fprofile-instr-generate" \
        -DCMAKE_MODULE_LINKER_FLAGS="-fprofile-instr-generate" >/dev/null
fi
cmake --build "$coverage_build" --parallel "$build_jobs" --target "${targets[@]}"

# The files each target is about.
files_of() {
    case $1 in
        fuzz_pack) echo app/core/pack.cpp app/core/ziparchive.cpp app/core/manifest.cpp app/core/fileset.cpp ;;
        fuzz_xml) echo app/core/xmlparser.cpp app/core/curriculumreader.cpp app/core/curriculumwriter.cpp \
            app/core/xmlwriter.cpp app/core/schemavalidator.cpp app/core/curriculumloader.cpp app/core/validator.cpp ;;
        fuzz_payload) echo app/core/payloadcodec.cpp app/core/exercisetypebase.cpp plugins/exercises/*/*type.cpp ;;
        fuzz_richtext) echo app/core/validator.cpp app/core/htmlrenderer.cpp app/studio/richtextmarkup.cpp ;;
    esac
}

echo
for t in "${targets[@]}"; do
    profiles=$coverage_build/profiles/$t
    rm -rf "$profiles" && mkdir -p "$profiles"
    LLVM_PROFILE_FILE="$profiles/%p-%m.profraw" "$coverage_build/bin/$t" -runs=0 "$build/corpus/$t" \
        >"$profiles/run.log" 2>&1 || true
    clean_sandboxes
    llvm-profdata-14 merge -sparse "$profiles"/*.profraw -o "$profiles/merged.profdata"
    objects=()
    for o in "$coverage_build"/lib/librelais_core.so "$coverage_build"/lib/relais/plugins/exercises/*.so; do
        objects+=(-object "$o")
    done
    mapfile -t files < <(files_of "$t" | tr ' ' '\n')
    echo "== Coverage of $t over $(find "$build/corpus/$t" -type f | wc -l) inputs"
    llvm-cov-14 report "$coverage_build/bin/$t" "${objects[@]}" -instr-profile="$profiles/merged.profdata" \
        "${files[@]/#/$source_dir/}"
    echo
done
