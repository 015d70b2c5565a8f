using System.Text;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.GraphQL.Language;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph;

/// <summary>Subgraphs whose types are declared in code.</summary>
public sealed partial class SubgraphBuilder
{
    /// <summary>
    /// A subgraph of the types declared on <paramref name="types"/> (with their resolvers), linked to
    /// Federation 2.<paramref name="federationMinorVersion"/> with every federation directive imported under
    /// its own name. Federation directives go on with <see cref="Key"/>, <see cref="Requires"/>, ... or
    /// <see cref="Apply"/>; <c>_service { sdl }</c> answers the declarations printed as SDL.
    /// </summary>
    /// <example>
    /// <code>
    /// var types = new CodeFirstSchemaBuilder()
    ///     .Object("Query", query => query.Field("station", "Station", context => ...).Field(...))
    ///     .Object("Station", station => station.Field("code", "ID!").Field("name", "String"));
    /// var subgraph = SubgraphBuilder.FromCodeFirst(types)
    ///     .Key("Station", "code")
    ///     .ResolveReferences("Station", (representations, context) => ...)
    ///     .Build();
    /// </code>
    /// </example>
    public static SubgraphBuilder FromCodeFirst(CodeFirstSchemaBuilder types, int federationMinorVersion = 3)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentOutOfRangeException.ThrowIfNegative(federationMinorVersion);
        var link = (SchemaExtensionNode)Parser.Parse(LinkAll(federationMinorVersion)).Definitions[0];
        return new SubgraphBuilder(
            () =>
            {
                var declared = types.ToDocument();
                var definitions = new List<DefinitionNode>(declared.Definitions.Count + 1) { link };
                definitions.AddRange(declared.Definitions);
                return new DocumentNode(definitions);
            },
            types.Options);
    }

    /// <summary><c>extend schema @link(...)</c> importing every directive the version defines.</summary>
    private static string LinkAll(int minor)
    {
        var sdl = new StringBuilder($"extend schema @link(url: \"{FederationLink.SpecUrlPrefix}2.{minor}\", import: [");
        var first = true;
        foreach (var element in FederationElements.Version2)
        {
            if (element.IsDirective && element.SinceMinor <= minor)
            {
                sdl.Append(first ? "" : ", ").Append('"').Append(element.Name).Append('"');
                first = false;
            }
        }

        return sdl.Append("])").ToString();
    }
}
