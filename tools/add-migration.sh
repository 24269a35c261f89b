#!/usr/bin/env bash
# Adds a migration NAME for both providers, then regenerates database/sqlserver/schema.sql.
# Provider-specific SQL (triggers and the like) still has to be written into each migration by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: tools/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
    dotnet ef migrations add "$name" --project Spd.Domain --startup-project Spd.Domain \
        --context "${provider}SpdDbContext" --output-dir "Persistence/Migrations/$provider" \
        --namespace "Spd.Domain.Persistence.Migrations.$provider"
done
# With --namespace, a first migration puts the model snapshot in a folder named after the namespace.
if [ -d Spd.Domain/Spd ]; then
    for provider in Sqlite SqlServer; do
        find Spd.Domain/Spd -path "*/$provider/*.cs" -exec mv {} "Spd.Domain/Persistence/Migrations/$provider/" \;
    done
    rm -rf Spd.Domain/Spd
fi
tools/update-sqlserver-script.sh
