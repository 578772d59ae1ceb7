#!/usr/bin/env bash
# Measures, does not judge: prints figures, never fails on them.
#
#  1. Cold start: CPU time (user + system) of `aiact assess` on the example description, next to
#     a minimal Foundation program that parses a small JSON text, and the ratio of the two
#     (target: at most 2x). Also `aiact --version` (the start-up floor) and `rules lint`. The runs
#     are made in 5 rounds, each round running every program in turn, so that a change in the
#     machine's load hits the baseline and aiact alike; the ratio is given over all runs, with
#     its lowest and highest value over the rounds (the spread).
#  2. Questions: how many questions aiact asks over the scenario fixtures (median, minimum,
#     maximum; `scripts/question-counts.sh` lists them per scenario).
#  3. Scale: `aiact check` over 1,000 and 10,000 generated descriptions, in text, JSON and
#     Markdown: wall time, CPU time and peak memory (maximum resident set size), and the
#     10,000/1,000 ratios (linear time means about 10x; flat memory means about 1x).
#
# Usage: scripts/benchmark.sh [RUNS] [--no-scale]   (RUNS: runs per cold-start figure, default 30)
#
# Notes:
# - Needs GNU time as /usr/bin/time for peak memory (`apt-get install time` on Debian/Ubuntu);
#   without it the scale figures show wall time only.
# - CPU time, not wall time, for the cold start: it is less disturbed by other work on the machine.
#   Still, run it on a quiet machine; the load average before and after is printed with the figures.
# - Compare figures as ratios (aiact against the baseline, 10,000 against 1,000), not as absolute
#   milliseconds, which depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=30
scale=1
for arg in "$@"; do
  case "$arg" in
    --no-scale) scale=0 ;;
    *) runs="$arg" ;;
  esac
done

