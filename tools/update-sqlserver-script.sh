#!/usr/bin/env bash
# Regenerates database/sqlserver/schema.sql, the idempotent script of the SQL Server migrations.
# Run after adding a migration; Spd.Tests fails while the script is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent --project Spd.Domain --startup-project Spd.Domain \
    --context SqlServerSpdDbContext --output database/sqlserver/schema.sql
