namespace Gateway.Federation.Supergraphs;

/// <summary>
/// One <c>@join__field(contextArguments:)</c> entry (join v0.5, from <c>@fromContext</c>): the argument
/// <paramref name="Name"/> of type <paramref name="Type"/> takes its value from <paramref name="Selection"/>
/// read on the ancestor that set <paramref name="Context"/>. Kept as written; the planner interprets it.
/// </summary>
public sealed record ContextArgument(string Name, string Type, string Context, string Selection);
