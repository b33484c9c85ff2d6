using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Reflection checks over a set of public types. Each check returns the violations it found, one
/// readable line each, so that a test can assert "none" on the library and "some" on a bad type.
/// </summary>
public static class ApiConventions
{
    private static readonly Type[] ForbiddenTypes = { typeof(DateTime), typeof(DateTimeOffset), typeof(TimeZoneInfo) };

    private static readonly Type[] MutableCollectionDefinitions =
    {
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(IList<>), typeof(ICollection<>),
        typeof(IDictionary<,>), typeof(ISet<>), typeof(SortedDictionary<,>), typeof(SortedSet<>), typeof(Queue<>), typeof(Stack<>),
    };

    /// <summary>The library's public types.</summary>
    public static IReadOnlyList<Type> LibraryTypes { get; } =
        new[]
        {
            typeof(DomainRuleException).Assembly,
            typeof(MassMobilization.Core.Serialization.SystemTextJson.InterchangeFormats).Assembly,
            typeof(MassMobilization.Core.Extensions.DependencyInjection.MassMobilizationOptions).Assembly,
        }.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    /// <summary>Public state must not be writable: no settable properties (init is allowed), no writable fields, no mutable collections.</summary>
    public static IReadOnlyList<string> MutabilityViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(IsSubjectToImmutability))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    violations.Add($"{type.FullName}.{field.Name} is a writable public field.");
                }
                else if (IsMutableCollection(field.FieldType))
                {
                    violations.Add($"{type.FullName}.{field.Name} exposes a mutable collection ({field.FieldType.Name}).");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is not null && setter.IsPublic && !IsInitOnly(setter))
                {
                    violations.Add($"{type.FullName}.{property.Name} has a public setter.");
                }

                if (IsMutableCollection(property.PropertyType))
                {
                    violations.Add($"{type.FullName}.{property.Name} exposes a mutable collection ({property.PropertyType.Name}).");
                }
            }
        }

        return violations;
    }

    /// <summary>A type that implements IEquatable&lt;T&gt; of itself declares == and != and overrides Equals/GetHashCode; IComparable&lt;T&gt; brings &lt;, &lt;=, &gt;, &gt;=.</summary>
    public static IReadOnlyList<string> EqualityViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(t => !t.IsInterface && !t.IsEnum))
        {
            if (Implements(type, typeof(IEquatable<>)))
            {
                foreach (string op in new[] { "op_Equality", "op_Inequality" })
                {
                    if (!HasOperator(type, op))
                    {
                        violations.Add($"{type.FullName} implements IEquatable<{type.Name}> but does not declare {op}.");
                    }
                }

                if (type.GetMethod(nameof(Equals), new[] { typeof(object) })?.DeclaringType != type)
                {
                    violations.Add($"{type.FullName} implements IEquatable<{type.Name}> but does not override Equals(object).");
                }

                if (type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)?.DeclaringType != type)
                {
                    violations.Add($"{type.FullName} implements IEquatable<{type.Name}> but does not override GetHashCode().");
                }
            }

            if (Implements(type, typeof(IComparable<>)))
            {
                foreach (string op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
                {
                    if (!HasOperator(type, op))
                    {
                        violations.Add($"{type.FullName} implements IComparable<{type.Name}> but does not declare {op}.");
                    }
                }
            }
        }

        return violations;
    }

    /// <summary>The public API speaks NodaTime: no DateTime, DateTimeOffset or TimeZoneInfo in any public signature.</summary>
    public static IReadOnlyList<string> ForbiddenTypeViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types)
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(Flags))
            {
                IEnumerable<Type> used = member switch
                {
                    FieldInfo f => new[] { f.FieldType },
                    PropertyInfo p => new[] { p.PropertyType },
                    MethodInfo { IsSpecialName: false } m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => Array.Empty<Type>(),
                };
                foreach (var usedType in used)
                {
                    var forbidden = Flatten(usedType).FirstOrDefault(t => ForbiddenTypes.Contains(t));
                    if (forbidden is not null)
                    {
                        violations.Add($"{type.FullName}.{member.Name} uses {forbidden.Name}; use a NodaTime type.");
                    }
                }
            }
        }

        return violations.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every public constructor and method rejects null for a non-nullable reference parameter with
    /// <see cref="ArgumentNullException"/> naming that parameter. Other arguments get sample values
    /// (see <see cref="SampleValues"/>); a parameter after one with no sample is not reached.
    /// </summary>
    public static IReadOnlyList<string> NullArgumentViolations(IEnumerable<Type> types, SampleValues samples)
    {
        var violations = new List<string>();
        var nullability = new NullabilityInfoContext();
        foreach (var type in types.Where(t => !t.IsInterface && !t.IsEnum && !t.ContainsGenericParameters && !typeof(Delegate).IsAssignableFrom(t)))
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(Flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
                .Where(m => !m.IsAbstract && !m.ContainsGenericParameters);
            foreach (var member in members)
            {
                CheckMember(type, member, samples, nullability, violations);
            }
        }

        return violations;
    }

    private static void CheckMember(Type type, MethodBase member, SampleValues samples, NullabilityInfoContext nullability, List<string> violations)
    {
        var parameters = member.GetParameters();
        if (type.IsByRefLike || parameters.Any(p => (p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType).IsByRefLike))
        {
            // Spans and other ref structs (such as an interpolated string handler, passed by reference)
            // cannot be boxed for reflection; such members check their nulls in their own tests.
            return;
        }

        object? target = null;
        if (!member.IsStatic && member is MethodInfo)
        {
            if (!samples.TryGet(type, out target) || target is null)
            {
                return;
            }
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (!IsNonNullableReference(parameter, nullability))
            {
                continue;
            }

            var args = new object?[parameters.Length];
            bool complete = true;
            for (int j = 0; j < parameters.Length && complete; j++)
            {
                if (j == i)
                {
                    continue;
                }

                if (samples.TryGet(parameters[j].ParameterType, out var sample))
                {
                    args[j] = sample;
                }
                else if (j > i && !parameters[j].ParameterType.IsValueType)
                {
                    args[j] = null;
                }
                else if (parameters[j].ParameterType.IsValueType)
                {
                    args[j] = Activator.CreateInstance(parameters[j].ParameterType);
                }
                else
                {
                    complete = false;
                }
            }

            if (!complete)
            {
                return;
            }

            string name = $"{type.FullName}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))})";
            try
            {
                if (member is ConstructorInfo ctor)
                {
                    ctor.Invoke(args);
                }
                else
                {
                    member.Invoke(target, args);
                }

                violations.Add($"{name} accepted null for '{parameter.Name}'.");
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException ane)
            {
                if (ane.ParamName != parameter.Name)
                {
                    violations.Add($"{name} rejected null for '{parameter.Name}' naming '{ane.ParamName}'.");
                }
            }
            catch (TargetInvocationException e)
            {
                violations.Add($"{name} threw {e.InnerException?.GetType().Name} instead of ArgumentNullException for null '{parameter.Name}': {e.InnerException?.Message}");
            }
        }
    }

    private static bool IsNonNullableReference(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        if (type.IsValueType || type.IsByRef || type.IsPointer)
        {
            return false;
        }

        if (parameter.HasDefaultValue && parameter.DefaultValue is null)
        {
            return false;
        }

        return nullability.Create(parameter).WriteState == NullabilityState.NotNull;
    }

    private static bool IsSubjectToImmutability(Type type) =>
        !type.IsInterface && !type.IsEnum && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(Exception).IsAssignableFrom(type) && !typeof(Attribute).IsAssignableFrom(type)
        && !(type.IsAbstract && type.IsSealed)
        && type.GetCustomAttribute<MutableAttribute>() is null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type) =>
        type.IsArray || (type.IsGenericType && MutableCollectionDefinitions.Contains(type.GetGenericTypeDefinition()));

    private static bool Implements(Type type, Type genericInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericInterface && i.GetGenericArguments()[0] == type);

    private static bool HasOperator(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == name);

    private static IEnumerable<Type> Flatten(Type type)
    {
        var element = type.HasElementType ? type.GetElementType()! : type;
        yield return element;
        if (element.IsGenericType)
        {
            foreach (var argument in element.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }
        }
    }
}

