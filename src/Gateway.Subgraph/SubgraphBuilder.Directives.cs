using Gateway.GraphQL.Language;

namespace Gateway.Subgraph;

/// <summary>
/// Federation directives applied from code, for schemas declared in code (<see cref="FromCodeFirst"/>) or
/// SDL kept free of federation concerns. Each adds the directive to the type or field at the coordinate
/// under the name the schema's <c>@link</c> gives it, as if the SDL had it.
/// </summary>
public sealed partial class SubgraphBuilder
{
    /// <summary>Any directives, written as in SDL, on an object or interface type (<c>"Station"</c>) or one of its fields (<c>"Station.zone"</c>).</summary>
    public SubgraphBuilder Apply(string coordinate, string directives)
    {
        _annotations.Add(coordinate, directives);
        return this;
    }

    /// <summary><c>@key(fields:)</c>: the type is an entity identified by <paramref name="fields"/> (a selection, e.g. <c>"id"</c> or <c>"operator number"</c>).</summary>
    public SubgraphBuilder Key(string typeName, string fields, bool resolvable = true) =>
        Federation(typeName, resolvable ? $"@key(fields: {Printer.PrintString(fields)})" : $"@key(fields: {Printer.PrintString(fields)}, resolvable: false)");

    /// <summary><c>@shareable</c>: other subgraphs may resolve the field (or the type's fields) too.</summary>
    public SubgraphBuilder Shareable(string coordinate) => Federation(coordinate, "@shareable");

    /// <summary><c>@external</c>: the field is resolved by another subgraph.</summary>
    public SubgraphBuilder External(string coordinate) => Federation(coordinate, "@external");

    /// <summary><c>@requires(fields:)</c>: the gateway sends the selected external fields in the representation.</summary>
    public SubgraphBuilder Requires(string coordinate, string fields) => Federation(coordinate, $"@requires(fields: {Printer.PrintString(fields)})");

    /// <summary><c>@provides(fields:)</c>: the field's value comes with the selected external fields of its type.</summary>
    public SubgraphBuilder Provides(string coordinate, string fields) => Federation(coordinate, $"@provides(fields: {Printer.PrintString(fields)})");

    /// <summary><c>@override(from:)</c>: this subgraph takes the field over from the named one.</summary>
    public SubgraphBuilder Override(string coordinate, string fromSubgraph) => Federation(coordinate, $"@override(from: {Printer.PrintString(fromSubgraph)})");

    /// <summary><c>@inaccessible</c>: kept out of the supergraph's API schema.</summary>
    public SubgraphBuilder Inaccessible(string coordinate) => Federation(coordinate, "@inaccessible");

    /// <summary><c>@tag(name:)</c>: a label that contracts filter on.</summary>
    public SubgraphBuilder Tag(string coordinate, string name) => Federation(coordinate, $"@tag(name: {Printer.PrintString(name)})");

    /// <summary><c>@interfaceObject</c>: the object type stands for an entity interface of another subgraph (Federation 2.3).</summary>
    public SubgraphBuilder InterfaceObject(string typeName) => Federation(typeName, "@interfaceObject");

    private SubgraphBuilder Federation(string coordinate, string directive)
    {
        _annotations.Add(coordinate, directive, isFederation: true);
        return this;
    }
}
