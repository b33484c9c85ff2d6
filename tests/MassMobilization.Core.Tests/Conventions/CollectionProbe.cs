using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Tries to mutate every public collection that sample objects expose. Starting from the samples of
/// each type (and every public static member), it reads each public property and field, attempts a
/// mutation on every collection value, and walks on into the library objects it finds (property
/// values and the elements of each collection, up to a limit), so one sample of an aggregate probes its
/// parts as well.
/// </summary>
/// <remarks>
/// Mutations write back the value already there (an element set to itself, a dictionary entry to
/// its own value, an existing element added to a set) or clear an empty collection, so a shared
/// static that turns out to be writable is not corrupted for the rest of the test run.
/// </remarks>
public static class CollectionProbe
{
    private const int MaxElementsWalked = 64;
    private const int MaxObjectsVisited = 50_000;
    private const BindingFlags InstanceFlags = BindingFlags.Public | BindingFlags.Instance;
    private const BindingFlags StaticFlags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Probes the given public types and returns the violations and what was covered.</summary>
    public static ProbeReport Probe(IEnumerable<Type> types, SampleValues samples)
    {
        var typeList = types.ToList();
        return new Walker(typeList.Select(t => t.Assembly).ToHashSet(), samples).Run(typeList);
    }

    /// <summary>
    /// Attempts one harmless mutation of <paramref name="collection"/>; returns how it succeeded,
    /// or null when every attempt was refused (or the collection offers none).
    /// </summary>
    public static string? TryMutate(object collection)
    {
        try
        {
            return TryMutateCore(collection);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or InvalidCastException
            || (e is TargetInvocationException { InnerException: NotSupportedException or InvalidOperationException or ArgumentException }))
        {
            return null;
        }
    }

    private static string? TryMutateCore(object collection)
    {
        if (collection is Array array)
        {
            if (array.Length == 0)
            {
                return null;
            }

            array.SetValue(array.GetValue(0), 0);
            return $"cast to {collection.GetType().Name} and set element 0";
        }

        var interfaces = collection.GetType().GetInterfaces();
        var genericDictionary = interfaces.FirstOrDefault(i => IsGeneric(i, typeof(IDictionary<,>)));
        if (genericDictionary is not null && !CollectionIsReadOnly(collection, interfaces, genericDictionary.GetGenericArguments()))
        {
            var keys = (IEnumerable)genericDictionary.GetProperty("Keys")!.GetValue(collection)!;
            var indexer = genericDictionary.GetProperty("Item")!;
            object? key = keys.Cast<object?>().FirstOrDefault();
            if (key is null)
            {
                Clear(collection, interfaces);
                return "cast to IDictionary<TKey, TValue> and cleared";
            }

            indexer.SetValue(collection, indexer.GetValue(collection, new[] { key }), new[] { key });
            return "cast to IDictionary<TKey, TValue> and set an entry";
        }

        if (collection is IDictionary dictionary && !dictionary.IsReadOnly)
        {
            object? key = dictionary.Keys.Cast<object?>().FirstOrDefault();
            if (key is null)
            {
                dictionary.Clear();
                return "cast to IDictionary and cleared";
            }

            dictionary[key] = dictionary[key];
            return "cast to IDictionary and set an entry";
        }

        var genericList = interfaces.FirstOrDefault(i => IsGeneric(i, typeof(IList<>)));
        if (genericList is not null && !CollectionIsReadOnly(collection, interfaces, genericList.GetGenericArguments()))
        {
            var indexer = genericList.GetProperty("Item")!;
            if (Count(collection) == 0)
            {
                Clear(collection, interfaces);
                return "cast to IList<T> and cleared";
            }

            indexer.SetValue(collection, indexer.GetValue(collection, new object[] { 0 }), new object[] { 0 });
            return "cast to IList<T> and set element 0";
        }

        if (collection is IList list && !list.IsReadOnly)
        {
            if (list.Count == 0)
            {
                list.Clear();
                return "cast to IList and cleared";
            }

            list[0] = list[0];
            return "cast to IList and set element 0";
        }

        var genericCollection = interfaces.FirstOrDefault(i => IsGeneric(i, typeof(ICollection<>)));
        if (genericCollection is not null && !CollectionIsReadOnly(collection, interfaces, genericCollection.GetGenericArguments()))
        {
            object? first = ((IEnumerable)collection).Cast<object?>().FirstOrDefault();
            if (Count(collection) == 0)
            {
                Clear(collection, interfaces);
                return "cast to ICollection<T> and cleared";
            }

            genericCollection.GetMethod("Add")!.Invoke(collection, new[] { first });
            if (!interfaces.Any(i => IsGeneric(i, typeof(ISet<>))))
            {
                genericCollection.GetMethod("Remove")!.Invoke(collection, new[] { first });
            }

            return "cast to ICollection<T> and added an element";
        }

        return null;
    }

