using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Profile;
using Gateway.GraphQL.Types;
using Gateway.Security.Masking;

namespace Gateway.Security.Policies;

/// <summary>
/// The field rules of every published contract, by schema coordinate: what the gateway enforces. Built from the
/// contracts (<see cref="FromContracts"/>), then bound to the API schema it guards (<see cref="Bind"/>). Immutable:
/// a new publication makes a new set.
/// </summary>
public sealed class FieldRuleSet
{
    private FieldRuleSet(IReadOnlyDictionary<string, IReadOnlyList<FieldRule>> rules) => Rules = rules;

    /// <summary>No contract: every field is allowed.</summary>
    public static FieldRuleSet Empty { get; } = new(new Dictionary<string, IReadOnlyList<FieldRule>>(StringComparer.Ordinal));

    /// <summary>The rules by coordinate; several when more than one contract claims the same field (all of them apply).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldRule>> Rules { get; }

    /// <summary>
    /// The rules of the contracts' properties that name a GraphQL field (<c>graphqlCoordinate</c>). A property
    /// without a classification counts as internal (the cautious reading of a contract that says nothing).
    /// </summary>
    public static FieldRuleSet FromContracts(IEnumerable<(ProductUrn Product, DataContract Contract)> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var rules = new Dictionary<string, List<FieldRule>>(StringComparer.Ordinal);
        foreach (var (product, contract) in contracts)
        {
            var roles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var role in contract.Roles)
            {
                roles.Add(role.Role);
            }

            var contractPurposes = new HashSet<string>(contract.Profile.AllowedPurposes, StringComparer.Ordinal);
            foreach (var (_, property) in contract.AllProperties())
            {
                if (property.Profile.GraphQLCoordinate is not { } coordinate)
                {
                    continue;
                }

                var own = property.Profile.AllowedPurposes.Count > 0;
                var rule = new FieldRule(
                    coordinate,
                    product,
                    property.Classification?.ToLowerInvariant() ?? PropertyClassification.Internal,
                    property.Profile.Mask,
                    own ? new HashSet<string>(property.Profile.AllowedPurposes, StringComparer.Ordinal) : contractPurposes,
                    own,
                    roles);
                if (!rules.TryGetValue(coordinate, out var list))
                {
                    rules[coordinate] = list = [];
                }

                list.Add(rule);
            }
        }

        var frozen = new Dictionary<string, IReadOnlyList<FieldRule>>(rules.Count, StringComparer.Ordinal);
        foreach (var (coordinate, list) in rules)
        {
            frozen[coordinate] = list;
        }

