#!/usr/bin/env bash
# Builds Spd with warnings as errors and runs every test: domain, SQLite data access, bUnit, API and
# browser tests (Playwright driving Debian's Chromium). Extra arguments pass to dotnet test,
# e.g. ./test.sh --filter Category=Browser (only the browser tests) or --filter Category!=Browser.
set -euo pipefail
cd "$(dirname "$0")"
source tools/debian-packages.sh
require_dotnet
ensure_debian_packages chromium fonts-noto-cjk libfontconfig1 tzdata poppler-utils

export DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet tool restore >/dev/null
dotnet build Spd.sln -c Release -nologo -v quiet -warnaserror

results="$(mktemp -d)"
status=0
dotnet test Spd.Tests -c Release --no-build --nologo --results-directory "$results" \
    --logger "trx;LogFileName=spd.trx" --logger "console;verbosity=minimal" "$@" || status=$?

counters=$(grep -o '<Counters [^>]*>' "$results"/spd.trx 2>/dev/null || true)
passed=$(echo "$counters" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
failed=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
echo "Tests: ${passed:-0} passed, ${failed:-0} failed"
rm -rf "$results"
exit $status
