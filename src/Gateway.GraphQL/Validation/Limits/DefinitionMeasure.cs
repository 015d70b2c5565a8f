namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// What one operation or fragment measures by itself, plus the fragments it spreads with a weight each.
/// Fragments may be defined after the operations that spread them, so a definition's total is only
/// known once the whole document has been walked; see <see cref="FragmentMeasureTable"/>.
/// </summary>
internal sealed class DefinitionMeasure
{
    public long Own { get; set; }

    public List<WeightedSpread> Spreads { get; } = [];
}

/// <summary>A fragment spread inside a definition and the weight its fragment's total is combined with.</summary>
internal readonly record struct WeightedSpread(string FragmentName, long Weight);
