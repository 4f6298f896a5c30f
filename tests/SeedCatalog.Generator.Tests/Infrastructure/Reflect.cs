using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>Reads the generated catalog of a loaded test assembly by reflection (its types may be internal).</summary>
public static class Reflect
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    public static object? Static(Assembly assembly, string typeName, string member)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        return type.GetProperty(member, Any)?.GetValue(null) ?? type.GetField(member, Any)?.GetValue(null);
    }

    public static object? Call(Assembly assembly, string typeName, string method, params object[] arguments)
        => assembly.GetType(typeName, throwOnError: true)!.GetMethods(Any).Single(m => m.Name == method && m.GetParameters().Length == arguments.Length && m.GetParameters().Zip(arguments).All(p => p.First.ParameterType.IsInstanceOfType(p.Second))).Invoke(null, arguments);

    public static object? Get(object target, string property) => target.GetType().GetProperty(property, Any)!.GetValue(target);

    public static T Get<T>(object target, string property) => (T)Get(target, property)!;

    public static List<object> Items(object? list) => ((IEnumerable)list!).Cast<object>().ToList();
}