        return new FieldRuleSet(frozen);
    }

    /// <summary>
    /// The rules of contracts read from files beside their products' descriptors: each contract belongs to the
    /// product whose descriptor names its id in an output port's <c>contractId</c> (ODPS v1.0), the product's
    /// URN coming from the descriptor's profile.
    /// </summary>
    /// <exception cref="FormatException">A document has errors, or a contract has no descriptor (or no URN) to belong to.</exception>
    public static FieldRuleSet FromDocuments(IEnumerable<CatalogDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var owners = new Dictionary<string, ProductUrn>(StringComparer.Ordinal);
        var contracts = new List<(string File, DataContract Contract)>();
        var problems = new List<string>();
        foreach (var document in documents)
        {
            if (!document.IsValid)
            {
                foreach (var diagnostic in document.Diagnostics)
                {
                    problems.Add(diagnostic.ToString());
                }

                continue;
            }

            if (document.Contract is { } contract)
            {
                contracts.Add((document.File, contract));
            }
            else if (document.Descriptor is { } descriptor)
            {
                if (descriptor.Profile.Urn is not { } urn)
                {
                    problems.Add($"{document.File}: the descriptor has no product URN (customProperties: urn).");
                    continue;
                }

                foreach (var port in descriptor.OutputPorts)
                {
                    if (port.ContractId is { } id)
                    {
                        owners[id] = urn;
                    }
                }
            }
        }

        var pairs = new List<(ProductUrn, DataContract)>(contracts.Count);
        foreach (var (file, contract) in contracts)
        {
            if (owners.TryGetValue(contract.Id, out var urn))
            {
                pairs.Add((urn, contract));
            }
            else
            {
                problems.Add($"{file}: no descriptor names the contract '{contract.Id}' in an output port's contractId; give the product's descriptor too.");
            }
        }

        return problems.Count > 0 ? throw new FormatException(string.Join(Environment.NewLine, problems)) : FromContracts(pairs);
    }

    /// <summary>
    /// The rules bound to <paramref name="apiSchema"/>: masks compiled for each field's type, and every interface
    /// field given the rules of the same field on each of its implementations, so a selection on the interface
    /// (or data without <c>__typename</c>) is held to what any object behind it requires (the lesson of Apollo
    /// Router's GHSA-x33c-7c2v-mrj9). Rules whose coordinate the schema does not have are kept for the record
    /// (<see cref="SchemaFieldRules.UnknownCoordinates"/>) but cannot apply.
    /// </summary>
    public SchemaFieldRules Bind(Schema apiSchema, MaskingKey key)
    {
        ArgumentNullException.ThrowIfNull(apiSchema);
        ArgumentNullException.ThrowIfNull(key);
        var merged = new Dictionary<string, List<FieldRule>>(StringComparer.Ordinal);
        var fields = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var (coordinate, rules) in Rules)
        {
            if (Resolve(apiSchema, coordinate) is not { } field)
            {
                unknown.Add(coordinate);
                continue;
            }

            fields[coordinate] = field;
            merged[coordinate] = [.. rules];
        }

        // A rule on an interface field holds for the field on every implementation, or `... on User { email }`
        // would read around a rule written on `Contact.email`.
        foreach (var (coordinate, rules) in Rules)
        {
            if (fields.GetValueOrDefault(coordinate) is not { DeclaringType: InterfaceType @interface } field)
            {
                continue;
            }

            foreach (var implementation in apiSchema.GetPossibleTypes(@interface))
            {
                if (implementation.GetField(field.Name) is { } implemented)
                {
                    AddDistinct(merged, fields, implementation.Name + "." + field.Name, implemented, rules);
                }
            }
        }

        foreach (var type in apiSchema.Types.Values)
        {
            if (type is not InterfaceType @interface)
            {
                continue;
            }

            foreach (var field in @interface.Fields.Values)
            {
                var coordinate = @interface.Name + "." + field.Name;
                foreach (var implementation in apiSchema.GetPossibleTypes(@interface))
                {
                    // The implementation's rules with those pushed down from any interface it implements.
                    if (merged.TryGetValue(implementation.Name + "." + field.Name, out var inherited))
                    {
                        AddDistinct(merged, fields, coordinate, field, [.. inherited]);
                    }
                }
            }
        }

        var bound = new Dictionary<string, BoundFieldRule>(merged.Count, StringComparer.Ordinal);
        foreach (var (coordinate, rules) in merged)
        {
            bound[coordinate] = BoundFieldRule.Create(coordinate, fields[coordinate], rules, key);
        }

        return new SchemaFieldRules(this, apiSchema, bound, unknown);
    }

    private static void AddDistinct(
        Dictionary<string, List<FieldRule>> merged, Dictionary<string, FieldDefinition> fields, string coordinate, FieldDefinition field, IReadOnlyList<FieldRule> rules)
    {
        if (!merged.TryGetValue(coordinate, out var list))
        {
            merged[coordinate] = list = [];
            fields[coordinate] = field;
        }

        foreach (var rule in rules)
        {
            if (!list.Contains(rule))
            {
                list.Add(rule);
            }
        }
    }

    private static FieldDefinition? Resolve(Schema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        return dot > 0 && schema.GetType(coordinate[..dot]) is ComplexType type ? type.GetField(coordinate[(dot + 1)..]) : null;
    }
}