    private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    private static bool CollectionIsReadOnly(object collection, Type[] interfaces, Type[] arguments)
    {
        var elementType = arguments.Length == 1 ? arguments[0] : typeof(KeyValuePair<,>).MakeGenericType(arguments);
        var collectionInterface = typeof(ICollection<>).MakeGenericType(elementType);
        return !interfaces.Contains(collectionInterface) || (bool)collectionInterface.GetProperty("IsReadOnly")!.GetValue(collection)!;
    }

    private static int Count(object collection) => ((IEnumerable)collection).Cast<object?>().Count();

    private static void Clear(object collection, Type[] interfaces)
    {
        var face = interfaces.First(i => IsGeneric(i, typeof(ICollection<>)));
        face.GetMethod("Clear")!.Invoke(collection, null);
    }

    private sealed class Walker
    {
        private readonly HashSet<Assembly> assemblies;
        private readonly SampleValues samples;
        private readonly ProbeReport report = new();
        private readonly HashSet<object> visited = new(ReferenceEqualityComparer.Instance);
        private readonly Queue<object> pending = new();
        private readonly HashSet<Type> methodsProbed = new();

        public Walker(HashSet<Assembly> assemblies, SampleValues samples)
        {
            this.assemblies = assemblies;
            this.samples = samples;
        }

        public ProbeReport Run(IEnumerable<Type> types)
        {
            var typeList = types.ToList();

            // Registered samples also reach the closed generic types (Succession<UnitCode>) whose
            // definitions are all the list of public types holds.
            foreach (var type in typeList.Concat(samples.RegisteredTypes.Where(r => typeList.Contains(r.IsGenericType ? r.GetGenericTypeDefinition() : r))).Distinct()
                .Where(t => !t.ContainsGenericParameters && !t.IsInterface))
            {
                if (!(type.IsAbstract && type.IsSealed) && samples.TryGet(type, out var sample) && sample is not null)
                {
                    pending.Enqueue(sample);
                }

                foreach (var member in type.GetMembers(StaticFlags))
                {
                    ProbeMember(type, member, target: null);
                }

                foreach (var method in type.GetMethods(StaticFlags))
                {
                    ProbeMethod(type, method, target: null);
                }
            }

            while (pending.Count > 0 && visited.Count < MaxObjectsVisited)
            {
                object value = pending.Dequeue();
                if (!visited.Add(value))
                {
                    continue;
                }

                var type = value.GetType();
                report.TypesProbed.Add(type.IsVisible ? type : PublicFace(type));
                foreach (var member in PublicInstanceMembers(type))
                {
                    ProbeMember(member.DeclaringType!, member, value);
                }

                if (methodsProbed.Add(type))
                {
                    foreach (var method in type.GetMethods(InstanceFlags).Where(m => m.DeclaringType is { IsVisible: true } d && IsLibraryType(d)))
                    {
                        ProbeMethod(method.DeclaringType!, method, value);
                    }
                }
            }

            foreach (var type in typeList.Where(t => !t.IsInterface && !(t.IsAbstract && t.IsSealed)))
            {
                bool reached = report.TypesProbed.Any(p => type.IsAssignableFrom(p) || (p.IsGenericType && p.GetGenericTypeDefinition() == type));
                if (!reached && type.GetProperties(InstanceFlags | BindingFlags.DeclaredOnly).Any(p => IsCollectionType(p.PropertyType)))
                {
                    report.Unreached.Add(type.FullName!);
                }
            }

            return report;
        }

        private static bool IsCollectionType(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

        private void ProbeMember(Type declaringType, MemberInfo member, object? target)
        {
            Type memberType;
            object? value;
            try
            {
                switch (member)
                {
                    case PropertyInfo property when property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                        && !property.PropertyType.IsByRefLike && !property.PropertyType.ContainsGenericParameters:
                        memberType = property.PropertyType;
                        value = property.GetValue(target);
                        break;
                    case FieldInfo { IsPublic: true } field when !field.FieldType.IsByRefLike && !field.FieldType.ContainsGenericParameters:
                        memberType = field.FieldType;
                        value = field.GetValue(target);
                        break;
                    default:
                        return;
                }
            }
            catch (TargetInvocationException)
            {
                // A property that refuses to answer for this sample (e.g. the value of a failed parse).
                return;
            }

            if (value is null)
            {
                return;
            }

            string name = $"{declaringType.FullName}.{member.Name}";
            if (IsGeneric(memberType, typeof(Memory<>)) || IsGeneric(memberType, typeof(ArraySegment<>)))
            {
                report.Violations.Add($"{name} exposes a writable {memberType.Name}.");
                return;
            }

            if (value is IEnumerable enumerable and not string)
            {
                report.CollectionMembersProbed.Add(name);
                if (member is PropertyInfo property && !value.GetType().IsValueType && !ReferenceEquals(value, property.GetValue(target)))
                {
                    report.FreshPerAccess.Add(name);
                }

                ProbeCollection(name, enumerable, depth: 0);
            }
            else if (IsLibraryObject(value))
            {
                pending.Enqueue(value);
            }
        }

        private void ProbeMethod(Type declaringType, MethodInfo method, object? target)
        {
            // A method may hand out a fresh collection (the caller's to change) but not a stored one:
            // asking twice and getting the same instance back means it is stored.
            if (method.IsSpecialName || method.ContainsGenericParameters || method.ReturnType == typeof(string)
                || !typeof(IEnumerable).IsAssignableFrom(method.ReturnType) || method.Name == nameof(IEnumerable.GetEnumerator))
            {
                return;
            }

            var parameters = method.GetParameters();
            var args = new object?[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].ParameterType.IsByRef || parameters[i].ParameterType.IsByRefLike || !samples.TryGet(parameters[i].ParameterType, out args[i]))
                {
                    return;
                }
            }

