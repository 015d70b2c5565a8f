using Gateway.Federation.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.Security.Policies;

/// <summary>The field decisions of an operation that also introspects: <paramref name="decisions"/>'s, with the subject's introspection schema.</summary>
internal sealed class IntrospectingFieldAccessPolicy(IFieldAccessPolicy decisions, Schema introspectionSchema) : IFieldAccessPolicy
{
    public bool AllowsEverything => decisions.AllowsEverything;

    public bool DecidesByCoordinate => decisions.DecidesByCoordinate;

    public Schema IntrospectionSchema => introspectionSchema;

    public FieldAccessDecision Decide(in FieldAccessContext field) => decisions.Decide(field);
}
