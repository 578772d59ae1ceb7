#!/usr/bin/env bash
# Measures, does not judge: cold-start time of `aiact assess` (release build) next to a minimal
# Foundation program, and the time `aiact rules lint` takes to enumerate every path.
# Usage: scripts/benchmark.sh [RUNS]   (default 20 runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
swift build -c release --product aiact >/dev/null
bin="$(swift build -c release --show-bin-path)/aiact"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/baseline.swift" <<'SWIFT'
import Foundation
let data = Data("{}".utf8)
_ = try? JSONSerialization.jsonObject(with: data)
print("ok")
SWIFT
swiftc -O "$work/baseline.swift" -o "$work/baseline" 2>/dev/null

example="Examples/cv-screening.json"

# Median wall time in milliseconds of a command run $runs times.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}

echo "runs per figure: $runs (median wall time)"
echo "minimal Foundation program:        $(median_ms "$work/baseline") ms"
echo "aiact --version:                   $(median_ms "$bin" --version) ms"
echo "aiact assess $example (text): $(median_ms "$bin" assess "$example" --date 2026-11-22) ms"
echo "aiact assess $example (json): $(median_ms "$bin" assess "$example" --date 2026-11-22 --format json) ms"
echo "aiact rules lint (embedded):       $(median_ms "$bin" rules lint) ms"
echo
"$bin" rules lint --lang en | tail -3
ls -l "$bin" | awk '{printf "release binary size: %.1f MB\n", $5/1048576}'
