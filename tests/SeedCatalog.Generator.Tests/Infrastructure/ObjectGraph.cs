using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Xunit;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through every field (public or not) and every collection item, and fails when it
/// reaches an object of a forbidden type: a pipeline step that holds a Compilation, a symbol, a syntax node or
/// an AdditionalText keeps it alive and defeats caching.
/// </summary>
internal static class ObjectGraph
{
    public static void AssertHoldsNo(object? root, string step, params Type[] forbidden)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object? Value, string Path)>();
        pending.Push((root, step));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            if (value is null || value is string || value is Pointer)
            {
                continue;
            }

            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is decimal || !(type.IsValueType || seen.Add(value)))
            {
                continue;
            }

            foreach (var bad in forbidden)
            {
                Assert.False(bad.IsInstanceOfType(value), $"{path} holds a {bad.Name} ({type.FullName})");
            }

            if (value is IEnumerable items && !type.IsValueType)
            {
                var i = 0;
                foreach (var item in items)
                {
                    pending.Push((item, path + "[" + i++ + "]"));
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer)
                    {
                        pending.Push((field.GetValue(value), path + "." + field.Name));
                    }
                }
            }
        }
    }
}
