using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The default resolver's way into a CLR object (Spec 6.4.2 ResolveFieldValue with no resolver): a
/// compiled getter of the property or field whose name matches the GraphQL field, case-insensitively.
/// One reader per (CLR type, field name), compiled once per process.
/// </summary>
internal sealed class MemberReader
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), MemberReader> Readers = new();

    private readonly Func<object, object?>? _read;

    private MemberReader(Type type, Func<object, object?>? read)
    {
        Type = type;
        _read = read;
    }

    public Type Type { get; }

    public object? Read(object source) => _read?.Invoke(source);

    public static MemberReader For(Type type, string name) =>
        Readers.GetOrAdd((type, name), static key => new MemberReader(key.Type, Compile(key.Type, key.Name)));

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var member = FindMember(type, name);
        if (member is null)
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        var access = Expression.MakeMemberAccess(typed, member);
        var boxed = BoxWithCache(access);
        return Expression.Lambda<Func<object, object?>>(boxed, source).Compile();
    }

    // Booleans and small integers are most of the leaf values a resolver tree reads; handing out shared
    // boxes for them saves an allocation per leaf. Boxes are immutable, so sharing one is unobservable.
    private static readonly object TrueBox = true;
    private static readonly object FalseBox = false;
    private const int SmallIntMin = -128;
    private const int SmallIntCount = 1152;
    private static readonly object[] SmallIntBoxes = CreateSmallIntBoxes();

    private static Expression BoxWithCache(Expression value)
    {
        if (value.Type == typeof(bool))
        {
            return Expression.Condition(value, Expression.Constant(TrueBox, typeof(object)), Expression.Constant(FalseBox, typeof(object)), typeof(object));
        }

        if (value.Type == typeof(int))
        {
            return Expression.Call(typeof(MemberReader).GetMethod(nameof(BoxInt), BindingFlags.NonPublic | BindingFlags.Static)!, value);
        }

        return Expression.Convert(value, typeof(object));
    }

    private static object BoxInt(int value)
    {
        var index = (uint)(value - SmallIntMin);
        return index < SmallIntCount ? SmallIntBoxes[index] : value;
    }

    private static object[] CreateSmallIntBoxes()
    {
        var boxes = new object[SmallIntCount];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = SmallIntMin + i;
        }

        return boxes;
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? caseInsensitive = null;
        foreach (var property in type.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length != 0 || property.GetMethod is null)
            {
                continue;
            }

            if (property.Name == name)
            {
                return property;
            }

            if (caseInsensitive is null && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = property;
            }
        }

        foreach (var field in type.GetFields(flags))
        {
            if (field.Name == name)
            {
                return field;
            }

            if (caseInsensitive is null && string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = field;
            }
        }

        return caseInsensitive;
    }
}
