using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL the way graphql-js 16's <c>printSchema</c> does: no built-in scalars,
/// directives or introspection types; a schema block only when the root types are not named
/// Query/Mutation/Subscription or the schema has a description; descriptions as block strings;
/// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> printed. Other applied directives are not printed.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives.Values)
        {
            if (!IsBuiltIn(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (!BuiltInScalars.IsBuiltIn(type) && !SchemaValidator.IsIntrospectionType(type))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty, true);
        switch (type)
        {
            case ScalarType scalar:
                builder.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is { } url)
                {
                    builder.Append(" @specifiedBy(url: ");
                    builder.Append(Printer.PrintString(url));
                    builder.Append(')');
                }

                break;
            case ComplexType complex:
                builder.Append(complex is ObjectType ? "type " : "interface ").Append(complex.Name);
                for (var i = 0; i < complex.Interfaces.Count; i++)
                {
                    builder.Append(i == 0 ? " implements " : " & ").Append(complex.Interfaces[i].Name);
                }

                AppendFields(builder, complex);
                break;
            case UnionType union:
                builder.Append("union ").Append(union.Name);
                for (var i = 0; i < union.Types.Count; i++)
                {
                    builder.Append(i == 0 ? " = " : " | ").Append(union.Types[i].Name);
                }

                break;
            case EnumType enumType:
                builder.Append("enum ").Append(enumType.Name);
                if (enumType.Values.Count > 0)
                {
                    builder.Append(" {\n");
                    var first = true;
                    foreach (var value in enumType.Values.Values)
                    {
                        AppendDescription(builder, value.Description, "  ", first);
                        builder.Append("  ").Append(value.Name);
                        AppendDeprecated(builder, value.DeprecationReason);
                        builder.Append('\n');
                        first = false;
                    }

                    builder.Append('}');
                }

                break;
            case InputObjectType input:
                builder.Append("input ").Append(input.Name);
                if (input.IsOneOf)
                {
                    builder.Append(" @oneOf");
                }

                if (input.Fields.Count > 0)
                {
                    builder.Append(" {\n");
                    var first = true;
                    foreach (var field in input.Fields.Values)
                    {
                        AppendDescription(builder, field.Description, "  ", first);
                        builder.Append("  ");
                        AppendInputValue(builder, field);
                        builder.Append('\n');
                        first = false;
                    }

                    builder.Append('}');
                }

                break;
        }

        return builder.ToString();
    }

    public static string PrintDirective(DirectiveDefinition directive)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, directive.Description, string.Empty, true);
        builder.Append("directive @").Append(directive.Name);
        AppendArguments(builder, directive.Arguments, string.Empty);
        if (directive.IsRepeatable)
        {
            builder.Append(" repeatable");
        }

        builder.Append(" on ");
        for (var i = 0; i < directive.Locations.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : " | ").Append(DirectiveLocationNames.ToName(directive.Locations[i]));
        }

        return builder.ToString();
    }

    private static bool IsBuiltIn(DirectiveDefinition directive) =>
        BuiltInDirectives.IsBuiltInName(directive.Name) && BuiltInDirectives.All.Contains(directive);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = (schema.QueryType is null || schema.QueryType.Name == "Query")
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendDescription(builder, schema.Description, string.Empty, true);
        builder.Append("schema {\n");
        if (schema.QueryType is { } query)
        {
            builder.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static void AppendFields(StringBuilder builder, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            return;
        }

        builder.Append(" {\n");
        var first = true;
        foreach (var field in type.Fields.Values)
        {
            AppendDescription(builder, field.Description, "  ", first);
            builder.Append("  ").Append(field.Name);
            AppendArguments(builder, field.Arguments, "  ");
            builder.Append(": ").Append(field.Type.ToString());
            AppendDeprecated(builder, field.DeprecationReason);
            builder.Append('\n');
            first = false;
        }

        builder.Append('}');
    }

    /// <summary>On one line when no argument has a description, else one per line (graphql-js <c>printArgs</c>).</summary>
    private static void AppendArguments(StringBuilder builder, OrderedDictionary<string, InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var anyDescription = false;
        foreach (var argument in arguments.Values)
        {
            anyDescription |= argument.Description is not null;
        }

        if (!anyDescription)
        {
            builder.Append('(');
            var first = true;
            foreach (var argument in arguments.Values)
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                AppendInputValue(builder, argument);
                first = false;
            }

            builder.Append(')');
            return;
        }

        builder.Append("(\n");
        var isFirst = true;
        foreach (var argument in arguments.Values)
        {
            if (!isFirst)
            {
                builder.Append('\n');
            }

            AppendDescription(builder, argument.Description, "  " + indentation, isFirst);
            builder.Append("  ").Append(indentation);
            AppendInputValue(builder, argument);
            isFirst = false;
        }

        builder.Append('\n').Append(indentation).Append(')');
    }

    private static void AppendInputValue(StringBuilder builder, InputValueDefinition value)
    {
        builder.Append(value.Name).Append(": ").Append(value.Type.ToString());
        if (value.DefaultValue is { } defaultValue)
        {
            builder.Append(" = ");
            DefaultValuePrinter.Append(builder, defaultValue, value.Type);
        }

        AppendDeprecated(builder, value.DeprecationReason);
    }

    private static void AppendDeprecated(StringBuilder builder, string? reason)
    {
        if (reason is null)
        {
            return;
        }

        builder.Append(" @deprecated");
        if (reason != BuiltInDirectives.DefaultDeprecationReason)
        {
            builder.Append("(reason: ");
            builder.Append(Printer.PrintString(reason));
            builder.Append(')');
        }
    }

    /// <summary>graphql-js <c>printDescription</c>: a block string when it reads back the same, indented, on its own line.</summary>
    private static void AppendDescription(StringBuilder builder, string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return;
        }

        string printed;
        if (BlockString.TryPrint(description) is { } block)
        {
            printed = block;
        }
        else
        {
            var quoted = new StringBuilder();
            quoted.Append(Printer.PrintString(description));
            printed = quoted.ToString();
        }

        builder.Append(indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation);
        builder.Append(printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal)).Append('\n');
    }
}