            object? first;
            object? second;
            try
            {
                first = method.Invoke(target, args);
                second = method.Invoke(target, args);
            }
            catch (TargetInvocationException)
            {
                return;
            }

            string name = $"{declaringType.FullName}.{method.Name}()";
            report.CollectionMembersProbed.Add(name);
            if (first is IEnumerable collection && ReferenceEquals(first, second))
            {
                ProbeCollection(name, collection, depth: 0);
            }
            else if (first is IEnumerable fresh)
            {
                // Still walk into what it returned, for coverage.
                ProbeCollection(name, fresh, depth: 0, check: false);
            }
        }

        private void ProbeCollection(string name, IEnumerable collection, int depth, bool check = true)
        {
            string? how = check ? TryMutate(collection) : null;
            if (how is not null)
            {
                report.Violations.Add($"{name} can be mutated: {how} ({collection.GetType().Name}).");
            }

            int walked = 0;
            foreach (object? element in collection)
            {
                if (walked++ >= MaxElementsWalked)
                {
                    break;
                }

                foreach (object? part in element is not null && IsGeneric(element.GetType(), typeof(KeyValuePair<,>))
                    ? new[] { element.GetType().GetProperty("Key")!.GetValue(element), element.GetType().GetProperty("Value")!.GetValue(element) }
                    : new[] { element })
                {
                    if (part is IEnumerable inner and not string && depth < 2)
                    {
                        ProbeCollection(name + "[]", inner, depth + 1);
                    }
                    else if (part is not null && IsLibraryObject(part))
                    {
                        pending.Enqueue(part);
                    }
                }
            }
        }

        private IEnumerable<MemberInfo> PublicInstanceMembers(Type runtimeType)
        {
            // Members reachable through the public API: those of the public classes in the hierarchy and
            // of the public library interfaces the object implements.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var type = runtimeType; type is not null && IsLibraryType(type); type = type.BaseType)
            {
                if (!type.IsVisible)
                {
                    continue;
                }

                foreach (var member in type.GetMembers(InstanceFlags | BindingFlags.DeclaredOnly))
                {
                    if (member is PropertyInfo or FieldInfo && seen.Add(member.Name))
                    {
                        yield return member;
                    }
                }
            }

            foreach (var face in runtimeType.GetInterfaces().Where(i => i.IsVisible && IsLibraryType(i)))
            {
                foreach (var property in face.GetProperties())
                {
                    if (seen.Add(property.Name))
                    {
                        yield return property;
                    }
                }
            }
        }

        private Type PublicFace(Type type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.IsVisible && IsLibraryType(current))
                {
                    return current;
                }
            }

            return type;
        }

        private bool IsLibraryObject(object value) => IsLibraryType(value.GetType());

        private bool IsLibraryType(Type type) => assemblies.Contains(type.Assembly);
    }
}

/// <summary>What <see cref="CollectionProbe.Probe"/> found and covered.</summary>
public sealed class ProbeReport
{
    /// <summary>One line per collection that could be mutated.</summary>
    public SortedSet<string> Violations { get; } = new(StringComparer.Ordinal);

    /// <summary>Collection properties that hand out a new instance on every read (allowed, but off hot paths).</summary>
    public SortedSet<string> FreshPerAccess { get; } = new(StringComparer.Ordinal);

    /// <summary>Public types that declare a collection property but of which no instance was reached.</summary>
    public SortedSet<string> Unreached { get; } = new(StringComparer.Ordinal);

    /// <summary>The public types of which at least one instance was probed.</summary>
    public HashSet<Type> TypesProbed { get; } = new();

    /// <summary>The distinct public members (Type.Member) that returned a collection and were probed.</summary>
    public HashSet<string> CollectionMembersProbed { get; } = new(StringComparer.Ordinal);
}
