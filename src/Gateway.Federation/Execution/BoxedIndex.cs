namespace Gateway.Federation.Execution;

/// <summary>
/// List indexes as objects, for response paths (<c>List&lt;object&gt;</c> of names and indexes): the first
/// 1024 are boxed once, so walking a list does not allocate one box per element.
/// </summary>
internal static class BoxedIndex
{
    private static readonly object[] Boxed = Create(1024);

    public static object Of(int index) => (uint)index < (uint)Boxed.Length ? Boxed[index] : index;

    private static object[] Create(int count)
    {
        var boxed = new object[count];
        for (var i = 0; i < count; i++)
        {
            boxed[i] = i;
        }

        return boxed;
    }
}
