using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// One entry of a grouped field set (Spec 6.3 CollectFields): the field nodes sharing a response name and
/// the field they select. Holds what only needs computing once per operation execution: coerced arguments,
/// the sub-plans per object type, and the property reader of the default resolver.
/// </summary>
internal sealed class CollectedField
{
    private IReadOnlyList<SourceLocation>? _locations;
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;

    public CollectedField(string responseName, FieldNode node, FieldDefinition definition, bool isTypeName)
    {
        ResponseName = responseName;
        Node = node;
        Definition = definition;
        IsTypeName = isTypeName;
        if (!isTypeName && definition.Resolver is null)
        {
            var type = definition.Type;
            IsNonNull = type is NonNullType;
            PassThroughType = PassThroughTypeOf(IsNonNull ? ((NonNullType)type).OfType : type);
        }
    }

    /// <summary>
    /// For a field read by the default resolver whose type is a built-in scalar: the CLR type that scalar's
    /// result coercion returns unchanged (Spec 3.5 Result Coercion: a string for String and ID, an int for
    /// Int, a finite double for Float, a bool for Boolean). A value of exactly that type goes straight into
    /// the response.
    /// </summary>
    public Type? PassThroughType { get; }

    /// <summary>Whether the field's type is Non-Null (only computed for pass-through leaves).</summary>
    public bool IsNonNull { get; }

    public string ResponseName { get; }

    /// <summary>The first field node; arguments are read from it (validation guarantees they agree).</summary>
    public FieldNode Node { get; }

    /// <summary>Every field node merged under this response name, in document order.</summary>
    public List<FieldNode>? MoreNodes { get; private set; }

    public FieldDefinition Definition { get; }

    public bool IsTypeName { get; }

    /// <summary>Arguments coerced once: they depend only on the operation's variable values.</summary>
    public IReadOnlyDictionary<string, object?>? CoercedArguments { get; set; }

    /// <summary>The sub-plan used last; most fields only ever see one object type.</summary>
    public SelectionPlan? LastSubPlan { get; set; }

    public MemberReader? Reader { get; set; }

    private static Type? PassThroughTypeOf(GraphQLType type)
    {
        if (ReferenceEquals(type, BuiltInScalars.String) || ReferenceEquals(type, BuiltInScalars.ID))
        {
            return typeof(string);
        }

        if (ReferenceEquals(type, BuiltInScalars.Int))
        {
            return typeof(int);
        }

        if (ReferenceEquals(type, BuiltInScalars.Float))
        {
            return typeof(double);
        }

        return ReferenceEquals(type, BuiltInScalars.Boolean) ? typeof(bool) : null;
    }

    public void AddNode(FieldNode node) => (MoreNodes ??= []).Add(node);

    public IEnumerable<FieldNode> AllNodes()
    {
        yield return Node;
        if (MoreNodes is not null)
        {
            foreach (var node in MoreNodes)
            {
                yield return node;
            }
        }
    }

    public IReadOnlyList<SourceLocation> Locations
    {
        get
        {
            if (_locations is null)
            {
                var locations = new List<SourceLocation>();
                foreach (var node in AllNodes())
                {
                    if (node.Location is { } location)
                    {
                        locations.Add(new SourceLocation(location.Line, location.Column));
                    }
                }

                _locations = locations;
            }

            return _locations;
        }
    }

    public SelectionPlan? FindSubPlan(ObjectType type)
    {
        var last = LastSubPlan;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last;
        }

        lock (this)
        {
            return _subPlans is not null && _subPlans.TryGetValue(type, out var plan) ? plan : null;
        }
    }

    public void StoreSubPlan(SelectionPlan plan)
    {
        lock (this)
        {
            (_subPlans ??= [])[plan.Type] = plan;
        }

        LastSubPlan = plan;
    }
}
