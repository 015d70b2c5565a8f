namespace Gateway.Federation.Transport;

/// <summary>
/// A variable value already encoded as JSON (UTF-8), written into the subgraph request as it is: the
/// representations of an entity fetch are encoded once, when they are de-duplicated.
/// </summary>
internal sealed record JsonText(ReadOnlyMemory<byte> Utf8);
