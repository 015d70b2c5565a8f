namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Limits on the shape of an operation, checked as validation rules after the rules of Spec 5. The
/// spec defines no such limits; a public endpoint needs them because a valid document can still ask
/// for unbounded work (recursive types, aliases, nested lists). Each limit is off when null. <c>new OperationLimits()</c> has every limit off;
/// <see cref="Default"/> is what a gateway should start from.
/// </summary>
public sealed record OperationLimits
{
    /// <summary>
    /// Sensible limits for a public endpoint. Depth 20: the full introspection query GraphiQL and code
    /// generators send (<see cref="Introspection.IntrospectionQuery"/>, nine levels of <c>ofType</c>)
    /// measures 15, and tools with a deeper TypeRef still fit; domain queries rarely pass 10. Aliases
    /// 50 and root fields 30: a dashboard query uses a handful, hostile ones thousands. Cost 20,000 with
    /// a default list size of 10: three nested unpaginated lists with a dozen fields each, or the full
    /// introspection query (which is cheap by the cost model).
    /// </summary>
    public static OperationLimits Default { get; } = new()
    {
        MaxDepth = 20,
        MaxAliases = 50,
        MaxRootFields = 30,
        MaxCost = 20_000,
    };

    /// <summary>Deepest chain of nested fields, fragments expanded, introspection included.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Most aliases, fragments expanded (each spread counts its fragment's aliases again).</summary>
    public int? MaxAliases { get; init; }

    /// <summary>Most fields in the root selection set, through fragments.</summary>
    public int? MaxRootFields { get; init; }

    /// <summary>Highest estimated cost; see <see cref="MaxCostRule"/> for the model.</summary>
    public long? MaxCost { get; init; }

    /// <summary>The cost model's size of a list field without a size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Arguments that bound a list field's size in the cost model.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>
    /// One rule per enabled limit, to pass to DocumentValidator.Validate after the specified rules. Sizes
    /// given as variables count as the variable's default value, else the default list size; the
    /// result depends only on the document, so it may be cached with the document.
    /// </summary>
    public IReadOnlyList<Func<ValidationRule>> CreateRules() => CreateRules(variables: null);

    /// <summary>
    /// As <see cref="CreateRules()"/>, but the cost model reads list sizes given as variables from the
    /// request's values, so the result holds for this request only (validate per request, not per cached
    /// document, when sizes come from variables).
    /// </summary>
    public IReadOnlyList<Func<ValidationRule>> CreateRules(IReadOnlyDictionary<string, object?>? variables)
    {
        var rules = new List<Func<ValidationRule>>(4);
        if (MaxDepth is { } maxDepth)
        {
            rules.Add(() => new MaxDepthRule(maxDepth));
        }

        if (MaxAliases is { } maxAliases)
        {
            rules.Add(() => new MaxAliasesRule(maxAliases));
        }

        if (MaxRootFields is { } maxRootFields)
        {
            rules.Add(() => new MaxRootFieldsRule(maxRootFields));
        }

        if (MaxCost is { } maxCost)
        {
            var defaultListSize = DefaultListSize;
            var listSizeArguments = ListSizeArguments;
            rules.Add(() => new MaxCostRule(maxCost, defaultListSize, listSizeArguments, variables));
        }

        return rules;
    }
}
