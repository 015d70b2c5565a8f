using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Utilities;

/// <summary>Directive definitions.</summary>
public static partial class SchemaDiff
{
    private static void CompareDirectives(Schema oldSchema, Schema newSchema, List<SchemaChange> changes)
    {
        foreach (var oldDirective in oldSchema.Directives.Values)
        {
            var coordinate = $"@{oldDirective.Name}";
            var newDirective = newSchema.GetDirective(oldDirective.Name);
            if (newDirective is null)
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.DirectiveRemoved, ChangeCriticality.Breaking, coordinate, $"Directive '{coordinate}' was removed."));
                continue;
            }

            CompareDirective(coordinate, oldDirective, newDirective, changes);
        }

        foreach (var newDirective in newSchema.Directives.Values)
        {
            if (oldSchema.GetDirective(newDirective.Name) is null)
            {
                var coordinate = $"@{newDirective.Name}";
                changes.Add(new SchemaChange(SchemaChangeKind.DirectiveAdded, ChangeCriticality.Safe, coordinate, $"Directive '{coordinate}' was added."));
            }
        }
    }

    private static void CompareDirective(string coordinate, DirectiveDefinition oldDirective, DirectiveDefinition newDirective, List<SchemaChange> changes)
    {
        if (!string.Equals(oldDirective.Description, newDirective.Description, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                SchemaChangeKind.DirectiveDescriptionChanged,
                ChangeCriticality.Safe,
                coordinate,
                DescriptionMessage($"directive '{coordinate}'", oldDirective.Description, newDirective.Description)));
        }

        // Documents that use the directive at a removed location stop validating (Spec 5.7.2
        // Directives Are in Valid Locations); a new location only permits more.
        foreach (var location in oldDirective.Locations)
        {
            if (!newDirective.Locations.Contains(location))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.DirectiveLocationRemoved,
                    ChangeCriticality.Breaking,
                    coordinate,
                    $"Location '{DirectiveLocationNames.ToName(location)}' was removed from directive '{coordinate}'."));
            }
        }

        foreach (var location in newDirective.Locations)
        {
            if (!oldDirective.Locations.Contains(location))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.DirectiveLocationAdded,
                    ChangeCriticality.Safe,
                    coordinate,
                    $"Location '{DirectiveLocationNames.ToName(location)}' was added to directive '{coordinate}'."));
            }
        }

        // graphql-inspector rates losing repeatability Dangerous (graphql-js: breaking): documents
        // that repeat the directive stop validating (Spec 5.7.3 Directives Are Unique Per Location).
        if (oldDirective.IsRepeatable != newDirective.IsRepeatable)
        {
            changes.Add(newDirective.IsRepeatable
                ? new SchemaChange(SchemaChangeKind.DirectiveRepeatableAdded, ChangeCriticality.Safe, coordinate, $"Directive '{coordinate}' became repeatable.")
                : new SchemaChange(
                    SchemaChangeKind.DirectiveRepeatableRemoved, ChangeCriticality.Dangerous, coordinate, $"Directive '{coordinate}' is no longer repeatable."));
        }

        CompareArguments(coordinate, oldDirective.Arguments, newDirective.Arguments, DirectiveArgumentKinds, changes);
    }
}
