using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

/// <summary>The items of one list while the parser reads it: stack storage, then the parser's scratch stack.</summary>
internal struct ListBuilder<T>
    where T : SyntaxNode
{
    public int Count;

    // Most lists have one or two items. A store into a named field of a local is known to be on the stack and
    // needs no GC write barrier; an indexed store into Rest is only known to be somewhere and gets a checked one.
    public T? First;
    public T? Second;
    public ListBuilder.Items<T> Rest;
}

/// <summary>The stack storage of <see cref="ListBuilder{T}"/>.</summary>
internal static class ListBuilder
{
    /// <summary>Items held on the stack: nearly every selection set, argument list and directive list fits.</summary>
    public const int InlineCapacity = 16;

    /// <summary>Items after the first two.</summary>
    [InlineArray(InlineCapacity - 2)]
    internal struct Items<T>
    {
        private T _item;
    }
}
