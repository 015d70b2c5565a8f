using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Utilities;

/// <summary>Directives applied to schema elements (<c>@auth(role: ADMIN)</c> on a field, ...).</summary>
public static partial class SchemaDiff
{
    /// <summary>
    /// Applying or removing a directive leaves the shape of the schema unchanged but may change what
    /// clients get back (an authorization or masking directive, a cache hint), so graphql-inspector
    /// rates both Dangerous. A changed argument shows as the old use removed and the new one added.
    /// <c>@deprecated</c> and <c>@oneOf</c> are left out: their own change kinds report them.
    /// </summary>
    private static void CompareDirectiveUsages(
        string subject, string coordinate, List<DirectiveNode> oldDirectives, List<DirectiveNode> newDirectives, List<SchemaChange> changes)
    {
        if (oldDirectives.Count == 0 && newDirectives.Count == 0)
        {
            return;
        }

        var oldUses = DirectiveUses(oldDirectives);
        var newUses = DirectiveUses(newDirectives);
        var unmatchedNew = new List<string>(newUses);
        foreach (var use in oldUses)
        {
            if (!unmatchedNew.Remove(use))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.DirectiveUsageRemoved, ChangeCriticality.Dangerous, coordinate, $"Directive '{use}' was removed from {subject}."));
            }
        }

        foreach (var use in unmatchedNew)
        {
            changes.Add(new SchemaChange(
                SchemaChangeKind.DirectiveUsageAdded, ChangeCriticality.Dangerous, coordinate, $"Directive '{use}' was added to {subject}."));
        }
    }

    /// <summary>Each applied directive as text, arguments sorted by name so that their order does not count as a change.</summary>
    private static List<string> DirectiveUses(List<DirectiveNode> directives)
    {
        var uses = new List<string>(directives.Count);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is "deprecated" or "oneOf")
            {
                continue;
            }

            var text = new StringBuilder("@").Append(name);
            if (directive.Arguments.Count > 0)
            {
                var arguments = new List<ArgumentNode>(directive.Arguments);
                arguments.Sort(static (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                text.Append('(');
                for (var i = 0; i < arguments.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(arguments[i].Name.Value).Append(": ").Append(Printer.PrintDefaultValue(arguments[i].Value));
                }

                text.Append(')');
            }

            uses.Add(text.ToString());
        }

        return uses;
    }
}
