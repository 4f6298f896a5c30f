using Xunit;

// Each test builds .NET projects: one at a time is what 2 shared cores can take.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
