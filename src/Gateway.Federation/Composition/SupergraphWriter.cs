using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>
/// Writes the composed supergraph in the form Apollo's composition prints it: the <c>schema</c> with its
/// <c>@link</c>s (link v1.0, join for EXECUTION, tag, inaccessible for SECURITY, composed directives), the spec
/// directive definitions, then every type, directives and types each sorted by name, so that outputs compare.
/// </summary>
internal sealed class SupergraphWriter
{
    private const string LinkDefinition = "directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA";
    private const string InaccessibleDefinition = "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";
    private const string TagDefinition = "directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA";

    private readonly StringBuilder _output = new();

    /// <summary>The join spec minor version (3, 4 or 5) the subgraphs' federation versions need (join spec, "Versions").</summary>
    public static int JoinVersionFor(IReadOnlyList<SubgraphSchema> subgraphs)
    {
        var latest = new SpecVersion(2, 0);
        foreach (var subgraph in subgraphs)
        {
            if (subgraph.FederationVersion is { } version && version > latest)
            {
                latest = version;
            }
        }

        return latest.Minor >= 8 ? 5 : latest.Minor == 7 ? 4 : 3;
    }

    public static string Write(IReadOnlyList<SubgraphSchema> subgraphs, List<MergedType> types, bool usesTag, bool usesInaccessible)
    {
        var writer = new SupergraphWriter();
        writer.WriteAll(subgraphs, types, usesTag, usesInaccessible);
        return writer._output.ToString();
    }

    private void WriteAll(IReadOnlyList<SubgraphSchema> subgraphs, List<MergedType> types, bool usesTag, bool usesInaccessible)
    {
        var joinVersion = JoinVersionFor(subgraphs);
        var composed = new SortedDictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
        var composedLinks = new List<(string Url, List<string> Imports)>();
        foreach (var subgraph in subgraphs)
        {
            foreach (var (name, definition) in subgraph.ComposedDirectives)
            {
                composed.TryAdd(name, definition);
            }

            foreach (var (url, name) in subgraph.ComposedDirectiveLinks)
            {
                var link = composedLinks.Find(item => item.Url == url);
                if (link.Url is null)
                {
                    link = (url, []);
                    composedLinks.Add(link);
                }

                if (!link.Imports.Contains(name))
                {
                    link.Imports.Add(name);
                }
            }
        }

        _output.Append("schema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n");
        _output.Append("  @link(url: \"https://specs.apollo.dev/join/v0.").Append(joinVersion).Append("\", for: EXECUTION)\n");
        if (usesTag)
        {
            _output.Append("  @link(url: \"https://specs.apollo.dev/tag/v0.3\")\n");
        }

        if (usesInaccessible)
        {
            _output.Append("  @link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)\n");
        }

        foreach (var (url, imports) in composedLinks)
        {
            _output.Append("  @link(url: ").Append(Printer.PrintString(url)).Append(", import: [");
            for (var i = 0; i < imports.Count; i++)
            {
                _output.Append(i == 0 ? "" : ", ").Append(Printer.PrintString(imports[i]));
            }

            _output.Append("])\n");
        }

        _output.Append("{\n");
        foreach (var root in (string[])["Query", "Mutation", "Subscription"])
        {
            if (types.Exists(type => type.Name == root))
            {
                _output.Append("  ").Append(char.ToLowerInvariant(root[0])).Append(root.AsSpan(1)).Append(": ").Append(root).Append('\n');
            }
        }

        _output.Append("}\n");

        var directives = new List<(string Name, string Text)>();
        foreach (var (name, definition) in composed)
        {
            directives.Add((name, Printer.Print(definition)));
        }

        if (usesInaccessible)
        {
            directives.Add(("inaccessible", InaccessibleDefinition));
        }

        if (usesTag)
        {
            directives.Add(("tag", TagDefinition));
        }

        directives.Add(("link", LinkDefinition));
        foreach (var (name, text) in JoinDirectiveDefinitions(joinVersion))
        {
            directives.Add((name, text));
        }

        directives.Sort((a, b) => LocaleNameComparer.Instance.Compare(a.Name, b.Name));
        foreach (var (_, text) in directives)
        {
            _output.Append('\n').Append(text).Append('\n');
        }

        var all = new List<MergedType>(types);
        all.AddRange(SpecTypes(subgraphs, joinVersion));
        all.Sort((a, b) => LocaleNameComparer.Instance.Compare(a.Name, b.Name));
        foreach (var type in all)
        {
            _output.Append('\n');
            WriteType(type);
        }
    }

    private static IEnumerable<(string Name, string Text)> JoinDirectiveDefinitions(int joinVersion)
    {
        if (joinVersion >= 4)
        {
            yield return ("join__directive", "directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION");
        }

        yield return ("join__enumValue", "directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE");
        var fieldArguments = "graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean"
            + (joinVersion >= 4 ? ", overrideLabel: String" : "")
            + (joinVersion >= 5 ? ", contextArguments: [join__ContextArgument!]" : "");
        yield return ("join__field", $"directive @join__field({fieldArguments}) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION");
        yield return ("join__graph", "directive @join__graph(name: String!, url: String!) on ENUM_VALUE");
        yield return ("join__implements", "directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE");
        yield return ("join__type", "directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR");
        yield return ("join__unionMember", "directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION");
    }

