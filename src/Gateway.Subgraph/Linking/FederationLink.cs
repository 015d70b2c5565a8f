using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;

namespace Gateway.Subgraph.Linking;

/// <summary>
/// How a subgraph schema names the federation elements: the version its <c>@link</c> names, and for each
/// directive or type either the name it was imported under or the namespaced name
/// (<c>federation__requires</c>). Apollo Federation 2, "Importing directives" and "Namespaced directives";
/// a schema without a federation <c>@link</c> is a Federation 1 schema, whose elements have their bare names.
/// </summary>
internal sealed class FederationLink
{
    public const string SpecUrlPrefix = "https://specs.apollo.dev/federation/v";

    /// <summary>The link as the shared reader read it; null for Federation 1.</summary>
    private readonly LinkedFeature? _feature;

    private FederationLink(LinkedFeature? feature, SpecVersion version)
    {
        _feature = feature;
        Major = version.Major;
        Minor = version.Minor;
    }

    /// <summary>The Federation 1 naming: no <c>@link</c>, every element under its own name.</summary>
    public static FederationLink Version1 { get; } = new(null, new SpecVersion(1, 0));

    public int Major { get; }

    public int Minor { get; }

    public bool IsVersion2 => Major >= 2;

    /// <summary>The namespace of elements that were not imported: <c>federation</c> unless <c>@link(as:)</c> renames it.</summary>
    public string Prefix => _feature?.Prefix ?? string.Empty;

    /// <summary>
    /// The federation link of <paramref name="document"/> (a <c>@link</c> on the schema definition or an extension
    /// whose url is the federation spec), or <see cref="Version1"/> when it has none. Links to other specs are left
    /// to the author, who defines their directives.
    /// </summary>
    public static FederationLink Read(DocumentNode document)
    {
        var errors = new List<GraphQLError>();
        DirectiveNode? found = null;
        foreach (var directive in LinkReader.SchemaDirectives(document))
        {
            if (directive.Name.Value != LinkReader.DefaultDirectiveName
                || directive.Argument("url") is not StringValueNode url
                || !url.Value.StartsWith(SpecUrlPrefix, StringComparison.Ordinal))
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

        var link = found is null ? Version1 : FromFeature(LinkReader.Read(found, errors), found, errors);
        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }

        return link;
    }

    /// <summary>The name a federation directive has in this schema, without <c>@</c>: <c>key</c>, <c>primaryKey</c> or <c>federation__key</c>.</summary>
    public string Directive(string name) => _feature is null ? name : _feature.DirectiveName(name);

    /// <summary>The name a federation type has in this schema: <c>FieldSet</c> or <c>federation__FieldSet</c>; Federation 1 spells it <c>_FieldSet</c>.</summary>
    public string Type(string name) => _feature is null ? "_" + name : _feature.TypeName(name);

    /// <summary>True when the linked version is at least 2.<paramref name="minor"/>.</summary>
    public bool Supports(int minor) => Major > 2 || (Major == 2 && Minor >= minor);

    public override string ToString() => IsVersion2 ? $"federation v{Major}.{Minor}" : "federation v1";

    private static FederationLink FromFeature(LinkedFeature? feature, DirectiveNode directive, List<GraphQLError> errors)
    {
        if (feature is null)
        {
            return Version1;
        }

        if (feature.Version is not { Major: 2 } version)
        {
            errors.Add(GraphQLError.At($"The federation @link names \"{feature.Url}\"; this SDK serves Federation 2: use \"{SpecUrlPrefix}2.x\" (directives up to v2.9 are defined), or no federation @link for Federation 1.", directive));
            return Version1;
        }

        foreach (var import in feature.ImportList)
        {
            CheckImport(import, version.Minor, errors);
        }

        return new FederationLink(feature, version);
    }

    /// <summary>Only the federation spec's own elements can be imported, each from the version that introduced it.</summary>
    private static void CheckImport(LinkImport import, int minor, List<GraphQLError> errors)
    {
        var element = FederationElements.Find(import.Name);
        if (element is null)
        {
            errors.Add(GraphQLError.At($"@link imports \"{import.Name}\", which the federation spec does not define. Directives are imported with their \"@\" (\"@key\"); the types are FieldSet, Scope, Policy and ContextFieldValue.", import.Node));
        }
        else if (element.SinceMinor > minor)
        {
            errors.Add(GraphQLError.At($"{import.Name} needs federation v2.{element.SinceMinor} or later, but the @link names v2.{minor}; raise the version in its url.", import.Node));
        }
    }
}
