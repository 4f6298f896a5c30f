#!/usr/bin/env bash
# Real `dotnet build` of a consumer over COUNT synthetic seeds, with SeedCatalog (the generator referenced
# as an analyzer, the way the package adds it) against the same consumer with the seeds only as
# EmbeddedResource. Times a cold build, then two rebuilds after editing one seed (the edit-compile loop),
# and runs both apps once.
#   usage: tests/SeedCatalog.Benchmarks/scale-build.sh [COUNT=10000] [WORKDIR=a new temp folder]
#   SCALE_BUILD_ARGS: extra arguments for the catalog's builds (e.g. -p:SeedCatalogNamedMembers=false).
#   UseSharedCompilation=true: build with the compiler server (the SDK's default; this machine turns it off).
#   The builds after the first are what to read: the server's JIT warms up over the first builds.
set -euo pipefail
COUNT=${1:-10000}
WORK=${2:-$(mktemp -d -t seedcatalog-scale.XXXXXX)}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/tests/SeedCatalog.Benchmarks" -v q -nologo > "$WORK.tools.log" 2>&1 || { cat "$WORK.tools.log"; exit 1; }
GENERATOR="$ROOT/src/SeedCatalog.Generator/bin/Release/netstandard2.0/SeedCatalog.Generator.dll"
mkdir -p "$WORK"
rm -rf "$WORK/seeds"
dotnet "$ROOT/tests/SeedCatalog.Benchmarks/bin/Release/net10.0/SeedCatalog.Benchmarks.dll" corpus "$WORK/seeds" "$COUNT"

. "$ROOT/tests/SeedCatalog.Benchmarks/consumer-projects.sh"
catalog_project catalog "$GENERATOR" "$ROOT"
baseline_project

FIRST_SEED=$(cd "$WORK/seeds" && for f in *.txt; do echo "$f"; break; done)
seconds() { local start=$(date +%s.%N); "$@" > "$WORK/last-build.log" 2>&1 || { tail -30 "$WORK/last-build.log"; exit 1; }; echo "$(date +%s.%N) - $start" | bc; }
edit_one_seed() { printf ' Edit %s.\n' "$1" >> "$WORK/seeds/$FIRST_SEED"; }

echo "| consumer ($COUNT seeds) | cold build (s) | rebuild after editing one seed (s) | again (s) | again (s) |"
echo "|---|---|---|---|---|"
for project in baseline catalog; do
  extra=()
  [ "$project" = catalog ] && [ -n "${SCALE_BUILD_ARGS:-}" ] && read -r -a extra <<< "$SCALE_BUILD_ARGS"
  dotnet restore "$WORK/$project" -v q > /dev/null
  cold=$(seconds dotnet build "$WORK/$project" --no-restore -nologo -v q "${extra[@]}")
  edit_one_seed "$project-1"
  re1=$(seconds dotnet build "$WORK/$project" --no-restore -nologo -v q "${extra[@]}")
  edit_one_seed "$project-2"
  re2=$(seconds dotnet build "$WORK/$project" --no-restore -nologo -v q "${extra[@]}")
  edit_one_seed "$project-3"
  re3=$(seconds dotnet build "$WORK/$project" --no-restore -nologo -v q "${extra[@]}")
  echo "| $project ${SCALE_BUILD_ARGS:-} | $cold | $re1 | $re2 | $re3 |"
done
for project in baseline catalog; do
  dotnet run --project "$WORK/$project" --no-build
done
ls -la "$WORK/catalog/bin/Debug/net10.0/Catalog.dll" "$WORK/baseline/bin/Debug/net10.0/Baseline.dll" | awk '{print $5, $9}'
echo "work folder: $WORK"