    private static IEnumerable<MergedType> SpecTypes(IReadOnlyList<SubgraphSchema> subgraphs, int joinVersion)
    {
        var graph = new MergedType("join__Graph", TypeKind.Enum);
        foreach (var subgraph in subgraphs)
        {
            graph.EnumValues.Add(new MergedEnumValue(
                subgraph.GraphName,
                null,
                [$"@join__graph(name: {Printer.PrintString(subgraph.Name)}, url: {Printer.PrintString(subgraph.Url)})"]));
        }

        yield return graph;
        yield return new MergedType("join__FieldSet", TypeKind.Scalar);
        yield return new MergedType("link__Import", TypeKind.Scalar);
        var purpose = new MergedType("link__Purpose", TypeKind.Enum);
        purpose.EnumValues.Add(new MergedEnumValue("SECURITY", "`SECURITY` features provide metadata necessary to securely resolve fields.", []));
        purpose.EnumValues.Add(new MergedEnumValue("EXECUTION", "`EXECUTION` features provide metadata necessary for operation execution.", []));
        yield return purpose;
        if (joinVersion >= 4)
        {
            yield return new MergedType("join__DirectiveArguments", TypeKind.Scalar);
        }

        if (joinVersion >= 5)
        {
            yield return new MergedType("join__FieldValue", TypeKind.Scalar);
            var context = new MergedType("join__ContextArgument", TypeKind.InputObject);
            context.Fields.Add(new MergedField("name", "String!"));
            context.Fields.Add(new MergedField("type", "String!"));
            context.Fields.Add(new MergedField("context", "String!"));
            context.Fields.Add(new MergedField("selection", "join__FieldValue!"));
            yield return context;
        }
    }

    private void WriteType(MergedType type)
    {
        WriteDescription(type.Description, "");
        _output.Append(type.Kind switch
        {
            TypeKind.Object => "type ",
            TypeKind.Interface => "interface ",
            TypeKind.Union => "union ",
            TypeKind.Enum => "enum ",
            TypeKind.InputObject => "input ",
            _ => "scalar ",
        }).Append(type.Name);
        if (type.Interfaces.Count > 0)
        {
            _output.Append(" implements ").AppendJoin(" & ", type.Interfaces);
        }

        foreach (var directive in type.Directives)
        {
            _output.Append("\n  ").Append(directive);
        }

        switch (type.Kind)
        {
            case TypeKind.Union:
                if (type.UnionMembers.Count > 0)
                {
                    _output.Append(type.Directives.Count > 0 ? "\n =" : " =").Append(' ').AppendJoin(" | ", type.UnionMembers);
                }

                _output.Append('\n');
                return;
            case TypeKind.Scalar:
                _output.Append('\n');
                return;
        }

        _output.Append(type.Directives.Count > 0 ? "\n{\n" : " {\n");
        if (type.Kind == TypeKind.Enum)
        {
            for (var i = 0; i < type.EnumValues.Count; i++)
            {
                var value = type.EnumValues[i];
                WriteMemberDescription(value.Description, i);
                _output.Append("  ").Append(value.Name);
                WriteInlineDirectives(value.Directives);
                _output.Append('\n');
            }
        }
        else
        {
            for (var i = 0; i < type.Fields.Count; i++)
            {
                var field = type.Fields[i];
                WriteMemberDescription(field.Description, i);
                _output.Append("  ").Append(field.Name);
                WriteArguments(field.Arguments);
                _output.Append(": ").Append(field.Type);
                if (field.DefaultValue is { } defaultValue)
                {
                    _output.Append(" = ").Append(defaultValue);
                }

                WriteInlineDirectives(field.Directives);
                _output.Append('\n');
            }
        }

        _output.Append("}\n");
    }

    private void WriteArguments(List<MergedArgument> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        // graphql-js prints arguments on their own lines when any has a description.
        var multiline = arguments.Exists(argument => argument.Description is not null);
        _output.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (multiline)
            {
                // As for fields: a blank line before a described argument, unless it is the first.
                _output.Append(i > 0 && argument.Description is not null ? "\n\n" : "\n");
                WriteDescription(argument.Description, "    ");
                _output.Append("    ");
            }
            else if (i > 0)
            {
                _output.Append(", ");
            }

            _output.Append(argument.Name).Append(": ").Append(argument.Type);
            if (argument.DefaultValue is { } defaultValue)
            {
                _output.Append(" = ").Append(defaultValue);
            }

            WriteInlineDirectives(argument.Directives);
        }

        _output.Append(multiline ? "\n  )" : ")");
    }

    private void WriteInlineDirectives(List<string> directives)
    {
        foreach (var directive in directives)
        {
            _output.Append(' ').Append(directive);
        }
    }

    private void WriteMemberDescription(string? description, int index)
    {
        if (description is null)
        {
            return;
        }

        if (index > 0)
        {
            _output.Append('\n');
        }

        WriteDescription(description, "  ");
    }

    private void WriteDescription(string? description, string indentation)
    {
        if (description is null)
        {
            return;
        }

        var printed = BlockString.TryPrint(description, indentation) ?? Printer.PrintString(description);
        _output.Append(indentation).Append(printed).Append('\n');
    }
}
