#!/usr/bin/env bash
# Seeds the corpora, then fuzzes each target for SECS seconds (default 60).
#
#   fuzz/run.sh                       # every target, 60 s each
#   fuzz/run.sh 300 envelope          # one target, 5 min
#
# Stable Rust with RUSTC_BOOTSTRAP=1 stands in for nightly. Builds go to fuzz/target so
# the workspace's own target dir is never locked. Exits non-zero if any target crashed;
# crashing inputs are in fuzz/artifacts/<target>/.
set -uo pipefail

cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(signature_header envelope recovery_decision signed_token)
fi

export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$PWD/fuzz/target"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

python3 fuzz/seed.py || exit 1

failed=()
for target in "${targets[@]}"; do
    echo "=== $target: ${secs}s"
    args=(-max_total_time="$secs" -print_final_stats=1)
    if [ -f "fuzz/$target.dict" ]; then
        args+=(-dict="fuzz/$target.dict")
    fi
    if ! cargo fuzz run "$target" "fuzz/corpus/$target" -- "${args[@]}"; then
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "crashed or failed: ${failed[*]}" >&2
    exit 1
fi
