using System.Text;

namespace Gateway.GraphQL.Tests.Robustness;

/// <summary>
/// Documents built to hurt: nesting just under and over the parser's depth limit, thousands of aliases,
/// fields, fragments and directives, fragment chains, cycles and bombs, huge strings, numbers and names.
/// They use only the introspection fields, so they run against any schema.
/// </summary>
internal static class HostileDocuments
{
    public const int Kinds = 14;

    public static string Create(Random random, int index) => (index % Kinds) switch
    {
        0 => DeepSelections(random.Next(240, 272)),
        1 => DeepInlineFragments(random.Next(240, 272)),
        2 => DeepListArgument(random.Next(240, 272)),
        3 => DeepObjectArgument(random.Next(240, 272)),
        4 => Repeated("{ ", random.Next(1_000, 8_000), i => $"a{i}: __typename ", "}"),
        5 => Repeated("{ ", random.Next(1_000, 4_000), _ => "__typename ", "}"),
        6 => FragmentChain(random.Next(100, 13_000), cyclic: false),
        7 => FragmentChain(random.Next(2, 5_000), cyclic: true),
        8 => FragmentBomb(random.Next(10, 40)),
        9 => $"{{ __type(name: \"{new string('x', random.Next(100_000, 2_000_000))}\") {{ name }} }}",
        10 => $"{{ __type(name: {new string('9', random.Next(10, 50_000))}) {{ name }} __typename(x: {new string('1', 400)}.5e99999) }}",
        11 => $"{{ {new string('n', random.Next(1_000, 200_000))} }}",
        12 => Repeated("query Q(", random.Next(200, 3_000), i => $"$v{i}: Int ", ") { __typename }"),
        _ => Repeated("{ __typename ", random.Next(100, 3_000), _ => "@skip(if: false) ", "}"),
    };

    /// <summary><c>{ __type(name: "Query") { ofType { ofType { ... { name } } } } }</c>: a valid selection as deep as asked.</summary>
    public static string DeepSelections(int depth)
    {
        var builder = new StringBuilder("{ __type(name: \"Query\") { ");
        for (var i = 2; i < depth; i++)
        {
            builder.Append("ofType { ");
        }

        builder.Append("name");
        builder.Append(' ', 1).Append('}', depth - 1);
        return builder.Append(" }").ToString();
    }

    private static string DeepInlineFragments(int depth)
    {
        var builder = new StringBuilder("{ ");
        for (var i = 1; i < depth; i++)
        {
            builder.Append("... { ");
        }

        builder.Append("__typename ");
        return builder.Append('}', depth).ToString();
    }

    private static string DeepListArgument(int depth) =>
        $"{{ __type(name: {new string('[', depth)}\"Query\"{new string(']', depth)}) {{ name }} }}";

    private static string DeepObjectArgument(int depth)
    {
        var builder = new StringBuilder("{ __type(name: ");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{ a: ");
        }

        builder.Append("1").Append('}', depth);
        return builder.Append(") { name } }").ToString();
    }

    /// <summary>A chain of fragments each spreading the next; cyclic closes the chain back onto the first.</summary>
    public static string FragmentChain(int length, bool cyclic)
    {
        var builder = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < length; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" }\n");
        }

        builder.Append("fragment F").Append(length).Append(" on Query { ");
        builder.Append(cyclic ? "...F0" : "__typename");
        return builder.Append(" }").ToString();
    }

    /// <summary>
    /// Each fragment spreads the next twice, under two aliases: the response would double with every level
    /// (2^levels objects) if the data nested that deep.
    /// </summary>
    public static string FragmentBomb(int levels)
    {
        var builder = new StringBuilder("{ __schema { queryType { ...F0 } } }\n");
        for (var i = 0; i < levels; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on __Type { name a: ofType { ...F").Append(i + 1)
                .Append(" } b: ofType { ...F").Append(i + 1).Append(" } }\n");
        }

        return builder.Append("fragment F").Append(levels).Append(" on __Type { name }").ToString();
    }

    private static string Repeated(string prefix, int count, Func<int, string> item, string suffix)
    {
        var builder = new StringBuilder(prefix);
        for (var i = 0; i < count; i++)
        {
            builder.Append(item(i));
        }

        return builder.Append(suffix).ToString();
    }
}
