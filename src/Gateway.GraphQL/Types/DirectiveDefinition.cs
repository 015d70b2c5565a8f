using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A directive definition (Spec 3.13).</summary>
public sealed class DirectiveDefinition
{
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, bool isRepeatable = false)
    {
        Name = name;
        Locations = [.. locations];
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public DirectiveDefinitionNode? AstNode { get; set; }

    public InputValueDefinition AddArgument(InputValueDefinition argument)
    {
        Arguments[argument.Name] = argument;
        return argument;
    }
}
