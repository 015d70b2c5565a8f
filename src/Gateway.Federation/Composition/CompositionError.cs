namespace Gateway.Federation.Composition;

/// <summary>
/// Why a set of subgraphs does not compose. <see cref="Code"/> is Apollo's error code where Apollo has one
/// (<c>FIELD_TYPE_MISMATCH</c>, <c>INVALID_FIELD_SHARING</c>, ...; see <see cref="CompositionErrorCodes"/>), so tools
/// and people who know Apollo's documentation recognise it.
/// </summary>
/// <param name="Code">Stable error code.</param>
/// <param name="Message">What is wrong, naming the subgraphs and schema coordinates.</param>
/// <param name="Subgraphs">The subgraphs involved.</param>
/// <param name="Coordinates">The schema coordinates involved (<c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>, <c>@directive</c>).</param>
/// <param name="Fix">How to fix it.</param>
public sealed record CompositionError(
    string Code,
    string Message,
    IReadOnlyList<string> Subgraphs,
    IReadOnlyList<string> Coordinates,
    string Fix)
{
    public override string ToString() => $"{Code}: {Message} {Fix}";
}
