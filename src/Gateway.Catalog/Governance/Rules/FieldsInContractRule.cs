using Gateway.Catalog.Changes;
using Gateway.GraphQL;
using Gateway.GraphQL.Types;

namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>fields-in-contract</c>: every field the subgraph serves is described by a contract property (its
/// <c>graphqlCoordinate</c>), so that it is classified and its masks and purposes can be enforced: a field the
/// contract does not name is served unclassified. Root operation fields (entry points, not data), fields the
/// subgraph only references (<c>@external</c>) or hides (<c>@inaccessible</c>), and federation plumbing are left
/// out. A warning by default: a deployment's rule file can make it an error.
/// </summary>
public sealed class FieldsInContractRule() : GovernanceRule(RuleId, "Every field the subgraph serves is described by a contract property.", GovernanceSeverity.Warning)
{
    public const string RuleId = "fields-in-contract";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        if (subject.Contract is null || subject.SubgraphSdl is null)
        {
            return;
        }

        Schema schema;
        FederationImports imports;
        try
        {
            schema = SubgraphSchemaReader.Read(subject.SubgraphSdl, out imports);
        }
        catch (GraphQLException)
        {
            // coordinates-exist reports an SDL that cannot be read.
            return;
        }

        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, property) in ContractLocations.Properties(subject.Contract))
        {
            if (property.Profile.GraphQLCoordinate is { } coordinate)
            {
                described.Add(coordinate);
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (type is not ObjectType objectType || type.IsIntrospectionType || type.Name.StartsWith('_') || IsRoot(schema, objectType))
            {
                continue;
            }

            foreach (var field in objectType.Fields.Values)
            {
                var coordinate = $"{type.Name}.{field.Name}";
                if (!described.Contains(coordinate) && !IsExternalOrHidden(field, imports))
                {
                    Report(findings, coordinate,
                        $"'{coordinate}' is served but no contract property names it: add a property with graphqlCoordinate: {coordinate} and its classification.");
                }
            }
        }
    }

    private static bool IsRoot(Schema schema, ObjectType type) =>
        type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType;

    private static bool IsExternalOrHidden(FieldDefinition field, FederationImports imports)
    {
        foreach (var directive in field.Directives)
        {
            if (imports.Resolve(directive.Name.Value) is "external" or "inaccessible")
            {
                return true;
            }
        }

        return false;
    }
}