/// <summary>
/// Sample values for <see cref="ApiConventions.NullArgumentViolations"/>: strings, empty collections,
/// default structs and types with a public parameterless constructor, plus explicit registrations.
/// </summary>
public sealed class SampleValues
{
    private readonly Dictionary<Type, Func<object?>> factories = new();

    /// <summary>Registers a factory for one type.</summary>
    public SampleValues Add<T>(Func<T> factory)
    {
        factories[typeof(T)] = () => factory();
        return this;
    }

    /// <summary>The types with an explicit registration.</summary>
    public IEnumerable<Type> RegisteredTypes => factories.Keys;

    /// <summary>Gets a sample for a type, if one can be made.</summary>
    public bool TryGet(Type type, out object? value)
    {
        if (factories.TryGetValue(type, out var factory))
        {
            value = factory();
            return true;
        }

        if (type.IsByRefLike)
        {
            // A ref struct cannot be boxed: there is no sample to reflect on.
            value = null;
            return false;
        }

        if (type == typeof(string))
        {
            value = "x";
            return true;
        }

        if (type.IsArray)
        {
            value = Array.CreateInstance(type.GetElementType()!, 0);
            return true;
        }

        if (type.IsGenericType && type.IsInterface && type.GetGenericArguments().Length == 1
            && type.IsAssignableFrom(type.GetGenericArguments()[0].MakeArrayType()))
        {
            value = Array.CreateInstance(type.GetGenericArguments()[0], 0);
            return true;
        }

        if (type.IsValueType)
        {
            value = Activator.CreateInstance(type);
            return true;
        }

        if (type == typeof(object))
        {
            value = new object();
            return true;
        }

        if (!type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is { IsPublic: true } ctor)
        {
            value = ctor.Invoke(null);
            return true;
        }

        value = null;
        return false;
    }
}
