#!/usr/bin/env bash
# Runs Spd on the embedded SQLite database with the demo hospital (App_Data/spd.db, created on first run).
# Extra arguments pass through to the app, e.g. ./run.sh --urls http://0.0.0.0:8080
set -euo pipefail
cd "$(dirname "$0")"
source tools/debian-packages.sh
require_dotnet
ensure_debian_packages tzdata fonts-noto-cjk libfontconfig1

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
urls=(--urls http://localhost:5080)
for argument in "$@"; do
    case "$argument" in --urls|--urls=*) urls=() ;; esac
done

dotnet build Spd.Web -c Release -nologo -v quiet
echo "Spd starts at ${urls[1]:-the address given}; demo users are listed in README.md."
exec dotnet run --project Spd.Web -c Release --no-build --no-launch-profile -- "${urls[@]}" "$@"
