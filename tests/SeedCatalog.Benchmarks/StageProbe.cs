using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Benchmarks.Infrastructure;
using SeedCatalog.Corpus;
using SeedCatalog.Generator;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Benchmarks;

/// <summary>One stopwatch pass over every stage, with per-stage figures for the generator's own work.</summary>
internal static class StageProbe
{
    public static int Run(int count, string what)
    {
        var inputs = new CorpusInputs(count);
        Console.WriteLine($"{count} seeds, {inputs.Utf8Bytes / 1e6:0.0} MB");
        var compilation = Compilation;

        if (what != "warm")
        {
            Time("stage: read texts (SourceText)", inputs.Utf8Bytes, () => { foreach (var t in inputs.AdditionalTexts) t.GetText()!.ToString(); });
            Time("stage: parse format (SeedParser)", inputs.Utf8Bytes, () => { foreach (var s in inputs.Seeds) SeedParser.Parse(s.Text); });
            Time("stage: parse format (again)", inputs.Utf8Bytes, () => { foreach (var s in inputs.Seeds) SeedParser.Parse(s.Text); });
            var articles = new List<SeedCatalog.Generator.Model.SeedResult?>();
            Time("stage: parse + extract (SeedPath)", inputs.Utf8Bytes, () => { articles.Clear(); foreach (var s in inputs.Seeds) articles.Add(SeedPath.Read(s.Id, s.Text)); });
            Time("stage: parse + extract (again)", inputs.Utf8Bytes, () => { foreach (var s in inputs.Seeds) SeedPath.Read(s.Id, s.Text); });
            Time("stage: language detection", inputs.Utf8Bytes, () => { foreach (var s in inputs.Seeds) SeedCatalog.Generator.Extraction.LanguageDetector.Detect(s.Text); });
            Time("stage: quotes", inputs.Utf8Bytes, () => { foreach (var a in articles) SeedCatalog.Generator.Extraction.Quotes.QuoteExtractor.Extract(a!.Article!.Paragraphs.Select(p => p.Of(a.Article.Text)).ToList(), a.Article.Language); });
            Time("stage: title sentence", inputs.Utf8Bytes, () => { foreach (var a in articles) SentenceSplitter.FirstSentenceLength(a!.Article!.Paragraphs[0].Of(a.Article.Text)); });
            var options = SeedCatalog.Generator.Model.CatalogOptions.Default with { Storage = SeedCatalog.Generator.Model.TextStorage.Resource };
            SeedCatalog.Generator.Planning.CatalogPlan plan = null!;
            Time("stage: plan (sort, name, shard; names cached per seed, as in the pipeline)", inputs.Utf8Bytes, () => plan = SeedCatalog.Generator.Planning.CatalogPlanner.Assemble(SeedCatalog.Generator.Planning.CatalogLayout.Of(articles, options, SeedCatalog.Generator.Model.CatalogOptions.MaxNamedMembers), articles));
            Time("stage: plan (again)", inputs.Utf8Bytes, () => plan = SeedCatalog.Generator.Planning.CatalogPlanner.Assemble(SeedCatalog.Generator.Planning.CatalogLayout.Of(articles, options, SeedCatalog.Generator.Model.CatalogOptions.MaxNamedMembers), articles));
            Time("stage: emit shards", inputs.Utf8Bytes, () => { foreach (var shard in plan.Shards) SeedCatalog.Generator.Emit.ShardEmitter.Emit(shard); });
            Time("stage: emit shards (again)", inputs.Utf8Bytes, () => { foreach (var shard in plan.Shards) SeedCatalog.Generator.Emit.ShardEmitter.Emit(shard); });
            Time("stage: emit catalog", inputs.Utf8Bytes, () => SeedCatalog.Generator.Emit.CatalogEmitter.Emit(plan with { Shards = SeedCatalog.Generator.Model.EquatableArray<SeedCatalog.Generator.Planning.ShardPlan>.Empty }));
            SeedCatalog.Generator.Planning.LookupTable table = null!;
            Time("stage: analyzer lookup table (ids, speakers)", inputs.Utf8Bytes, () => table = SeedCatalog.Generator.Planning.LookupTable.Of(plan));
            Time("stage: analyzer speakers (every edit; again)", inputs.Utf8Bytes, () => SeedCatalog.Generator.Planning.LookupTable.SpeakersOf(plan));
            Time("stage: analyzer ids (id or date edits; again)", inputs.Utf8Bytes, () => table = SeedCatalog.Generator.Planning.LookupTable.WithIds(plan, table.Speakers));
            Time("stage: emit analyzer lookup table", inputs.Utf8Bytes, () => SeedCatalog.Generator.Emit.LookupTableEmitter.Emit(table));
        }

        Time("driver: empty generator", inputs.Utf8Bytes, () => Consumer.Driver(inputs, new EmptyGenerator()).RunGenerators(compilation));
        GeneratorDriver warm = null!;
        Time("driver: cold", inputs.Utf8Bytes, () => warm = Consumer.Seeds(inputs).RunGenerators(compilation));
        Time("driver: cold (again)", inputs.Utf8Bytes, () => warm = Consumer.Seeds(inputs).RunGenerators(compilation));
        Console.WriteLine($"{"driver: cold, digest of the generated code",-40} {GeneratedDigest(warm)}");
        Time("driver: warm no change", inputs.Utf8Bytes, () => warm.RunGenerators(compilation));
        var emptyWarm = Consumer.Driver(inputs, new EmptyGenerator()).RunGenerators(compilation);
        var rounds = what == "warm" ? 21 : 9;
        Repeat("driver: warm no change", rounds, _ => () => warm.RunGenerators(compilation));
        Repeat("baseline: empty generator, no change", rounds, _ => () => emptyWarm.RunGenerators(compilation));
        var edited = CorpusInputs.Text(SyntheticCorpus.Edited(inputs.Seeds[count / 2]));
        Time("driver: warm one seed edited", inputs.Utf8Bytes, () => warm.ReplaceAdditionalText(inputs.AdditionalTexts[count / 2], edited).RunGenerators(compilation));
        for (var i = 1; i <= 4; i++)
        {
            var other = CorpusInputs.Text(SyntheticCorpus.Edited(inputs.Seeds[(count / 2) + i]));
            Time("driver: warm one seed edited (another " + i + ")", inputs.Utf8Bytes, () => warm.ReplaceAdditionalText(inputs.AdditionalTexts[(count / 2) + i], other).RunGenerators(compilation));
        }

        // The same warm edits with a generator that only reads the files: the driver's own floor, so the
        // generator's share of an edit is the difference of the two medians.
        if (what == "warm")
        {
            EditParts(inputs, warm, rounds);
        }

        var (seedEdit, emptyEdit) = Paired("driver: warm one seed edited", "baseline: empty generator, one seed edited", rounds, i => EditOne(warm, inputs, count, i), i => EditOne(emptyWarm, inputs, count, i));
        Console.WriteLine($"{"  generator's share of an edit (medians)",-44} {seedEdit - emptyEdit,10:0.0} ms");

        // The compiler server with /features:enable-generator-cache: the driver is reused, but every AdditionalText
        // (read anew from disk) and the options provider are new objects; one seed's content changed.
        var (serverEdit, emptyServer) = Paired("server: new texts + options, one edited", "baseline: empty generator, server edit", rounds, i => Server(warm, inputs, count, i, edit: true), i => Server(emptyWarm, inputs, count, i, edit: true));
        Console.WriteLine($"{"  generator's share, server (medians)",-44} {serverEdit - emptyServer,10:0.0} ms");
        Repeat("server: new texts + options, no edit", 3, i => Server(warm, inputs, count, i, edit: false));
        // What csc itself does with a cached driver: it also passes the parse options again, and takes the updated compilation.
        Repeat("server, as csc: + parse options, one edited", 5, i => ServerAsCsc(warm, inputs, count, i));

        if (what is "generator" or "warm")
        {
            return 0;
        }

        var generated = warm.GetRunResult().Results.Single().GeneratedSources;
        Console.WriteLine($"generated: {generated.Length} files, {generated.Sum(g => (long)g.SourceText.Length) / 1e6:0.0} M chars");
        var dump = Environment.GetEnvironmentVariable("PROBE_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            System.IO.Directory.CreateDirectory(dump);
            foreach (var g in generated) System.IO.File.WriteAllText(System.IO.Path.Combine(dump, g.HintName), g.SourceText.ToString());
        }

        var resources = Consumer.Resources(inputs).ToList();
        byte[] image = null!;
        for (var round = 1; round <= 2; round++)
        {
            Time("compile: resources only #" + round, inputs.Utf8Bytes, () => Consumer.Emit(Consumer.Compilation(), resources));
            Time("compile: with catalog #" + round, inputs.Utf8Bytes, () =>
            {
                var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Consumer.ProgramSource, Consumer.ParseOptions) };
                trees.AddRange(generated.Select(g => CSharpSyntaxTree.ParseText(g.SourceText, Consumer.ParseOptions, g.HintName)));
                image = Consumer.Emit(Consumer.Compilation(trees), resources);
            });
        }
        Console.WriteLine($"assembly: {image.Length / 1e6:0.0} MB");
        List<SyntaxTree> parsed = null!;
        Time("compile stage: parse", inputs.Utf8Bytes, () => parsed = generated.Select(g => CSharpSyntaxTree.ParseText(g.SourceText, Consumer.ParseOptions, g.HintName)).ToList());
        var full = Consumer.Compilation(parsed);
        Time("compile stage: declaration diagnostics", inputs.Utf8Bytes, () => full.GetDeclarationDiagnostics());
        foreach (var tree in parsed.Take(3).Concat(parsed.Skip(parsed.Count - 2)))
        {
            Time("  bind " + System.IO.Path.GetFileName(tree.FilePath), inputs.Utf8Bytes, () => full.GetSemanticModel(tree).GetMethodBodyDiagnostics());
        }

        Time("compile stage: method body diagnostics", inputs.Utf8Bytes, () => full.GetMethodBodyDiagnostics());
        Time("compile stage: emit", inputs.Utf8Bytes, () => Consumer.Emit(full, resources));
        return 0;
    }

