using Gateway.GraphQL;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.Catalog.Changes;

/// <summary>
/// The schema half of a product diff: the engine's <c>SchemaDiff</c> over the old and new subgraph SDL, with
/// federation taken into account. Clients query the supergraph's API schema, where federation directives do
/// not appear (federation v2 spec, "API schema"), so adding or removing one that only steers composition and
/// query planning (<c>@key</c>, <c>@shareable</c>, <c>@external</c>...) is safe, while <c>@inaccessible</c>
/// hides the element from the API schema: adding it breaks clients as a removal does.
/// </summary>
internal static class SubgraphSchemaDiff
{
    private const string Inaccessible = "inaccessible";

    private static readonly HashSet<string> s_planningDirectives = new(StringComparer.Ordinal)
    {
        "key", "external", "requires", "provides", "shareable", "extends", "override", "interfaceObject",
        "composeDirective", "link", "context", "fromContext", "cost", "listSize", "tag",
    };

    private static readonly HashSet<string> s_accessDirectives = new(StringComparer.Ordinal)
    {
        Inaccessible, "authenticated", "requiresScopes", "policy",
    };

    public static void Compare(string? oldSdl, string? newSdl, List<ProductChange> changes)
    {
        if (oldSdl is null && newSdl is null)
        {
            return;
        }

        if (oldSdl is null)
        {
            changes.Add(new ProductChange(
                ChangeArea.Schema, ChangeSeverity.Safe, "SUBGRAPH_SCHEMA_ADDED", "schema", "The product now serves a subgraph schema.")
            { Bump = VersionBump.Minor });
            return;
        }

        if (newSdl is null)
        {
            changes.Add(new ProductChange(
                ChangeArea.Schema, ChangeSeverity.Breaking, "SUBGRAPH_SCHEMA_REMOVED", "schema", "The product no longer serves a subgraph schema: every field it served is gone."));
            return;
        }

        var oldSchema = TryRead(oldSdl, "published", changes, out var oldImports);
        var newSchema = TryRead(newSdl, "candidate", changes, out var newImports);
        if (oldSchema is null || newSchema is null)
        {
            return;
        }

        foreach (var change in SchemaDiff.Compare(oldSchema, newSchema))
        {
            if (IsFederationPlumbing(change, oldImports, newImports))
            {
                continue;
            }

            changes.Add(change.Kind is SchemaChangeKind.DirectiveUsageAdded or SchemaChangeKind.DirectiveUsageRemoved
                ? DirectiveUsageChange(change, change.Kind == SchemaChangeKind.DirectiveUsageAdded ? newImports : oldImports)
                : new ProductChange(
                    ChangeArea.Schema, SchemaChangeCodes.SeverityOf(change.Criticality), SchemaChangeCodes.CodeOf(change), LocationOf(change), change.Message)
                { Bump = SchemaChangeCodes.BumpOf(change) });
        }
    }

    private static Schema? TryRead(string sdl, string which, List<ProductChange> changes, out FederationImports imports)
    {
        imports = FederationImports.None;
        try
        {
            return SubgraphSchemaReader.Read(sdl, out imports);
        }
        catch (GraphQLException error)
        {
            // Not a change but no analysis either: reported as breaking so that it never passes unseen.
            changes.Add(new ProductChange(
                ChangeArea.Schema, ChangeSeverity.Breaking, "SCHEMA_UNREADABLE", "schema",
                $"The {which} subgraph SDL cannot be read, so its changes cannot be analyzed: {error.Message}"));
            return null;
        }
    }

    private static ProductChange DirectiveUsageChange(SchemaChange change, FederationImports imports)
    {
        var name = DirectiveNameOf(change.Message) is { } local ? imports.Resolve(local) : null;
        var added = change.Kind == SchemaChangeKind.DirectiveUsageAdded;
        var location = LocationOf(change);
        if (name == Inaccessible)
        {
            return added
                ? new ProductChange(
                    ChangeArea.Schema, ChangeSeverity.Breaking, "INACCESSIBLE_ADDED", location,
                    $"'{location}' is now @inaccessible: it leaves the supergraph's API schema, which breaks clients as a removal does.")
                : new ProductChange(
                    ChangeArea.Schema, ChangeSeverity.Safe, "INACCESSIBLE_REMOVED", location,
                    $"'{location}' is no longer @inaccessible: it joins the supergraph's API schema.")
                { Bump = VersionBump.Minor };
        }

        var code = SchemaChangeCodes.CodeOf(change);
        if (name is not null && s_planningDirectives.Contains(name))
        {
            return new ProductChange(ChangeArea.Schema, ChangeSeverity.Safe, code, location, change.Message) { Bump = VersionBump.Patch };
        }

        // Authorization directives and the subgraph's own directives keep graphql-inspector's Dangerous:
        // the shape stays, what clients get back may not.
        return new ProductChange(ChangeArea.Schema, SchemaChangeCodes.SeverityOf(change.Criticality), code, location, change.Message)
        { Bump = SchemaChangeCodes.BumpOf(change) };
    }

    /// <summary>The directive's name as written, from the engine's message <c>Directive '@key(fields: "id")' was added to ...</c>.</summary>
    internal static string? DirectiveNameOf(string message)
    {
        const string Prefix = "Directive '@";
        var start = message.IndexOf(Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += Prefix.Length;
        var end = start;
        while (end < message.Length && (char.IsAsciiLetterOrDigit(message[end]) || message[end] == '_'))
        {
            end++;
        }

        return message[start..end];
    }

    /// <summary>
    /// Changes to what the reader filled in (scalars for <c>_FieldSet</c>, <c>link__Import</c>...) and to the
    /// definitions of federation directives, which the subgraph library prints or leaves out as it likes.
    /// </summary>
    private static bool IsFederationPlumbing(SchemaChange change, FederationImports oldImports, FederationImports newImports)
    {
        var coordinate = change.Coordinate;
        if (coordinate.StartsWith('@'))
        {
            var local = coordinate[1..];
            var end = local.IndexOf('(');
            local = end < 0 ? local : local[..end];
            return change.Kind is not (SchemaChangeKind.DirectiveUsageAdded or SchemaChangeKind.DirectiveUsageRemoved)
                && (IsFederationDirective(oldImports.Resolve(local)) || IsFederationDirective(newImports.Resolve(local)) || IsFederationName(local));
        }

        var dot = coordinate.IndexOf('.');
        var typeName = dot < 0 ? coordinate : coordinate[..dot];
        return IsFederationName(typeName) || typeName is "_FieldSet" or "FieldSet";
    }

    private static bool IsFederationDirective(string name) => s_planningDirectives.Contains(name) || s_accessDirectives.Contains(name);

    private static bool IsFederationName(string name) =>
        name.StartsWith("federation__", StringComparison.Ordinal) || name.StartsWith("link__", StringComparison.Ordinal);

    private static string LocationOf(SchemaChange change) => change.Coordinate.Length == 0 ? "schema" : change.Coordinate;
}
