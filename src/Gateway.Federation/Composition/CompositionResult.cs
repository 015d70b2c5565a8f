using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Composition;

/// <summary>What <see cref="SupergraphComposer.Compose"/> produced: a supergraph SDL, or every error found.</summary>
public sealed class CompositionResult
{
    internal CompositionResult(string? supergraphSdl, Supergraph? supergraph, IReadOnlyList<CompositionError> errors)
    {
        SupergraphSdl = supergraphSdl;
        Supergraph = supergraph;
        Errors = errors;
    }

    /// <summary>True when the subgraphs composed: <see cref="SupergraphSdl"/> is set and <see cref="Errors"/> is empty.</summary>
    public bool Succeeded => SupergraphSdl is not null;

    /// <summary>The supergraph in Apollo's join-spec form, which <c>SupergraphReader.Read</c> loads; null when composition failed.</summary>
    public string? SupergraphSdl { get; }

    /// <summary>The supergraph as <see cref="SupergraphReader"/> loaded it (composition checks that it loads), ready to plan and serve.</summary>
    public Supergraph? Supergraph { get; }

    public IReadOnlyList<CompositionError> Errors { get; }
}
