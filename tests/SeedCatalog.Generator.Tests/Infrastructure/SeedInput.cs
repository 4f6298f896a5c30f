namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>A seed for a generator test: its id (path under the seeds folder, no extension) and text.</summary>
public sealed record SeedInput(string Id, string Text)
{
    /// <summary>The absolute path the test gives the AdditionalFile.</summary>
    public string Path => "/project/seeds/" + Id + ".txt";
}
