using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph.Building;

/// <summary>
/// Directives applied from code rather than written in SDL (<c>Key("Station", "code")</c>,
/// <c>Apply("Station.zone", "@requires(fields: \"city\")")</c>): added to the type or field definition of
/// the document at the coordinate, after the directives already there, so the document reads as if the
/// author had written them. Object and interface types and their fields can be annotated.
/// </summary>
internal sealed class DirectiveAnnotations
{
    private readonly List<Annotation> _annotations = [];

    public int Count => _annotations.Count;

    /// <param name="coordinate"><c>Type</c> or <c>Type.field</c>.</param>
    /// <param name="directives">SDL directives, e.g. <c>@key(fields: "id") @tag(name: "public")</c>.</param>
    /// <param name="isFederation">The directives are federation directives under their spec names, renamed as the schema's <c>@link</c> names them.</param>
    public void Add(string coordinate, string directives, bool isFederation = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinate);
        ArgumentException.ThrowIfNullOrWhiteSpace(directives);
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        var type = dot < 0 ? coordinate : coordinate[..dot];
        var field = dot < 0 ? null : coordinate[(dot + 1)..];
        // The directives are parsed where SDL allows them, on a scalar definition, and moved over.
        var parsed = (ScalarTypeDefinitionNode)Parser.Parse($"scalar Annotated {directives}").Definitions[0];
        if (parsed.Directives.Count == 0)
        {
            throw new ArgumentException($"\"{directives}\" holds no directive; write them as in SDL, e.g. @key(fields: \"id\").", nameof(directives));
        }

        _annotations.Add(new Annotation(type, field, parsed.Directives, isFederation));
    }

    /// <summary>The document with every annotation applied; throws naming the coordinates that match no definition.</summary>
    public DocumentNode ApplyTo(DocumentNode document, FederationLink link)
    {
        var resolved = new Annotation[_annotations.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = _annotations[i].NamedBy(link);
        }

        var applied = new bool[resolved.Length];
        var definitions = new List<DefinitionNode>(document.Definitions.Count);
        foreach (var definition in document.Definitions)
        {
            definitions.Add(definition switch
            {
                ObjectTypeDefinitionNode type => Annotate(resolved, applied, type.Name.Value, type.Directives, type.Fields, (directives, fields) =>
                    new ObjectTypeDefinitionNode(type.Description, type.Name, type.Interfaces, directives, fields)),
                InterfaceTypeDefinitionNode type => Annotate(resolved, applied, type.Name.Value, type.Directives, type.Fields, (directives, fields) =>
                    new InterfaceTypeDefinitionNode(type.Description, type.Name, type.Interfaces, directives, fields)),
                _ => null,
            } ?? definition);
        }

        var errors = new List<GraphQLError>();
        for (var i = 0; i < applied.Length; i++)
        {
            if (!applied[i])
            {
                var (type, field) = (resolved[i].Type, resolved[i].Field);
                errors.Add(new GraphQLError(field is null
                    ? $"Directives are applied to \"{type}\", which is not an object or interface type of the schema."
                    : $"Directives are applied to \"{type}.{field}\", which is not a field of an object or interface type of the schema."));
            }
        }

        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }

        return new DocumentNode(definitions);
    }

    private static DefinitionNode? Annotate(
        Annotation[] annotations,
        bool[] applied,
        string typeName,
        IReadOnlyList<DirectiveNode> typeDirectives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Func<IReadOnlyList<DirectiveNode>, IReadOnlyList<FieldDefinitionNode>, DefinitionNode> rebuild)
    {
        List<DirectiveNode>? directives = null;
        FieldDefinitionNode[]? annotatedFields = null;
        for (var i = 0; i < annotations.Length; i++)
        {
            var annotation = annotations[i];
            if (annotation.Type != typeName)
            {
                continue;
            }

            if (annotation.Field is null)
            {
                (directives ??= [.. typeDirectives]).AddRange(annotation.Directives);
                applied[i] = true;
                continue;
            }

            for (var f = 0; f < fields.Count; f++)
            {
                if (fields[f].Name.Value == annotation.Field)
                {
                    annotatedFields ??= [.. fields];
                    var current = annotatedFields[f];
                    annotatedFields[f] = new FieldDefinitionNode(current.Description, current.Name, current.Arguments, current.Type, [.. current.Directives, .. annotation.Directives]);
                    applied[i] = true;
                }
            }
        }

        return directives is null && annotatedFields is null
            ? null
            : rebuild(directives ?? typeDirectives, annotatedFields ?? fields);
    }

    private sealed record Annotation(string Type, string? Field, IReadOnlyList<DirectiveNode> Directives, bool IsFederation)
    {
        public Annotation NamedBy(FederationLink link)
        {
            if (!IsFederation)
            {
                return this;
            }

            var renamed = new DirectiveNode[Directives.Count];
            for (var i = 0; i < renamed.Length; i++)
            {
                renamed[i] = new DirectiveNode(new NameNode(link.Directive(Directives[i].Name.Value)), Directives[i].Arguments);
            }

            return this with { Directives = renamed, IsFederation = false };
        }
    }
}
