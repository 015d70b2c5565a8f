namespace Gateway.Federation.Composition;

/// <summary>A subgraph's SDL could not be fetched from its URL.</summary>
public sealed class SubgraphSdlException : Exception
{
    public SubgraphSdlException(Uri url, string reason, Exception? inner = null)
        : base($"Cannot get the schema of the subgraph at {url} ({{ _service {{ sdl }} }}): {reason}.", inner)
    {
        Url = url;
    }

    public Uri Url { get; }
}
