#!/usr/bin/env bash
# Prints how many questions aiact asks for each scenario fixture (the length of its path through
# the four steps), and the median, minimum and maximum over all of them.
# Usage: scripts/question-counts.sh [FIXTURE_DIR]   (default Tests/AIActCoreTests/Fixtures/scenarios)
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-Tests/AIActCoreTests/Fixtures/scenarios}"
swift build --product aiact >/dev/null
bin="$(swift build --show-bin-path)/aiact"
counts=()
printf '%-62s %s\n' "scenario" "questions"
for f in "$dir"/*.json; do
  date=$(sed -n 's/^  "date": "\([0-9-]*\)".*/\1/p' "$f" | head -1)
  # Each answered question is one trace entry, and only trace entries carry "answerText".
  n=$("$bin" assess "$f" --format json --lang en ${date:+--date "$date"} 2>/dev/null | grep -c '"answerText"' || true)
  counts+=("$n")
  printf '%-62s %3d\n' "$(basename "$f" .json)" "$n"
done
sorted=($(printf '%s\n' "${counts[@]}" | sort -n))
total=${#sorted[@]}
if (( total % 2 == 1 )); then
  median=${sorted[$((total / 2))]}
else
  median=$(( (sorted[total / 2 - 1] + sorted[total / 2]) / 2 ))
fi
echo "scenarios: $total, questions: median $median, min ${sorted[0]}, max ${sorted[$((total - 1))]}"
