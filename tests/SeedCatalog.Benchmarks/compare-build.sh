#!/usr/bin/env bash
# Real `dotnet build`s of three consumers of the same COUNT synthetic seeds, timed interleaved in one run:
#   baseline  the seeds as EmbeddedResource only
#   resx      one .resx holding every seed's text, with Microsoft.CodeAnalysis.ResxSourceGenerator (a property per text)
#   catalog   SeedCatalog (the generator referenced as an analyzer with the package's props and targets)
#   catalogB  (only with GENERATOR_B=path/to/another/SeedCatalog.Generator.dll) the same with another generator build,
#             for A/B comparisons of two generators in one run
# For each of REPS rounds: a rebuild after editing one seed without the compiler server
# (UseSharedCompilation=false, as CI and containers often build), the same with the server
# (UseSharedCompilation=true, warmed up by untimed builds first), and a cold build (bin/ and obj/Debug
# deleted, no server). Each round builds every consumer once per kind, in turn. Prints each build's
# wall and CPU seconds (user + system, the compiler's included) and their medians, each against the baseline
# of the same run: on a shared machine the CPU time is the steadier of the two.
#   usage: tests/SeedCatalog.Benchmarks/compare-build.sh [COUNT=10000] [WORKDIR=a new temp folder] [REPS=3]
#   GENERATOR: the generator to test (default: this tree's Release build, which the script builds, compiled
#     ReadyToRun for this machine by src/SeedCatalog.ReadyToRun as the package ships it; READY_TO_RUN=false: the plain build)
#   CATALOG_ROOT: the repository whose build/ props and targets the catalog imports (default: this one)
#   GENERATOR_B, CATALOG_ROOT_B: the same for catalogB
#   KINDS: which kinds to time (default "noserver server cold")
# The compiler server started for the server builds stays up until its idle timeout (10 minutes).
set -euo pipefail
COUNT=${1:-10000}
WORK=${2:-$(mktemp -d -t seedcatalog-compare.XXXXXX)}
REPS=${3:-3}
KINDS=${KINDS:-noserver server cold}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RESX_VERSION=5.0.0-1.25277.114

mkdir -p "$WORK"
dotnet build -c Release "$ROOT/tests/SeedCatalog.Benchmarks" -v q -nologo > "$WORK/tools.log" 2>&1 || { cat "$WORK/tools.log"; exit 1; }
PLAIN_GENERATOR=$ROOT/src/SeedCatalog.Generator/bin/Release/netstandard2.0/SeedCatalog.Generator.dll
if [ -z "${GENERATOR:-}" ] && [ "${READY_TO_RUN:-true}" != false ]; then
  case "$(uname -s)-$(uname -m)" in Linux-x86_64) RID=linux-x64 ;; Linux-aarch64) RID=linux-arm64 ;; Darwin-arm64) RID=osx-arm64 ;; *) RID= ;; esac
  if [ -n "$RID" ]; then
    dotnet publish "$ROOT/src/SeedCatalog.ReadyToRun" -c Release -r "$RID" -nologo -v q -p:SeedCatalogGeneratorAssembly="$PLAIN_GENERATOR" -o "$WORK/r2r" > "$WORK/r2r.log" 2>&1 || { cat "$WORK/r2r.log"; exit 1; }
    GENERATOR=$WORK/r2r/SeedCatalog.Generator.dll
  fi
fi
GENERATOR=${GENERATOR:-$PLAIN_GENERATOR}
echo "generator: $GENERATOR" >&2
if [ ! -f "$WORK/seeds/.count-$COUNT" ]; then
  rm -rf "$WORK/seeds"
  dotnet "$ROOT/tests/SeedCatalog.Benchmarks/bin/Release/net10.0/SeedCatalog.Benchmarks.dll" corpus "$WORK/seeds" "$COUNT"
  touch "$WORK/seeds/.count-$COUNT"
fi

CONSUMERS="baseline resx catalog"
. "$ROOT/tests/SeedCatalog.Benchmarks/consumer-projects.sh"
# a copy of the generator per consumer, so the compiler server never sees one path change under it
mkdir -p "$WORK/generators/a"
cp "$GENERATOR" "$WORK/generators/a/SeedCatalog.Generator.dll"
catalog_project catalog "$WORK/generators/a/SeedCatalog.Generator.dll" "${CATALOG_ROOT:-$ROOT}"
if [ -n "${GENERATOR_B:-}" ]; then
  mkdir -p "$WORK/generators/b"
  cp "$GENERATOR_B" "$WORK/generators/b/SeedCatalog.Generator.dll"
  catalog_project catalogB "$WORK/generators/b/SeedCatalog.Generator.dll" "${CATALOG_ROOT_B:-$ROOT}"
  CONSUMERS="$CONSUMERS catalogB"
fi

baseline_project

