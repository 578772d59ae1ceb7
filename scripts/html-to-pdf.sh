#!/bin/sh
# Renders an aiact HTML report to PDF with headless Chromium (Debian/Ubuntu package `chromium`),
# offline: the report is self-contained, and network access is switched off.
#
#   aiact assess ai-systems/cv-screening.json --format html > report.html
#   scripts/html-to-pdf.sh report.html report.pdf
#
# Install first: sudo apt-get update && sudo apt-get install chromium
# (CHROMIUM=/path/to/chrome overrides the browser).
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 REPORT.html OUTPUT.pdf" >&2
    exit 2
fi
input=$1
output=$2
if [ ! -f "$input" ]; then
    echo "$0: $input: no such file" >&2
    exit 2
fi
browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
    done
fi
if [ -z "$browser" ]; then
    echo "$0: no Chromium found; install it with: sudo apt-get update && sudo apt-get install chromium" >&2
    exit 2
fi
case "$input" in
    /*) url="file://$input" ;;
    *) url="file://$(pwd)/$input" ;;
esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
# --no-sandbox: headless runs as root in containers; the page is our own, with no scripts.
"$browser" --headless --disable-gpu --no-sandbox --no-first-run --disable-extensions \
    --user-data-dir="$profile" --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
    --no-pdf-header-footer --print-to-pdf="$output" "$url" >/dev/null 2>&1 || {
    echo "$0: Chromium could not render $input" >&2
    exit 1
}
if [ ! -s "$output" ]; then
    echo "$0: no PDF written to $output" >&2
    exit 1
fi
echo "$output"
