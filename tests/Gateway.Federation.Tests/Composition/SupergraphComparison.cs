using System.Text;
using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Tests.Composition;

/// <summary>
/// Two supergraphs are equivalent when the API schemas they derive print the same and their join metadata is
/// the same: per type, field and enum value, the same set of <c>@join__*</c> directives, whatever their order.
/// </summary>
internal static class SupergraphComparison
{
    public static string ApiSchemaOf(string supergraphSdl) => SchemaPrinter.Print(SupergraphReader.Read(supergraphSdl).ApiSchema);

    /// <summary>One line per schema element: its coordinate, then its join directives printed and sorted.</summary>
    public static string JoinMetadataOf(string supergraphSdl)
    {
        var lines = new List<string>();
        foreach (var definition in Parser.Parse(supergraphSdl).Definitions)
        {
            if (definition is not TypeDefinitionNode type || type.Name.Value.StartsWith("link__", StringComparison.Ordinal))
            {
                continue;
            }

            var name = type.Name.Value;
            Add(lines, name, type.Directives);
            switch (type)
            {
                case ObjectTypeDefinitionNode objectType:
                    AddFields(lines, name, objectType.Fields);
                    break;
                case InterfaceTypeDefinitionNode interfaceType:
                    AddFields(lines, name, interfaceType.Fields);
                    break;
                case InputObjectTypeDefinitionNode input:
                    foreach (var field in input.Fields)
                    {
                        Add(lines, name + "." + field.Name.Value, field.Directives);
                    }

                    break;
                case EnumTypeDefinitionNode enumType:
                    foreach (var value in enumType.Values)
                    {
                        Add(lines, name + "." + value.Name.Value, value.Directives);
                    }

                    break;
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static void AddFields(List<string> lines, string type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Add(lines, type + "." + field.Name.Value, field.Directives);
        }
    }

    private static void Add(List<string> lines, string coordinate, IReadOnlyList<DirectiveNode> directives)
    {
        var printed = new List<string>();
        foreach (var directive in directives)
        {
            if (directive.Name.Value.StartsWith("join__", StringComparison.Ordinal))
            {
                printed.Add(Printer.Print(directive));
            }
        }

        printed.Sort(StringComparer.Ordinal);
        lines.Add(new StringBuilder(coordinate).Append(' ').AppendJoin(' ', printed).ToString());
    }
}
