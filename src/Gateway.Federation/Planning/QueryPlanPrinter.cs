using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// Prints a query plan the way <c>@apollo/query-planner</c>'s <c>prettyFormatQueryPlan</c> does (its
/// <c>queryPlanSerializer</c> and <c>astSerializer</c>), so plans can be compared with Apollo Gateway's as
/// text: two-space indentation, a comma after each child node, fetch operations shown as their selection set
/// (an <c>_entities</c> query as the selection inside <c>_entities</c>), requires before <c>=&gt;</c>.
/// </summary>
public static class QueryPlanPrinter
{
    private const string Indent = "  ";

    public static string Print(QueryPlan plan)
    {
        var builder = new StringBuilder("QueryPlan {");
        if (plan.Node is { } node)
        {
            AppendNodes(builder, [node], string.Empty);
        }

        return builder.Append('}').ToString();
    }

    /// <summary>One node and what it holds, its first line unindented.</summary>
    public static string Print(PlanNode node, string indentation = "")
    {
        var builder = new StringBuilder();
        AppendNode(builder, node, indentation);
        return builder.ToString();
    }

    private static void AppendNodes(StringBuilder builder, IReadOnlyList<PlanNode> nodes, string indentation)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        var next = indentation + Indent;
        builder.Append('\n');
        foreach (var node in nodes)
        {
            builder.Append(next);
            AppendNode(builder, node, next);
            builder.Append(",\n");
        }

        builder.Append(indentation);
    }

    private static void AppendNode(StringBuilder builder, PlanNode node, string indentation)
    {
        var next = indentation + Indent;
        switch (node)
        {
            case FetchNode fetch:
                builder.Append("Fetch(service: \"").Append(fetch.ServiceName).Append('"');

                // Apollo tests `node.id ?` in JavaScript, so an id of 0 is not printed either.
                if (fetch.Id is { } id and not 0)
                {
                    builder.Append(", id: ").Append(id);
                }

                builder.Append(") {\n");
                if (fetch.Requires is { } requires)
                {
                    AppendGraphQL(builder, Printer.Print(requires), next);
                    builder.Append(" =>\n");
                }

                AppendGraphQL(builder, PrintOperation(fetch.Operation), next);
                builder.Append('\n').Append(indentation).Append('}');
                break;
            case SequenceNode sequence:
                builder.Append("Sequence {");
                AppendNodes(builder, sequence.Nodes, indentation);
                builder.Append('}');
                break;
            case ParallelNode parallel:
                builder.Append("Parallel {");
                AppendNodes(builder, parallel.Nodes, indentation);
                builder.Append('}');
                break;
            case FlattenNode flatten:
                builder.Append("Flatten(path: \"").AppendJoin('.', flatten.Path).Append("\") {");
                AppendNodes(builder, [flatten.Node], indentation);
                builder.Append('}');
                break;
            case ConditionNode { IfClause: { } ifClause, ElseClause: { } elseClause } condition:
                var inner = next + Indent;
                builder.Append("Condition(if: $").Append(condition.Condition).Append(") {\n");
                builder.Append(next).Append("Then {\n").Append(inner);
                AppendNode(builder, ifClause, inner);
                builder.Append('\n').Append(next).Append("} Else {\n").Append(inner);
                AppendNode(builder, elseClause, inner);
                builder.Append('\n').Append(next).Append("}\n").Append(indentation).Append('}');
                break;
            case ConditionNode { IfClause: { } ifClause } condition:
                builder.Append("Include(if: $").Append(condition.Condition).Append(") {\n").Append(next);
                AppendNode(builder, ifClause, next);
                builder.Append('\n').Append(indentation).Append('}');
                break;
            case ConditionNode { ElseClause: { } elseClause } condition:
                builder.Append("Skip(if: $").Append(condition.Condition).Append(") {\n").Append(next);
                AppendNode(builder, elseClause, next);
                builder.Append('\n').Append(indentation).Append('}');
                break;
            default:
                throw new ArgumentException($"A {node.GetType().Name} cannot be printed: a condition needs an if or an else clause.", nameof(node));
        }
    }

    /// <summary>
    /// The operation as Apollo's serializer shows it: each operation replaced by its selection set, and a
    /// query whose first field is <c>_entities</c> by that field's selection set; fragments stay as written.
    /// </summary>
    private static string PrintOperation(string operation)
    {
        var document = Parser.Parse(operation);
        var parts = new List<string>(document.Definitions.Count);
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operationDefinition)
            {
                var selectionSet = operationDefinition.SelectionSet;
                if (operationDefinition.Operation == OperationType.Query
                    && selectionSet.Selections is [FieldNode { Name.Value: "_entities", SelectionSet: { } entities }, ..])
                {
                    selectionSet = entities;
                }

                parts.Add(Printer.Print(selectionSet));
            }
            else
            {
                parts.Add(Printer.Print(definition));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// Apollo's <c>astSerializer</c>: every line of graphql-js's print prefixed with the node's indentation
    /// (it re-indents each line by its own two-space depth, which gives the line back unchanged).
    /// </summary>
    private static void AppendGraphQL(StringBuilder builder, string printed, string indentation)
    {
        var lines = printed.Trim().Split('\n');
        if (lines.Length == 1)
        {
            builder.Append(lines[0]);
            return;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(indentation).Append(lines[i]);
        }
    }
}
