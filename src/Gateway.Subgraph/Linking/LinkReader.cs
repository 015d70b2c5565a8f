using System.Globalization;
using Gateway.GraphQL;
using Gateway.GraphQL.Language;

namespace Gateway.Subgraph.Linking;

/// <summary>
/// Reads the federation <c>@link</c> on the schema definition or its extensions (core schemas spec,
/// <c>@link(url:, as:, import:)</c>): which federation version the subgraph opts into and the names it
/// imports. Links to other specs are left to the author, who defines their directives.
/// </summary>
internal static class LinkReader
{
    public const string FederationSpecPrefix = "https://specs.apollo.dev/federation/v";

    /// <summary>The federation link of <paramref name="document"/>, or <see cref="FederationLink.Version1"/> when it has none.</summary>
    public static FederationLink Read(DocumentNode document)
    {
        DirectiveNode? found = null;
        var errors = new List<GraphQLError>();
        foreach (var definition in document.Definitions)
        {
            var directives = definition switch
            {
                SchemaDefinitionNode schema => schema.Directives,
                SchemaExtensionNode extension => extension.Directives,
                _ => null,
            };
            if (directives is null)
            {
                continue;
            }

            foreach (var directive in directives)
            {
                if (directive.Name.Value != "link" || StringArgument(directive, "url") is not { } url || !url.StartsWith(FederationSpecPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                if (found is not null)
                {
                    errors.Add(GraphQLError.At("The schema links the federation spec twice; keep one @link(url: \"https://specs.apollo.dev/federation/v2.x\").", found, directive));
                    continue;
                }

                found = directive;
            }
        }

        if (found is null)
        {
            ThrowIfAny(errors);
            return FederationLink.Version1;
        }

        var link = FromDirective(found, errors);
        ThrowIfAny(errors);
        return link;
    }

    private static FederationLink FromDirective(DirectiveNode directive, List<GraphQLError> errors)
    {
        var url = StringArgument(directive, "url")!;
        var version = url[FederationSpecPrefix.Length..];
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0
            || !int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(version.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major != 2)
        {
            errors.Add(GraphQLError.At($"The federation @link names \"{url}\"; this SDK serves Federation 2: use \"{FederationSpecPrefix}2.x\" (directives up to v2.9 are defined), or no federation @link for Federation 1.", directive));
            return FederationLink.Version1;
        }

        var prefix = StringArgument(directive, "as") ?? "federation";
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Argument(directive, "import") is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                AddImport(item, minor, imports, errors);
            }
        }

        return FederationLink.Version2(minor, prefix, imports);
    }

    /// <summary>An import is <c>"@key"</c> or <c>{ name: "@key", as: "@primaryKey" }</c>; a directive keeps its <c>@</c> in both.</summary>
    private static void AddImport(ValueNode item, int minor, Dictionary<string, string> imports, List<GraphQLError> errors)
    {
        string? name = null;
        string? alias = null;
        switch (item)
        {
            case StringValueNode text:
                name = text.Value;
                break;
            case ObjectValueNode renamed:
                foreach (var field in renamed.Fields)
                {
                    if (field.Value is StringValueNode value)
                    {
                        if (field.Name.Value == "name")
                        {
                            name = value.Value;
                        }
                        else if (field.Name.Value == "as")
                        {
                            alias = value.Value;
                        }
                    }
                }

                break;
        }

        if (name is null)
        {
            errors.Add(GraphQLError.At("An @link import is a string such as \"@key\" or an object { name: \"@key\", as: \"@primaryKey\" }.", item));
            return;
        }

        var element = FederationElements.Find(name);
        if (element is null)
        {
            errors.Add(GraphQLError.At($"@link imports \"{name}\", which the federation spec does not define. Directives are imported with their \"@\" (\"@key\"); the types are FieldSet, Scope, Policy and ContextFieldValue.", item));
            return;
        }

        if (element.SinceMinor > minor)
        {
            errors.Add(GraphQLError.At($"{name} needs federation v2.{element.SinceMinor} or later, but the @link names v2.{minor}; raise the version in its url.", item));
            return;
        }

        alias ??= name;
        if (element.IsDirective != (alias[0] == '@'))
        {
            errors.Add(GraphQLError.At($"The import of {name} is renamed to \"{alias}\"; a directive keeps its \"@\" and a type has none.", item));
            return;
        }

        imports[name] = element.IsDirective ? alias[1..] : alias;
    }

    private static ValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static string? StringArgument(DirectiveNode directive, string name) => (Argument(directive, name) as StringValueNode)?.Value;

    private static void ThrowIfAny(List<GraphQLError> errors)
    {
        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }
    }
}
