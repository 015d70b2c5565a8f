using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// A selection set under construction for one subgraph operation: fields merged by response name and
/// directives, inline fragments merged by type condition and directives, in insertion order. The planner
/// adds the client's fields, key and required fields into it; it prints as compact GraphQL (as Apollo's
/// plans carry their operations) or as syntax (a fetch's <c>requires</c>).
/// </summary>
internal sealed class SelectionTree
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private int _insertAt = -1;

    public bool IsEmpty => _entries.Count == 0;

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>How many fields and fragments the tree holds, at every depth.</summary>
    public int Size()
    {
        var size = _entries.Count;
        foreach (var entry in _entries)
        {
            size += entry.Children.Size();
        }

        return size;
    }

    /// <summary>The field with this response name, arguments and directives, added if absent.</summary>
    public FieldEntry Field(FieldNode field, IReadOnlyList<DirectiveNode> directives)
    {
        var key = "f:" + field.ResponseName + "|" + PrintDirectives(directives);
        if (_byKey.TryGetValue(key, out var existing))
        {
            return (FieldEntry)existing;
        }

        var entry = new FieldEntry(field.Alias?.Value, field.Name.Value, field.Arguments, directives);
        _byKey.Add(key, entry);
        Insert(entry);
        return entry;
    }

    public FieldEntry Typename() =>
        Field(new FieldNode(null, new NameNode("__typename"), [], [], null), []);

    /// <summary>The inline fragment on <paramref name="typeCondition"/> with these directives, added if absent.</summary>
    public FragmentEntry Fragment(string? typeCondition, IReadOnlyList<DirectiveNode> directives)
    {
        var key = "i:" + typeCondition + "|" + PrintDirectives(directives);
        if (_byKey.TryGetValue(key, out var existing))
        {
            return (FragmentEntry)existing;
        }

        var entry = new FragmentEntry(typeCondition, directives);
        _byKey.Add(key, entry);
        Insert(entry);
        return entry;
    }

    /// <summary>
    /// Until <see cref="EndKeyFields"/>, new entries go before the client's fields (after a leading
    /// <c>__typename</c>): Apollo lists an entity's <c>__typename</c> and key first, which keeps our subgraph
    /// operations textually close to its plans.
    /// </summary>
    public void BeginKeyFields()
    {
        _insertAt = _entries.Count > 0 && _entries[0] is FieldEntry { Name: "__typename", Alias: null } ? 1 : 0;
        while (_insertAt < _entries.Count && _entries[_insertAt] is FieldEntry { Alias: null } field
            && (field.Name == "__typename" || field.IsKeyField))
        {
            _insertAt++;
        }
    }

    public void EndKeyFields() => _insertAt = -1;

    private void Insert(Entry entry)
    {
        if (_insertAt < 0)
        {
            _entries.Add(entry);
            return;
        }

        if (entry is FieldEntry field)
        {
            field.IsKeyField = true;
        }

        _entries.Insert(_insertAt++, entry);
    }

    /// <summary>Adds a field set (a key or <c>@requires</c>), which holds only fields and inline fragments.</summary>
    public void Add(SelectionSetNode fieldSet)
    {
        foreach (var selection in fieldSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var entry = Field(field, field.Directives);
                    if (field.SelectionSet is { } children)
                    {
                        entry.Children.Add(children);
                    }

                    break;
                case InlineFragmentNode fragment:
                    Fragment(fragment.TypeCondition?.Name.Value, fragment.Directives).Children.Add(fragment.SelectionSet);
                    break;
            }
        }
    }

    /// <summary>
    /// True when the fragment on <paramref name="typeCondition"/> holds, at the same place, a field of the same
    /// name as one in <paramref name="fieldSet"/> but with other arguments: both would land under the field's
    /// name in one representation.
    /// </summary>
    public bool HasArgumentConflict(string typeCondition, SelectionSetNode fieldSet) =>
        _byKey.TryGetValue("i:" + typeCondition + "|", out var fragment) && fragment.Children.HasArgumentConflict(fieldSet);

    private bool HasArgumentConflict(SelectionSetNode fieldSet)
    {
        foreach (var selection in fieldSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    foreach (var entry in _entries)
                    {
                        if (entry is not FieldEntry existing || existing.Name != field.Name.Value)
                        {
                            continue;
                        }

                        if (PrintArguments(existing.Arguments) != PrintArguments(field.Arguments)
                            || (field.SelectionSet is { } children && existing.Children.HasArgumentConflict(children)))
                        {
                            return true;
                        }
                    }

                    break;
                case InlineFragmentNode { TypeCondition: { } condition } fragment:
                    if (HasArgumentConflict(condition.Name.Value, fragment.SelectionSet))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static string PrintArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        var builder = new StringBuilder();
        WriteArguments(builder, arguments);
        return builder.ToString();
    }

    /// <summary>
    /// Aliases fields whose response name is already used, in this selection set or the fragments inside it,
    /// by a field of another type in the subgraph's schema (<c>id: ID!</c> on one member, <c>id: ID</c> on
    /// another): such a set fails FieldsInSetCanMerge (spec 5.3.2) in the subgraph. Each alias is recorded in
    /// <paramref name="rewrites"/> so the result is renamed back before it merges. Call once, after planning.
    /// </summary>
    public void AliasConflictingFields(List<OutputRewrite> rewrites, IReadOnlyList<string> path)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        AliasConflictingFields(rewrites, path, seen);
    }

    private void AliasConflictingFields(List<OutputRewrite> rewrites, IReadOnlyList<string> path, Dictionary<string, string> seen)
    {
        foreach (var entry in _entries)
        {
            switch (entry)
            {
                case FieldEntry field:
                    var responseName = field.Alias ?? field.Name;
                    if (field.SubgraphType is { } type)
                    {
                        if (!seen.TryGetValue(responseName, out var first))
                        {
                            seen.Add(responseName, type);
                        }
                        else if (first != type)
                        {
                            field.Alias = responseName + "__alias_" + rewrites.Count;
                            rewrites.Add(new OutputRewrite([.. path, field.Alias], responseName));
                        }
                    }

                    field.Children.AliasConflictingFields(rewrites, [.. path, field.Alias ?? field.Name]);
                    break;
                case FragmentEntry fragment:
                    fragment.Children.AliasConflictingFields(
                        rewrites, fragment.TypeCondition is null ? path : [.. path, "... on " + fragment.TypeCondition], seen);
                    break;
            }
        }
    }

    public SelectionSetNode ToSyntax() => new(_entries.Select(entry => entry.ToSyntax()).ToList());

    /// <summary>Compact GraphQL, the way Apollo's plans hold operations (graphql-js <c>stripIgnoredCharacters</c>).</summary>
    public void Write(StringBuilder builder)
    {
        builder.Append('{');
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (i > 0 && NeedsSeparator(builder))
            {
                builder.Append(' ');
            }

            entry.Write(builder);
        }

        builder.Append('}');
    }

    /// <summary>The variables the selections use, in order of first use.</summary>
    public void CollectVariables(ISet<string> variables)
    {
        foreach (var entry in _entries)
        {
            foreach (var directive in entry.Directives)
            {
                foreach (var argument in directive.Arguments)
                {
                    CollectVariables(argument.Value, variables);
                }
            }

            if (entry is FieldEntry field)
            {
                foreach (var argument in field.Arguments)
                {
                    CollectVariables(argument.Value, variables);
                }
            }

            entry.Children.CollectVariables(variables);
        }
    }

    private static void CollectVariables(ValueNode value, ISet<string> variables)
    {
        switch (value)
        {
            case VariableNode variable:
                variables.Add(variable.Name.Value);
                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    CollectVariables(item, variables);
                }

                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    CollectVariables(field.Value, variables);
                }

                break;
        }
    }

    // stripIgnoredCharacters keeps a space only between two name-like tokens ("a b", "...on" needs none).
    private static bool NeedsSeparator(StringBuilder builder) =>
        builder.Length > 0 && builder[^1] is not ('{' or '}' or ')' or ']' or '"');

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? string.Empty : string.Join(" ", directives.Select(Printer.Print));

    private static void WriteDirectives(StringBuilder builder, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            builder.Append('@').Append(directive.Name.Value);
            WriteArguments(builder, directive.Arguments);
        }
    }

    private static void WriteArguments(StringBuilder builder, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        builder.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(arguments[i].Name.Value).Append(':').Append(Printer.Print(arguments[i].Value));
        }

        builder.Append(')');
    }

    internal abstract class Entry
    {
        protected Entry(IReadOnlyList<DirectiveNode> directives)
        {
            Directives = directives;
        }

        public IReadOnlyList<DirectiveNode> Directives { get; }

        public SelectionTree Children { get; } = new();

        public abstract SelectionNode ToSyntax();

        public abstract void Write(StringBuilder builder);

        protected SelectionSetNode? ChildrenSyntax() => Children.IsEmpty ? null : Children.ToSyntax();
    }

    internal sealed class FieldEntry(string? alias, string name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives)
        : Entry(directives)
    {
        public string? Alias { get; set; } = alias;

        /// <summary>The field's type in the subgraph's schema, when the planner knows it (client fields).</summary>
        public string? SubgraphType { get; set; }

        public string Name { get; } = name;

        public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

        /// <summary>Added as part of a key, before the client's fields.</summary>
        public bool IsKeyField { get; set; }

        public override SelectionNode ToSyntax() =>
            new FieldNode(Alias is null ? null : new NameNode(Alias), new NameNode(Name), Arguments, Directives, ChildrenSyntax());

        public override void Write(StringBuilder builder)
        {
            if (Alias is not null)
            {
                builder.Append(Alias).Append(':');
            }

            builder.Append(Name);
            WriteArguments(builder, Arguments);
            WriteDirectives(builder, Directives);
            if (!Children.IsEmpty)
            {
                Children.Write(builder);
            }
        }
    }

    internal sealed class FragmentEntry(string? typeCondition, IReadOnlyList<DirectiveNode> directives) : Entry(directives)
    {
        public string? TypeCondition { get; } = typeCondition;

        public override SelectionNode ToSyntax() =>
            new InlineFragmentNode(TypeCondition is null ? null : new NamedTypeNode(new NameNode(TypeCondition)), Directives, Children.ToSyntax());

        public override void Write(StringBuilder builder)
        {
            builder.Append("...");
            if (TypeCondition is not null)
            {
                builder.Append("on ").Append(TypeCondition);
            }

            WriteDirectives(builder, Directives);
            Children.Write(builder);
        }
    }
}
