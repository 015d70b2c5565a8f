using Gateway.Federation.Composition;

namespace Gateway.CatalogApi;

/// <summary>Composition errors as <c>CatalogCompositionError</c> values, for every part that composes a supergraph.</summary>
public static class CompositionErrorValues
{
    public static List<Dictionary<string, object?>> From(IReadOnlyList<CompositionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var values = new List<Dictionary<string, object?>>(errors.Count);
        foreach (var error in errors)
        {
            values.Add(new Dictionary<string, object?>
            {
                ["code"] = error.Code,
                ["message"] = error.Message,
                ["subgraphs"] = error.Subgraphs,
                ["coordinates"] = error.Coordinates,
                ["fix"] = error.Fix,
            });
        }

        return values;
    }
}
