namespace SeedCatalog.Analyzer.Tests.Infrastructure;

/// <summary>Test code: statements in a method of a class in the catalog's namespace.</summary>
public static class Code
{
    public static string In(string statements) => """
        using System;
        using System.Collections.Generic;

        namespace SeedCatalog
        {
            internal static class Usage
            {
                public static void Run(string someVariable, int someMonth)
                {
        """ + "\n" + statements + "\n" + """
                }
            }
        }
        """;
}
