using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

public sealed partial class SchemaValidator
{
    /// <summary>
    /// Spec 3.13 Directives, Type Validation: a directive definition must not use itself directly (applied
    /// to one of its own arguments) or indirectly (through the input types of its arguments, their fields,
    /// enum values and the directives applied to any of them). graphql-js 16 does not check this.
    /// </summary>
    private void ValidateDirectiveSelfReferences()
    {
        foreach (var directive in _schema.Directives.Values)
        {
            if (directive.AstNode is null && BuiltInDirectives.IsBuiltInName(directive.Name))
            {
                continue;
            }

            var search = new DirectiveReferenceSearch(_schema, directive.Name);
            if (search.FindFrom(directive) is { } use)
            {
                Report(
                    $"Directive \"@{directive.Name}\" must not reference itself, but it does through {string.Join(" -> ", search.Path)} -> @{directive.Name}.",
                    directive.AstNode,
                    use);
            }
        }
    }

    /// <summary>A depth-first search for uses of one directive, reachable from a directive's arguments.</summary>
    private sealed class DirectiveReferenceSearch(Schema schema, string target)
    {
        private readonly HashSet<string> _visitedTypes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedDirectives = new(StringComparer.Ordinal);

        /// <summary>Schema coordinates from the directive to the use of <c>target</c>, once found.</summary>
        public List<string> Path { get; } = [];

        /// <summary>The application of the target directive that closes the cycle, or null.</summary>
        public DirectiveNode? FindFrom(DirectiveDefinition directive)
        {
            _visitedDirectives.Add(directive.Name);
            foreach (var argument in directive.Arguments.Values)
            {
                Path.Add($"@{directive.Name}({argument.Name}:)");
                if ((InUses(argument.Directives) ?? InType(argument.Type.Named)) is { } found)
                {
                    return found;
                }

                Path.RemoveAt(Path.Count - 1);
            }

            return null;
        }

        private DirectiveNode? InUses(IReadOnlyList<DirectiveNode> uses)
        {
            foreach (var use in uses)
            {
                var name = use.Name.Value;
                if (name == target)
                {
                    return use;
                }

                if (schema.GetDirective(name) is { } used && !_visitedDirectives.Contains(name) && FindFrom(used) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private DirectiveNode? InType(NamedType type)
        {
            if (!_visitedTypes.Add(type.Name))
            {
                return null;
            }

            Path.Add(type.Name);
            if (InUses(type.Directives) is { } onType)
            {
                return onType;
            }

            switch (type)
            {
                case EnumType enumType:
                    foreach (var value in enumType.Values.Values)
                    {
                        Path.Add($"{type.Name}.{value.Name}");
                        if (InUses(value.Directives) is { } onValue)
                        {
                            return onValue;
                        }

                        Path.RemoveAt(Path.Count - 1);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields.Values)
                    {
                        Path.Add($"{type.Name}.{field.Name}");
                        if ((InUses(field.Directives) ?? InType(field.Type.Named)) is { } onField)
                        {
                            return onField;
                        }

                        Path.RemoveAt(Path.Count - 1);
                    }

                    break;
            }

            Path.RemoveAt(Path.Count - 1);
            return null;
        }
    }
}