mkdir -p "$WORK/resx"
cat > "$WORK/resx/Resx.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>ResxConsumer</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.ResxSourceGenerator" Version="$RESX_VERSION" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
cat > "$WORK/resx/Program.cs" <<'CS'
var watch = System.Diagnostics.Stopwatch.StartNew();
var set = ResxConsumer.Texts.ResourceManager.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, true, true)!;
int count = 0; foreach (System.Collections.DictionaryEntry e in set) count++;
System.Console.WriteLine($"resx: {count} texts, {watch.Elapsed.TotalMilliseconds:0.0} ms to read them");
CS
# every seed's text as one string resource (the name: S + the file name's letters and digits)
python3 - "$WORK/seeds" "$WORK/resx/Texts.resx" <<'PY'
import os, re, sys
from xml.sax.saxutils import escape
seeds, out = sys.argv[1], sys.argv[2]
names = sorted(n for n in os.listdir(seeds) if n.endswith('.txt'))
with open(out, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n'
            '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n'
            '  <resheader name="version"><value>2.0</value></resheader>\n'
            '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n'
            '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
    for n in names:
        text = open(os.path.join(seeds, n), encoding='utf-8-sig').read()
        key = 'S' + re.sub(r'[^0-9A-Za-z]', '_', n[:-4])
        f.write('  <data name="%s" xml:space="preserve"><value>%s</value></data>\n' % (key, escape(text)))
    f.write('</root>\n')
PY

FIRST_SEED=$(cd "$WORK/seeds" && for f in *.txt; do echo "$f"; break; done)
EDITS=0
edit_one_seed() { # consumer
  EDITS=$((EDITS + 1))
  if [ "$1" = resx ]; then
    python3 - "$WORK/resx/Texts.resx" "$EDITS" <<'PY'
import sys
p, n = sys.argv[1], sys.argv[2]
s = open(p, encoding='utf-8').read()
open(p, 'w', encoding='utf-8').write(s.replace('</value></data>', ' Edit %s.</value></data>' % n, 1))
PY
  else
    printf ' Edit %s.\n' "$EDITS" >> "$WORK/seeds/$FIRST_SEED"
  fi
}
build() { # consumer server(true/false) -> "wall cpu" seconds (cpu: user + system of the build and every process it waited for)
  UseSharedCompilation=$2 /usr/bin/time -f '%e %U %S' -o "$WORK/last-time.txt" dotnet build "$WORK/$1" --no-restore -nologo -v q > "$WORK/last-build.log" 2>&1 || { tail -30 "$WORK/last-build.log" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$WORK/last-time.txt"
}

RESULTS="$WORK/results.tsv"
: > "$RESULTS"
for c in $CONSUMERS; do dotnet restore "$WORK/$c" -v q > /dev/null; done
echo "untimed first builds (and the compiler server's warm-up)" >&2
for c in $CONSUMERS; do build "$c" false > /dev/null; done
for i in 1 2; do for c in $CONSUMERS; do edit_one_seed "$c"; build "$c" true > /dev/null; done; done
echo "uptime before: $(uptime)" >&2
for rep in $(seq 1 "$REPS"); do
  for kind in $KINDS; do
    for c in $CONSUMERS; do
      case $kind in
        noserver) edit_one_seed "$c"; s=$(build "$c" false) ;;
        server)   edit_one_seed "$c"; s=$(build "$c" true) ;;
        cold)     rm -rf "$WORK/$c/bin" "$WORK/$c/obj/Debug"; s=$(build "$c" false) ;;
      esac
      printf '%s\t%s\t%s\t%s\t%s\n' "$kind" "$c" "$rep" "${s% *}" "${s#* }" >> "$RESULTS"
      echo "$kind $c $rep: wall ${s% *} s, cpu ${s#* } s (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    done
  done
done
echo "uptime after: $(uptime)" >&2
for c in $CONSUMERS; do dotnet run --project "$WORK/$c" --no-build; done

python3 - "$RESULTS" "$COUNT" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    kind, c, rep, wall, cpu = line.split('\t')
    runs[(kind, c)].append((float(wall), float(cpu)))
kinds = [k for k in ['noserver', 'server', 'cold'] if any(key[0] == k for key in runs)]
consumers = []
for (k, c) in runs:
    if c not in consumers: consumers.append(c)
title = {'noserver': 'rebuild, one seed edited, no server', 'server': 'rebuild, one seed edited, server', 'cold': 'cold build, no server'}
for what, i in [('wall', 0), ('cpu (user + sys)', 1)]:
    print()
    print('| consumer (%s seeds): %s, median s (x baseline) [runs] | %s |' % (sys.argv[2], what, ' | '.join(title[k] for k in kinds)))
    print('|---|' + '---|' * len(kinds))
    for c in consumers:
        cells = []
        for k in kinds:
            vals = [r[i] for r in runs[(k, c)]]
            m = statistics.median(vals); b = statistics.median([r[i] for r in runs[(k, 'baseline')]])
            cells.append('%.2f (%.2fx) [%s]' % (m, m / b, ' '.join('%.1f' % v for v in vals)))
        print('| %s | %s |' % (c, ' | '.join(cells)))
PY
echo "work folder: $WORK"
