using System.Text;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph.Building;

/// <summary>
/// The definitions every subgraph schema gets on top of its author's SDL (Apollo Federation subgraph
/// spec, "Subgraph schema additions"): the federation directives and scalars under the names the
/// <c>@link</c> gives them, <c>@link</c> itself, <c>_Any</c>, <c>_Service</c>, the <c>_Entity</c> union of
/// the resolvable entity object types, and <c>_service</c> and <c>_entities</c> on the query root
/// (<c>_entities</c> and <c>_Entity</c> only when there is an entity, as <c>@apollo/subgraph</c> does).
/// </summary>
internal static class FederationAdditions
{
    public const string ServiceField = "_service";
    public const string EntitiesField = "_entities";
    public const string EntityUnion = "_Entity";
    public const string ServiceType = "_Service";

    public static string Sdl(SubgraphDocument subgraph)
    {
        var sdl = new StringBuilder();
        var link = subgraph.Link;
        foreach (var element in FederationElements.For(link))
        {
            if (!subgraph.DefinedNames.Contains(element.NameIn(link)))
            {
                sdl.AppendLine(element.Definition(link));
            }
        }

        if (link.IsVersion2 && !subgraph.DefinedNames.Contains("link"))
        {
            // Core schemas spec: the @link directive and its argument types.
            sdl.AppendLine("directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA");
            AppendUnlessDefined(sdl, subgraph, "link__Import", "scalar link__Import");
            AppendUnlessDefined(sdl, subgraph, "link__Purpose", "enum link__Purpose { SECURITY EXECUTION }");
        }

        // A schema printed with its federation types (some tools print _Any and _Service) keeps its own.
        AppendUnlessDefined(sdl, subgraph, "_Any", "scalar _Any");
        AppendUnlessDefined(sdl, subgraph, ServiceType, $"type {ServiceType} {{ sdl: String }}");
        var resolvableObjects = new List<string>();
        foreach (var entity in subgraph.Entities)
        {
            if (entity.IsResolvable && !entity.IsInterface)
            {
                resolvableObjects.Add(entity.Name);
            }
        }

        sdl.Append(subgraph.HasQueryType ? "extend type " : "type ").Append(subgraph.QueryTypeName).AppendLine(" {");
        if (resolvableObjects.Count > 0)
        {
            sdl.AppendLine($"  {EntitiesField}(representations: [_Any!]!): [{EntityUnion}]!");
        }

        sdl.AppendLine($"  {ServiceField}: {ServiceType}!");
        sdl.AppendLine("}");
        if (resolvableObjects.Count > 0)
        {
            sdl.Append($"union {EntityUnion} = ").AppendJoin(" | ", resolvableObjects).AppendLine();
        }

        return sdl.ToString();
    }

    private static void AppendUnlessDefined(StringBuilder sdl, SubgraphDocument subgraph, string name, string definition)
    {
        if (!subgraph.DefinedNames.Contains(name))
        {
            sdl.AppendLine(definition);
        }
    }
}
