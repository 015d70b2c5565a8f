using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Changes;

/// <summary>ODCS v3.1 <c>schema[]</c>: objects, their properties (nested ones and array items too) and what each promises.</summary>
internal static partial class ContractDiff
{
    private static void CompareSchema(DataContract published, DataContract candidate, List<ProductChange> changes)
    {
        foreach (var oldObject in published.Schema)
        {
            var location = $"schema[{oldObject.Name}]";
            var newObject = Find(candidate.Schema, oldObject.Name, static o => o.Name);
            if (newObject is null)
            {
                Add(changes, "SCHEMA_OBJECT_REMOVED", location, $"Schema object '{oldObject.Name}' was removed, with its {oldObject.Properties.Count} properties.");
                continue;
            }

            if (!SameText(oldObject.Description, newObject.Description))
            {
                Add(changes, "DESCRIPTION_CHANGED", $"{location}.description", $"The description of '{oldObject.Name}' was changed.");
            }

            if (!SameText(oldObject.BusinessName, newObject.BusinessName))
            {
                Add(changes, "BUSINESS_NAME_CHANGED", $"{location}.businessName", $"The business name of '{oldObject.Name}' was changed.");
            }

            CompareTags($"{location}.tags", oldObject.Tags, newObject.Tags, changes);
            CompareQuality(location, oldObject.Quality, newObject.Quality, changes);
            var scope = new PurposeScope(published.Profile.AllowedPurposes, candidate.Profile.AllowedPurposes);
            CompareProperties(location, oldObject.Properties, newObject.Properties, scope, changes);
        }

        foreach (var newObject in candidate.Schema)
        {
            if (Find(published.Schema, newObject.Name, static o => o.Name) is null)
            {
                Add(changes, "SCHEMA_OBJECT_ADDED", $"schema[{newObject.Name}]", $"Schema object '{newObject.Name}' was added.");
            }
        }
    }

    private static void CompareProperties(
        string parent, IReadOnlyList<SchemaProperty> published, IReadOnlyList<SchemaProperty> candidate, PurposeScope scope, List<ProductChange> changes)
    {
        foreach (var oldProperty in published)
        {
            var location = $"{parent}.properties[{oldProperty.Name}]";
            var newProperty = Find(candidate, oldProperty.Name, static p => p.Name);
            if (newProperty is null)
            {
                Add(changes, "PROPERTY_REMOVED", location, RemovedMessage(oldProperty));
            }
            else
            {
                CompareProperty(location, oldProperty, newProperty, scope, changes);
            }
        }

        foreach (var newProperty in candidate)
        {
            if (Find(published, newProperty.Name, static p => p.Name) is null)
            {
                Add(changes, "PROPERTY_ADDED", $"{parent}.properties[{newProperty.Name}]", $"Property '{newProperty.Name}' was added.");
            }
        }
    }

    private static string RemovedMessage(SchemaProperty property) =>
        property.Profile.GraphQLCoordinate is { } coordinate
            ? $"Property '{property.Name}' (served as {coordinate}) was removed."
            : $"Property '{property.Name}' was removed.";

    private static void CompareProperty(string location, SchemaProperty published, SchemaProperty candidate, PurposeScope scope, List<ProductChange> changes)
    {
        var name = published.Name;
        if (!SameText(published.LogicalType, candidate.LogicalType))
        {
            Add(changes, "LOGICAL_TYPE_CHANGED", $"{location}.logicalType",
                $"The logical type of '{name}' changed from {published.LogicalType ?? "none"} to {candidate.LogicalType ?? "none"}.");
        }

        if (!SameText(published.PhysicalType, candidate.PhysicalType))
        {
            Add(changes, "PHYSICAL_TYPE_CHANGED", $"{location}.physicalType",
                $"The physical type of '{name}' changed from {published.PhysicalType ?? "none"} to {candidate.PhysicalType ?? "none"}.");
        }

        if (published.Required != candidate.Required)
        {
            Add(changes, published.Required ? "REQUIRED_RELAXED" : "REQUIRED_TIGHTENED", $"{location}.required", published.Required
                ? $"'{name}' is no longer required: consumers may now get no value."
                : $"'{name}' is now required: existing data and its producers may not meet it.");
        }

        if (published.Unique != candidate.Unique)
        {
            Add(changes, "UNIQUE_CHANGED", $"{location}.unique", $"'{name}' is {(candidate.Unique ? "now" : "no longer")} unique.");
        }

        if (published.PrimaryKey != candidate.PrimaryKey)
        {
            Add(changes, "PRIMARY_KEY_CHANGED", $"{location}.primaryKey",
                $"'{name}' is {(candidate.PrimaryKey ? "now" : "no longer")} part of the primary key, which other products join on.");
        }

        CompareProtection(location, published, candidate, scope, changes);

        if (!SameText(published.Profile.GraphQLCoordinate, candidate.Profile.GraphQLCoordinate))
        {
            if (published.Profile.GraphQLCoordinate is null)
            {
                Add(changes, "COORDINATE_ADDED", $"{location}.graphqlCoordinate",
                    $"'{name}' is now served as {candidate.Profile.GraphQLCoordinate}: its masks and purposes apply there.");
            }
            else
            {
                Add(changes, "COORDINATE_CHANGED", $"{location}.graphqlCoordinate", candidate.Profile.GraphQLCoordinate is null
                    ? $"'{name}' no longer names its GraphQL field (was {published.Profile.GraphQLCoordinate}): its masks and purposes no longer apply there."
                    : $"'{name}' moved from {published.Profile.GraphQLCoordinate} to {candidate.Profile.GraphQLCoordinate}: its masks and purposes leave the field they protected.");
            }
        }

        if (!SameText(published.Description, candidate.Description))
        {
            Add(changes, "DESCRIPTION_CHANGED", $"{location}.description", $"The description of '{name}' was changed.");
        }

        if (!SameText(published.BusinessName, candidate.BusinessName))
        {
            Add(changes, "BUSINESS_NAME_CHANGED", $"{location}.businessName", $"The business name of '{name}' was changed.");
        }

        CompareTags($"{location}.tags", published.Tags, candidate.Tags, changes);
        if (!SameSet(published.Profile.GlossaryTerms, candidate.Profile.GlossaryTerms))
        {
            Add(changes, "GLOSSARY_TERMS_CHANGED", $"{location}.glossaryTerms", $"The glossary terms of '{name}' were changed.");
        }

        CompareQuality(location, published.Quality, candidate.Quality, changes);
        CompareProperties(location, published.Properties, candidate.Properties, scope, changes);
        if (published.Items is not null && candidate.Items is not null)
        {
            CompareProperty($"{location}.items", published.Items, candidate.Items, scope, changes);
        }
        else if (published.Items is not null)
        {
            Add(changes, "PROPERTY_REMOVED", $"{location}.items", $"The items of '{name}' are no longer described.");
        }
        else if (candidate.Items is not null)
        {
            Add(changes, "PROPERTY_ADDED", $"{location}.items", $"The items of '{name}' are now described.");
        }
    }

    /// <summary>The contract-wide allowed purposes of both versions, which a property without its own list inherits.</summary>
    private readonly record struct PurposeScope(IReadOnlyList<string> Published, IReadOnlyList<string> Candidate);
}
