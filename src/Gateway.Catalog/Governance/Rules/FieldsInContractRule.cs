using Gateway.Catalog.Changes;
using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>fields-in-contract</c>: every field the subgraph serves is described by a contract property (its
/// <c>graphqlCoordinate</c>), so that it is classified and its masks and purposes can be enforced: a field the
/// contract does not name is served unclassified. Root operation fields (entry points, not data), fields the
/// subgraph only references (<c>@external</c>) or hides (<c>@inaccessible</c>), an entity's key fields (its
/// identity, which every subgraph that extends the entity repeats) and federation plumbing are left out. A
/// warning by default: a deployment's rule file can make it an error.
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

            var keys = KeyFields(objectType, imports);
            foreach (var field in objectType.Fields.Values)
            {
                var coordinate = $"{type.Name}.{field.Name}";
                if (!described.Contains(coordinate) && !keys.Contains(field.Name) && !IsExternalOrHidden(field, imports))
                {
                    Report(findings, coordinate,
                        $"'{coordinate}' is served but no contract property names it: add a property with graphqlCoordinate: {coordinate} and its classification.");
                }
            }
        }
    }

    private static bool IsRoot(Schema schema, ObjectType type) =>
        type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType;

    /// <summary>The top-level field names of the type's <c>@key(fields: "...")</c> selections (federation v2 spec, "@key").</summary>
    private static HashSet<string> KeyFields(ObjectType type, FederationImports imports)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in type.Directives)
        {
            if (imports.Resolve(directive.Name.Value) != "key")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "fields" && argument.Value is StringValueNode selection)
                {
                    AddTopLevelNames(selection.Value, keys);
                }
            }
        }

        return keys;
    }

    private static void AddTopLevelNames(string selection, HashSet<string> names)
    {
        var depth = 0;
        var start = -1;
        for (var i = 0; i <= selection.Length; i++)
        {
            var c = i < selection.Length ? selection[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && depth == 0)
            {
                names.Add(selection[start..i]);
            }

            start = -1;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
    }

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
