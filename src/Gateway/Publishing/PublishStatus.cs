namespace Gateway.Publishing;

/// <summary>How a publish ended.</summary>
public enum PublishStatus
{
    /// <summary>Stored with the supergraph it produced, which is now served.</summary>
    Published,

    /// <summary>A dry run that would have been published; nothing was stored.</summary>
    DryRunPassed,

    /// <summary>Checked and refused: every reason is in the outcome; nothing was stored.</summary>
    Rejected,

    /// <summary>The input could not be used (a document that is not YAML or JSON, a subgraph that does not answer); nothing was stored.</summary>
    Unusable,
}
