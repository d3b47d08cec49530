# shellcheck shell=bash disable=SC2154  # $repo, $work, $activities, $seed come from the sourcing script
# Sourced by the bench scripts: the generated curricula they share, and a
# private copy of the programs they measure. Expects $repo, $work,
# $activities, $seed and a log function.

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

# Others rebuild the build tree while a benchmark runs: measure a private copy
# of the programs, the core library they link and the plugins they load, laid
# out as in the build tree (plugins are found in ../lib/relais/plugins from the
# program). LD_LIBRARY_PATH, read before the programs' RUNPATH, points to the
# copy. Usage: snapshot_build <build> <snapshot> <program>...
snapshot_build() {
    local build=$1 snapshot=$2 program
    shift 2
    rm -rf "$snapshot"
    mkdir -p "$snapshot/bin" "$snapshot/lib/relais"
    for program in "$@"; do cp "$build/bin/$program" "$snapshot/bin/"; done
    cp -r "$build/lib/relais/plugins" "$snapshot/lib/relais/plugins"
    ldd "$build/bin/$1" | awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(64)?\// { print $1, $3 }' |
        while read -r name path; do cp -L "$path" "$snapshot/lib/$name"; done
    export LD_LIBRARY_PATH=$snapshot/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
}

# Two cores: a concurrent build skews every number. Say so rather than guess later.
warn_if_busy() {
    local load1 _
    read -r load1 _ </proc/loadavg
    if awk -v l="$load1" 'BEGIN { exit !(l > 0.5) }'; then
        log "warning: load average is $load1 before starting; timings will be noisy"
    fi
}
