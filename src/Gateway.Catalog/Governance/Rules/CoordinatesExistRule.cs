using Gateway.Catalog.Changes;
using Gateway.GraphQL;
using Gateway.GraphQL.Types;

namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>coordinates-exist</c>: every contract property that names its GraphQL field (<c>graphqlCoordinate</c>,
/// a schema coordinate <c>Type.field</c>, GraphQL spec 3.15) names one the product's subgraph SDL defines, so
/// its masks and purposes protect a real field. Skipped when the subject has no SDL.
/// </summary>
public sealed class CoordinatesExistRule() : GovernanceRule(RuleId, "Every graphqlCoordinate of the contract names a field of the subgraph.")
{
    public const string RuleId = "coordinates-exist";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        if (subject.Contract is null || subject.SubgraphSdl is null)
        {
            return;
        }

        Schema schema;
        try
        {
            schema = SubgraphSchemaReader.Read(subject.SubgraphSdl);
        }
        catch (GraphQLException error)
        {
            Report(findings, "subgraph", $"The subgraph SDL cannot be read, so no coordinate can be checked: {error.Message}");
            return;
        }

        foreach (var (location, property) in ContractLocations.Properties(subject.Contract))
        {
            if (property.Profile.GraphQLCoordinate is { } coordinate && !Exists(schema, coordinate))
            {
                Report(findings, $"{location}.graphqlCoordinate",
                    $"'{property.Name}' is served as {coordinate}, which the subgraph does not define: fix the coordinate or add the field.");
            }
        }
    }

    private static bool Exists(Schema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var field = coordinate[(dot + 1)..];
        return schema.GetType(coordinate[..dot]) switch
        {
            ComplexType type => type.Fields.ContainsKey(field),
            InputObjectType input => input.Fields.ContainsKey(field),
            EnumType enumeration => enumeration.Values.ContainsKey(field),
            _ => false,
        };
    }
}
