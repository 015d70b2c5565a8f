namespace Gateway.Federation.Composition;

/// <summary>What an <c>@override</c> elsewhere does to a subgraph's definition of a field (federation spec, "@override").</summary>
internal enum OverrideState
{
    /// <summary>Not overridden.</summary>
    None,

    /// <summary>Taken over and unused here: the field leaves this subgraph's join metadata.</summary>
    Unused,

    /// <summary>Taken over but still selected by a key or <c>@requires</c> here (join <c>usedOverridden</c>).</summary>
    Used,

    /// <summary>Taken over progressively, behind a label: both subgraphs keep the field (join <c>overrideLabel</c>).</summary>
    Labelled,
}
