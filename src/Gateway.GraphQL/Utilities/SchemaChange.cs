namespace Gateway.GraphQL.Utilities;

/// <summary>
/// One difference between two schemas, found by <see cref="SchemaDiff.Compare"/>.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="Criticality">How it affects existing clients.</param>
/// <param name="Coordinate">
/// The schema coordinate of the changed element (Spec 3.15): <c>User</c>, <c>User.email</c>,
/// <c>Query.users(first:)</c>, <c>Role.ADMIN</c>, <c>@cached</c>, <c>@cached(ttl:)</c>.
/// </param>
/// <param name="Message">A sentence for a person, e.g. <c>Field 'User.email' was removed.</c></param>
public sealed record SchemaChange(SchemaChangeKind Kind, ChangeCriticality Criticality, string Coordinate, string Message)
{
    public override string ToString() => $"{Criticality}: {Message}";
}