swift build -c release --product aiact >/dev/null
bin="$(swift build -c release --show-bin-path)/aiact"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The baseline: what any Swift program that reads a small JSON file with Foundation costs.
cat > "$work/baseline.swift" <<'SWIFT'
import Foundation
struct Small: Decodable { var name: String; var answers: [String: String] }
let data = Data(#"{"name": "x", "answers": {"role": "deployer", "uses": "chat"}}"#.utf8)
let small = try! JSONDecoder().decode(Small.self, from: data)
print(small.name)
SWIFT
swiftc -O "$work/baseline.swift" -o "$work/baseline" 2>/dev/null

example="Examples/cv-screening.json"
date="2026-12-01"

# Total CPU time (user + system, ms) of a command over $1 runs, from the shell's own accounting
# of its children (getrusage), so no external timer is needed.
cpu_total_ms() {
  local n=$1 out
  shift
  out=$( (for _ in $(seq "$n"); do "$@" >/dev/null 2>&1 || true; done; times) | tail -1)
  # `times` prints the children's "user system", e.g. "0m0.412s 0m0.096s".
  echo "$out" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
    printf "%.3f", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo
rounds=5
per=$(( (runs + rounds - 1) / rounds ))
echo "== Cold start: CPU time per run (average of $((per * rounds)) runs, in $rounds rounds of $per)"
names=(base version text json lint)
declare -A total lo hi
for name in "${names[@]}"; do total[$name]=0; done
for round in $(seq "$rounds"); do
  declare -A ms
  ms[base]=$(cpu_total_ms "$per" "$work/baseline")
  ms[version]=$(cpu_total_ms "$per" "$bin" --version)
  ms[text]=$(cpu_total_ms "$per" "$bin" assess "$example" --date "$date")
  ms[json]=$(cpu_total_ms "$per" "$bin" assess "$example" --date "$date" --format json)
  ms[lint]=$(cpu_total_ms "$per" "$bin" rules lint)
  for name in "${names[@]}"; do
    total[$name]=$(awk -v a="${total[$name]}" -v b="${ms[$name]}" 'BEGIN { printf "%.3f", a + b }')
    r=$(ratio "${ms[$name]}" "${ms[base]}")
    if [ "$round" = 1 ]; then lo[$name]=$r; hi[$name]=$r; fi
    lo[$name]=$(awk -v a="${lo[$name]}" -v b="$r" 'BEGIN { print (b < a ? b : a) }')
    hi[$name]=$(awk -v a="${hi[$name]}" -v b="$r" 'BEGIN { print (b > a ? b : a) }')
  done
done
mean() { awk -v t="${total[$1]}" -v n="$((per * rounds))" 'BEGIN { printf "%.2f", t / n }'; }
line() {
  printf '%-48s %8s ms   %sx the baseline (rounds: %s-%sx)%s\n' "$1" "$(mean "$2")" \
    "$(ratio "${total[$2]}" "${total[base]}")" "${lo[$2]}" "${hi[$2]}" "${3:-}"
}
printf '%-48s %8s ms\n' "minimal Foundation program (small JSON):" "$(mean base)"
line "aiact --version:" version
line "aiact assess $example (text):" text "   target: at most 2x"
line "aiact assess $example (json):" json
line "aiact rules lint (embedded rules):" lint

echo
echo "== Questions asked over the scenario fixtures"
scripts/question-counts.sh | tail -1

if [ "$scale" = 1 ]; then
  echo
  echo "== check over generated descriptions"
  have_time=0
  [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1 && have_time=1
  [ "$have_time" = 1 ] || echo "(no GNU time at /usr/bin/time: peak memory not measured; apt-get install time)"
  # Descriptions: the example and the scenario fixtures, each file a different system name.
  sources=("$example")
  for f in Tests/AIActCoreTests/Fixtures/scenarios/*.json; do sources+=("$f"); done
  generate() {
    local count=$1 dir=$2 i=0 text
    mkdir -p "$dir"
    local texts=()
    for f in "${sources[@]}"; do texts+=("$(cat "$f")"); done
    while [ "$i" -lt "$count" ]; do
      text="${texts[$((i % ${#texts[@]}))]}"
      # Shell-only (no process per file): a distinct name per system.
      printf '%s\n' "${text/\"name\": \"/\"name\": \"#$i }" > "$dir/system-$i.json"
      i=$((i + 1))
    done
  }
  declare -A wall cpu mem
  for n in 1000 10000; do
    generate "$n" "$work/d$n"
    for format in text json markdown; do
      if [ "$have_time" = 1 ]; then
        /usr/bin/time -o "$work/t" -f '%e %U %S %M' "$bin" check "$work/d$n" --format "$format" --date "$date" >/dev/null 2>&1 || true
        # The last line: GNU time puts "Command exited with non-zero status 1" before it (findings).
        read -r e u s m < <(tail -1 "$work/t")
      else
        start=$(date +%s%N)
        "$bin" check "$work/d$n" --format "$format" --date "$date" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        e=$(awk -v d=$((end - start)) 'BEGIN { printf "%.2f", d / 1e9 }'); u=0; s=0; m=0
      fi
      wall[$n,$format]=$e
      cpu[$n,$format]=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
      mem[$n,$format]=$(awk -v m="$m" 'BEGIN { printf "%.1f", m / 1024 }')
      printf '%6s descriptions, %-8s  wall %7s s   CPU %7s s   peak memory %7s MB\n' \
        "$n" "$format" "${wall[$n,$format]}" "${cpu[$n,$format]}" "${mem[$n,$format]}"
    done
  done
  echo
  echo "10,000 against 1,000 (linear time: about 10x; flat memory: about 1x):"
  for format in text json markdown; do
    printf '  %-8s  CPU %6sx   peak memory %5sx\n' "$format" \
      "$(ratio "${cpu[10000,$format]}" "${cpu[1000,$format]}")" "$(ratio "${mem[10000,$format]}" "${mem[1000,$format]}")"
  done
fi

echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
ls -l "$bin" | awk '{printf "release binary size: %.1f MB\n", $5/1048576}'