    /// <summary>Compiles the .cs files of a folder (no resources) three times: for trying shapes of generated code by hand.</summary>
    public static int CompileDirectory(string directory)
    {
        var files = System.IO.Directory.GetFiles(directory, "*.cs");
        var bytes = files.Sum(f => new System.IO.FileInfo(f).Length);
        for (var round = 1; round <= 3; round++)
        {
            Time("compile " + directory + " #" + round, bytes, () =>
            {
                var trees = files.Select(f => CSharpSyntaxTree.ParseText(System.IO.File.ReadAllText(f), Consumer.ParseOptions, f)).ToList();
                Consumer.Emit(Consumer.Compilation(trees), Array.Empty<ResourceDescription>());
            });
        }

        return 0;
    }

    private static readonly CSharpCompilation Compilation = Consumer.Compilation();

    /// <summary>The pieces of a warm one-seed edit, each timed on its own: what the generator does besides the driver's bookkeeping.</summary>
    private static void EditParts(CorpusInputs inputs, GeneratorDriver warm, int rounds)
    {
        var options = SeedCatalog.Generator.Model.CatalogOptions.Default with { Storage = SeedCatalog.Generator.Model.TextStorage.Resource, Namespace = "Consumer" };
        var results = inputs.Seeds.Select(s => (SeedCatalog.Generator.Model.SeedResult?)SeedPath.Read(new SeedCatalog.Generator.Model.SeedFile(CorpusInputs.PathOf(s.Id), s.Id, s.Text), default)).ToArray();
        var keys = SeedCatalog.Generator.Planning.SeedKeys.Of(results);
        var layout = SeedCatalog.Generator.Planning.CatalogLayout.Of(keys.Seeds, options, SeedCatalog.Generator.Model.CatalogOptions.MaxNamedMembers);
        var plan = SeedCatalog.Generator.Planning.CatalogPlanner.Assemble(layout, keys.Seeds);
        var edited = SyntheticCorpus.Edited(inputs.Seeds[inputs.Seeds.Count / 2]);
        Repeat("part: read one seed (SeedPath.Read)", rounds, _ => () => SeedPath.Read(new SeedCatalog.Generator.Model.SeedFile(CorpusInputs.PathOf(edited.Id), edited.Id, edited.Text), default));
        Repeat("part: seed keys of the collected seeds", rounds, _ => () => SeedCatalog.Generator.Planning.SeedKeys.Of(results));
        Repeat("part: seed keys compared", rounds, _ => { var other = SeedCatalog.Generator.Planning.SeedKeys.Of(results); return () => keys.Equals(other); });
        Repeat("part: layout (when keys change)", rounds, _ => () => SeedCatalog.Generator.Planning.CatalogLayout.Of(keys.Seeds, options, SeedCatalog.Generator.Model.CatalogOptions.MaxNamedMembers));
        Repeat("part: assemble", rounds, _ => () => SeedCatalog.Generator.Planning.CatalogPlanner.Assemble(layout, keys.Seeds));
        Repeat("part: plans compared", rounds, _ => { var other = SeedCatalog.Generator.Planning.CatalogPlanner.Assemble(layout, keys.Seeds); return () => plan.Equals(other); });
        Repeat("part: emit one shard", rounds, _ => () => SeedCatalog.Generator.Emit.ShardEmitter.Emit(plan.Shards[0]));
        var shardText = warm.GetRunResult().Results.Single().GeneratedSources.First(g => g.HintName.Contains(".Articles.", StringComparison.Ordinal)).SourceText;
        Console.WriteLine($"one shard: {shardText.Length / 1e3:0} k chars");
        Repeat("part: driver parses one shard", rounds, _ => () => CSharpSyntaxTree.ParseText(shardText, Consumer.ParseOptions));

        // The server's reuse: every file is read again into a SeedFile, which must compare equal to the one before.
        var before = inputs.AdditionalTexts.Select(t => SeedCatalog.Generator.Configuration.SeedFileReader.Read(t, inputs.Options, default)!).ToArray();
        Repeat("part: server, decode all texts", 5, i => { var fresh = inputs.FreshTexts(-1, inputs.Seeds[0]); return () => { foreach (var t in fresh) t.GetText(); }; });
        Repeat("part: server, read all seed files", 5, i =>
        {
            var fresh = inputs.FreshTexts(-1, inputs.Seeds[0]);
            var options = inputs.FreshOptions();
            foreach (var t in fresh) t.GetText();
            return () => { foreach (var t in fresh) SeedCatalog.Generator.Configuration.SeedFileReader.Read(t, options, default); };
        });
        Repeat("part: server, compare all seed files", 5, i =>
        {
            var options = inputs.FreshOptions();
            var after = inputs.FreshTexts(-1, inputs.Seeds[0]).Select(t => SeedCatalog.Generator.Configuration.SeedFileReader.Read(t, options, default)!).ToArray();
            return () => { for (var k = 0; k < after.Length; k++) before[k].Equals(after[k]); };
        });
    }

