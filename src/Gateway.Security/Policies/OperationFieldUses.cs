using System.Runtime.CompilerServices;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Security.Policies;

/// <summary>
/// Every schema coordinate one operation can read, found on the fully expanded operation: all fragments, every
/// possible object type behind an interface or union, and every selection whatever its <c>@include</c> or
/// <c>@skip</c> says (so a decision never depends on variables). Aliases do not matter: coordinates are field
/// definitions. Depends only on the document and the schema, so it is computed once per cached document and
/// shared by every subject; decisions are made per request from it.
/// </summary>
internal sealed class OperationFieldUses
{
    private volatile Reach? _reach;

    private OperationFieldUses(string[] coordinates, ArgumentUse[] argumentUses)
    {
        Coordinates = coordinates;
        ArgumentUses = argumentUses;
    }

    /// <summary>The distinct coordinates, in the order first reached.</summary>
    public string[] Coordinates { get; }

    /// <summary>The field selections that pass arguments, with the coordinates they stand for.</summary>
    public ArgumentUse[] ArgumentUses { get; }

    /// <summary>The decisions made for this operation so far, by rule set and subject shape.</summary>
    public OperationDecisionCache Decisions { get; } = new();

    /// <summary>Whether any rule of <paramref name="rules"/> reaches a coordinate of the operation; remembered for the last rule set asked about.</summary>
    public bool IsReachedBy(SchemaFieldRules rules)
    {
        if (_reach is { } reach && ReferenceEquals(reach.Rules, rules))
        {
            return reach.Reached;
        }

        var reached = false;
        if (!rules.IsEmpty)
        {
            foreach (var coordinate in Coordinates)
            {
                if (rules.Find(coordinate) is not null)
                {
                    reached = true;
                    break;
                }
            }
        }

        _reach = new Reach(rules, reached);
        return reached;
    }

    public static OperationFieldUses Collect(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var walk = new Walk(schema, fragments);
        if (schema.GetRootType(operation.Operation) is { } root)
        {
            walk.Visit(root, operation.SelectionSet);
        }

        return new OperationFieldUses([.. walk.Coordinates], [.. walk.ArgumentUses]);
    }

    private sealed record Reach(SchemaFieldRules Rules, bool Reached);

    /// <summary>A field selection with arguments: the coordinates it reads (one per possible type), and its field definition on the selection's type.</summary>
    internal sealed record ArgumentUse(string[] Coordinates, FieldNode Node, FieldDefinition Field);

    private sealed class Walk(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        // A selection set is expanded once per type it is seen at: fragments spread in many places (or
        // fragment bombs) cost their size once, not once per path.
        private readonly HashSet<(NamedType, SelectionSetNode)> _visited = new(VisitComparer.Instance);

        public List<string> Coordinates { get; } = [];

        public List<ArgumentUse> ArgumentUses { get; } = [];

        public void Visit(NamedType type, SelectionSetNode selectionSet)
        {
            if (!_visited.Add((type, selectionSet)))
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        VisitField(type, field);
                        break;
                    case InlineFragmentNode inline:
                        Visit(inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? type : type, inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (fragments.TryGetValue(spread.Name.Value, out var fragment) && schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType)
                        {
                            Visit(fragmentType, fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private void VisitField(NamedType type, FieldNode node)
        {
            var name = node.Name.Value;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                // __typename, and the introspection roots: they read the schema, not product data.
                return;
            }

            var coordinates = new List<string>(1);
            FieldDefinition? declared = null;
            if (type is ComplexType complex && complex.GetField(name) is { } field)
            {
                declared = field;
                Add(coordinates, complex, field, node);
            }

            if (type is InterfaceType or UnionType)
            {
                // Spec 6.4.3 ResolveAbstractType: any possible type may come back, and each one's field is the one read.
                foreach (var possible in schema.GetPossibleTypes(type))
                {
                    if (possible.GetField(name) is { } possibleField)
                    {
                        declared ??= possibleField;
                        Add(coordinates, possible, possibleField, node);
                    }
                }
            }

            if (declared is not null && node.Arguments.Count > 0)
            {
                ArgumentUses.Add(new ArgumentUse([.. coordinates], node, declared));
            }
        }

        private void Add(List<string> coordinates, ComplexType type, FieldDefinition field, FieldNode node)
        {
            var coordinate = type.Name + "." + field.Name;
            coordinates.Add(coordinate);
            if (_seen.Add(coordinate))
            {
                Coordinates.Add(coordinate);
            }

            if (node.SelectionSet is { } selectionSet)
            {
                Visit(field.Type.Named, selectionSet);
            }
        }
    }

    private sealed class VisitComparer : IEqualityComparer<(NamedType, SelectionSetNode)>
    {
        public static readonly VisitComparer Instance = new();

        public bool Equals((NamedType, SelectionSetNode) x, (NamedType, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType, SelectionSetNode) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), RuntimeHelpers.GetHashCode(key.Item2));
    }
}
