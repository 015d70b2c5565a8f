using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

/// <summary>The items of one list while the parser reads it: a stack buffer, then the parser's scratch stack.</summary>
internal struct ListBuilder<T>
    where T : SyntaxNode
{
    public int Count;
    public ListBuilder.Items<T> Buffer;
}

/// <summary>The size of the stack buffer in <see cref="ListBuilder{T}"/>.</summary>
internal static class ListBuilder
{
    /// <summary>Long enough for nearly every selection set, argument list and directive list.</summary>
    public const int InlineCapacity = 16;

    [InlineArray(InlineCapacity)]
    internal struct Items<T>
    {
        private T _item;
    }
}
