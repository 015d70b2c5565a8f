namespace Gateway.Catalog.Model;

/// <summary>Whether a registered subgraph is part of the supergraph.</summary>
public enum SubgraphStatus
{
    /// <summary>Composed into the supergraph.</summary>
    Active,

    /// <summary>Still composed; its product is deprecated.</summary>
    Deprecated,

    /// <summary>Left the supergraph with its retired product.</summary>
    Retired,
}