    private static Action EditOne(GeneratorDriver warm, CorpusInputs inputs, int count, int round)
    {
        var index = (count / 3) + (round * 7 % count);
        var edited = CorpusInputs.Text(SyntheticCorpus.Edited(inputs.Seeds[index], round + 1));
        var driver = warm.ReplaceAdditionalText(inputs.AdditionalTexts[index], edited);
        return () => driver.RunGenerators(Compilation);
    }

    private static Action Server(GeneratorDriver warm, CorpusInputs inputs, int count, int round, bool edit)
    {
        var index = (count / 4) + (round * 11 % count);
        var texts = inputs.FreshTexts(edit ? index : -1, SyntheticCorpus.Edited(inputs.Seeds[index], round + 1));
        var options = inputs.FreshOptions();
        return () => warm.ReplaceAdditionalTexts(texts).WithUpdatedAnalyzerConfigOptions(options).RunGenerators(Compilation);
    }

    private static Action ServerAsCsc(GeneratorDriver warm, CorpusInputs inputs, int count, int round)
    {
        var index = (count / 4) + (round * 11 % count);
        var texts = inputs.FreshTexts(index, SyntheticCorpus.Edited(inputs.Seeds[index], round + 1));
        var options = inputs.FreshOptions();
        var parseOptions = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Consumer.ParseOptions.LanguageVersion, Consumer.ParseOptions.DocumentationMode);
        return () => warm.WithUpdatedParseOptions(parseOptions).WithUpdatedAnalyzerConfigOptions(options).ReplaceAdditionalTexts(texts)
            .RunGeneratorsAndUpdateCompilation(Compilation, out _, out _);
    }

    /// <summary>Times two kinds of run alternately (so both see the same noise); prints both and returns their medians.</summary>
    private static (double First, double Second) Paired(string first, string second, int rounds, Func<int, Action> prepareFirst, Func<int, Action> prepareSecond)
    {
        var a = new List<(double, double, long)>();
        var b = new List<(double, double, long)>();
        for (var round = 0; round < rounds; round++)
        {
            a.Add(Once(prepareFirst(round)));
            b.Add(Once(prepareSecond(round)));
        }

        return (Print(first, a), Print(second, b));
    }

    private static (double Wall, double Cpu, long Allocated) Once(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed.TotalMilliseconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, allocated);
    }

    /// <summary>
    /// Prints the median and least wall time, the median CPU time (all threads: less disturbed by other work on the
    /// machine) and the median bytes allocated on this thread; returns the median wall time.
    /// </summary>
    private static double Print(string name, List<(double Wall, double Cpu, long Allocated)> times)
    {
        var sorted = times.Select(t => t.Wall).OrderBy(t => t).ToList();
        var cpu = times.Select(t => t.Cpu).OrderBy(t => t).ToList();
        var allocated = times.Select(t => t.Allocated).OrderBy(t => t).ToList();
        var median = sorted[sorted.Count / 2];
        Console.WriteLine($"{name,-44} {median,7:0.0} ms median, {sorted[0],5:0.0} min, cpu {cpu[cpu.Count / 2],5:0.0}, {allocated[allocated.Count / 2] / 1e6,6:0.00} MB  [{string.Join(" ", times.Select(t => t.Wall.ToString("0.0")))}]");
        return median;
    }

    /// <summary>Times <paramref name="rounds"/> runs, each prepared (untimed) by <paramref name="prepare"/>; prints them and returns the median.</summary>
    private static double Repeat(string name, int rounds, Func<int, Action> prepare)
    {
        var times = new List<(double, double, long)>();
        for (var round = 0; round < rounds; round++)
        {
            times.Add(Once(prepare(round)));
        }

        return Print(name, times);
    }

    /// <summary>SHA-256 of every generated file (hint name and text, in hint-name order) and every diagnostic: equal digests, equal output.</summary>
    private static string GeneratedDigest(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var text = new System.Text.StringBuilder();
        foreach (var source in result.GeneratedSources.OrderBy(g => g.HintName, StringComparer.Ordinal))
        {
            text.Append(source.HintName).Append('\n').Append(source.SourceText.ToString()).Append('\n');
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            text.Append(diagnostic.ToString()).Append('\n');
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return $"{result.GeneratedSources.Length} files, {result.Diagnostics.Length} diagnostics, sha256 {Convert.ToHexString(hash)[..16]}";
    }

    private static void Time(string name, long bytes, Action action)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"{name,-40} {watch.Elapsed.TotalMilliseconds,10:0.0} ms {bytes / 1e6 / watch.Elapsed.TotalSeconds,8:0.0} MB/s {allocated / (double)bytes,8:0.00} B/B  cpu {cpu.TotalMilliseconds,7:0} ms");
    }
}
