using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>A named type of one subgraph, its federation directives read.</summary>
internal sealed class SubgraphType
{
    private readonly Dictionary<string, SubgraphField> _fields = new(StringComparer.Ordinal);

    public SubgraphType(string name, TypeKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    /// <summary>The kind; an <c>@interfaceObject</c> is an object here and an interface in the supergraph.</summary>
    public TypeKind Kind { get; }

    public string? Description { get; set; }

    /// <summary>Only extended in this subgraph (<c>extend type</c> without a definition, or <c>@extends</c>).</summary>
    public bool IsExtension { get; set; }

    /// <summary>Marked <c>@extends</c>: an extension in the Federation 1 sense, whatever its syntax.</summary>
    public bool HasExtendsDirective { get; set; }

    /// <summary>The subgraph had a definition (not only extensions) of the type.</summary>
    public bool HasDefinition { get; set; }

    public List<SubgraphKey> Keys { get; } = [];

    public bool IsInterfaceObject { get; set; }

    /// <summary><c>@shareable</c> on the type: every field it defines here is shareable.</summary>
    public bool IsShareable { get; set; }

    public bool IsInaccessible { get; set; }

    /// <summary>Directives kept in the supergraph besides <c>@inaccessible</c>: <c>@tag</c> and composed directives.</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>Fields (object, interface) or input fields (input object), in definition order.</summary>
    public List<SubgraphField> Fields { get; } = [];

    public List<string> Interfaces { get; } = [];

    public List<string> UnionMembers { get; } = [];

    public List<SubgraphEnumValue> EnumValues { get; } = [];

    /// <summary>A scalar's <c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; set; }

    public bool IsEntity => Keys.Count > 0;

    public SubgraphField? FindField(string name) => _fields.GetValueOrDefault(name);

    public void AddField(SubgraphField field)
    {
        if (_fields.TryAdd(field.Name, field))
        {
            Fields.Add(field);
        }
    }

    public void RemoveField(SubgraphField field)
    {
        _fields.Remove(field.Name);
        Fields.Remove(field);
    }
}
