using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// <c>@skip</c> and <c>@include</c> (spec 3.13.2, 3.13.3) on a selection: literal conditions are decided at
/// plan time (the selection is dropped, or kept without the directive); conditions on variables stay.
/// </summary>
internal static class StaticConditions
{
    /// <summary>False when a literal condition excludes the selection.</summary>
    public static bool Evaluate(
        IReadOnlyList<DirectiveNode> directives,
        out IReadOnlyList<DirectiveNode> kept,
        out IReadOnlyList<(string Variable, bool Include)> variableConditions)
    {
        kept = directives;
        variableConditions = [];
        if (directives.Count == 0)
        {
            return true;
        }

        var keptList = new List<DirectiveNode>(directives.Count);
        var variables = new List<(string Variable, bool Include)>();
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                keptList.Add(directive);
                continue;
            }

            var include = name == "include";
            var condition = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value;
            switch (condition)
            {
                case BooleanValueNode literal:
                    if (literal.Value != include)
                    {
                        return false;
                    }

                    break;
                case VariableNode variable:
                    keptList.Add(directive);
                    variables.Add((variable.Name.Value, include));
                    break;
                default:
                    keptList.Add(directive);
                    break;
            }
        }

        kept = keptList;
        variableConditions = variables;
        return true;
    }
}
