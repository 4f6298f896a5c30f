# Sourced by scale-build.sh and compare-build.sh: the consumer projects they build over $WORK/seeds.
#   catalog_project DIR GENERATOR_DLL ROOT   a consumer referencing the generator the way the package does (ROOT: where
#                                            its build/*.props and *.targets are taken from)
#   baseline_project                         the same seeds as plain EmbeddedResource ($WORK/baseline)

catalog_project() {
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/Catalog.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>ScaleConsumer</RootNamespace>
    <SeedsDirectory>$WORK/seeds</SeedsDirectory>
  </PropertyGroup>
  <Import Project="$3/src/SeedCatalog.Generator/build/SeedCatalog.Generator.props" />
  <ItemGroup>
    <Analyzer Include="$2" />
  </ItemGroup>
  <Import Project="$3/src/SeedCatalog.Generator/build/SeedCatalog.Generator.targets" />
</Project>
XML
  cat > "$WORK/$1/Program.cs" <<'CS'
var watch = System.Diagnostics.Stopwatch.StartNew();
var all = ScaleConsumer.Seeds.All;
var first = watch.Elapsed.TotalMilliseconds;
var article = ScaleConsumer.Seeds.ById[all[all.Count / 2].Id];
System.Console.WriteLine($"catalog: {all.Count} articles, first access {first:0.0} ms; {article.Id}: {article.Title} ({article.Text.Length} chars)");
CS
}

baseline_project() {
  mkdir -p "$WORK/baseline"
  cat > "$WORK/baseline/Baseline.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <EmbeddedResource Include="$WORK/seeds/*.txt" LogicalName="SeedCatalog/%(Filename).txt" WithCulture="false" Type="Non-Resx" />
  </ItemGroup>
</Project>
XML
  cat > "$WORK/baseline/Program.cs" <<'CS'
var names = typeof(Program).Assembly.GetManifestResourceNames();
System.Console.WriteLine($"baseline: {names.Length} seeds embedded");
CS
}
