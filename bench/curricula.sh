# shellcheck shell=bash disable=SC2154  # $repo, $work, $activities, $seed come from the sourcing script
# Sourced by bench/run.sh and bench/studio.sh: the generated curricula they
# share. Expects $repo, $work, $activities, $seed and a log function.

# Makes sure $work/n<N>/curriculum holds the curriculum of N modules that
# bench/generate.py gives for these parameters, generating it only when the
# generator or its parameters changed, and prints its path.
bench_curriculum() {
    local n=$1 dir=$work/n$1 src=$work/n$1/curriculum stamp
    [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { printf 'not a module count: %s\n' "$n" >&2; return 1; }
    mkdir -p "$dir"
    stamp="modules=$n activities=$activities seed=$seed generator=$(sha256sum "$repo/bench/generate.py" | cut -c1-16)"
    if [[ ! -f $dir/stamp || $(cat "$dir/stamp") != "$stamp" ]]; then
        log "generating N=$n into $src"
        rm -f "$dir/stamp"
        python3 "$repo/bench/generate.py" --modules "$n" --activities "$activities" --seed "$seed" --force "$src" >&2
        echo "$stamp" >"$dir/stamp"
        # The hash cache distrusts files changed less than 2 s before they are
        # hashed; let the new files age so that the warm-up run can cache them.
        sleep 3
    fi
    # Write back the generator's dirty pages now rather than during a timed run.
    sync
    printf '%s\n' "$src"
}
