using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A field of an object or interface type (Spec 3.6).</summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>The output type; set once while the schema is built.</summary>
    public GraphQLType Type { get; set; }

    public string? Description { get; set; }

    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];

    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>The object or interface type that declares the field; set by <see cref="ComplexType.AddField"/>.</summary>
    public ComplexType DeclaringType { get; internal set; } = null!;

    /// <summary>The resolver; null means the executor's default (read a property of the parent value).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>The field's schema coordinate, <c>Type.field</c> (Spec 3.15).</summary>
    public string Coordinate => $"{DeclaringType?.Name}.{Name}";

    public InputValueDefinition AddArgument(InputValueDefinition argument)
    {
        Arguments[argument.Name] = argument;
        return argument;
    }
}
