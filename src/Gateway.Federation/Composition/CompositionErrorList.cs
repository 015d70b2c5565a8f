namespace Gateway.Federation.Composition;

/// <summary>The errors found so far; composition keeps going after an error so that one run reports them all.</summary>
internal sealed class CompositionErrorList
{
    public List<CompositionError> Errors { get; } = [];

    public int Count => Errors.Count;

    public void Add(string code, string message, string fix, string[] subgraphs, params string[] coordinates) =>
        Errors.Add(new CompositionError(code, message, subgraphs, coordinates, fix));
}
