using System.Collections;
using System.Reflection;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Writes a tree as one line per node in pre-order ("Kind line:col" or with byte offsets), the same shape
/// the graphql-js oracle prints, so location tests compare text.
/// </summary>
internal static class SyntaxTreeDump
{
    public static string Locations(SyntaxNode root, bool withOffsets = false)
    {
        var lines = new List<string>();
        Walk(root, lines, withOffsets);
        return string.Join("|", lines);
    }

    private static void Walk(SyntaxNode node, List<string> lines, bool withOffsets)
    {
        if (node is not DocumentNode)
        {
            Add(node.Kind, node.Location, lines, withOffsets);
        }

        // A property redeclared with `new` (a fragment's never-absent Name) is listed once per declaring type.
        var seen = new HashSet<string>();
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.DeclaringType == typeof(SyntaxNode) || property.GetIndexParameters().Length > 0 || !seen.Add(property.Name))
            {
                continue;
            }

            var value = property.GetValue(node);
            if (value is NameNode name)
            {
                Add(name.Kind, name.Location, lines, withOffsets);
            }
            else if (value is SyntaxNode child && property.Name != nameof(TypeNode.NamedType))
            {
                Walk(child, lines, withOffsets);
            }
            else if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is SyntaxNode element)
                    {
                        Walk(element, lines, withOffsets);
                    }
                    else if (item is NameNode itemName)
                    {
                        Add(itemName.Kind, itemName.Location, lines, withOffsets);
                    }
                }
            }
        }
    }

    private static void Add(SyntaxKind kind, Location? known, List<string> lines, bool withOffsets)
    {
        var location = known ?? throw new InvalidOperationException($"{kind} has no location.");
        var offsets = withOffsets ? $"{location.Start}-{location.End} " : string.Empty;
        lines.Add($"{kind} {offsets}{location.Line}:{location.Column}");
    }
}
