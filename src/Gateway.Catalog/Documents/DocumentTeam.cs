namespace Gateway.Catalog.Documents;

/// <summary>ODCS v3.1 <c>team</c>: a named team and its members (the deprecated list form reads with no name).</summary>
public sealed record DocumentTeam(string? Name, string? Description, IReadOnlyList<TeamMember> Members)
{
    /// <summary>
    /// The data product owner: the current member whose role is <c>owner</c> or <c>dataProductOwner</c>
    /// (ODCS docs/team.md gives "owner" as the example role; the standards have no separate owner field).
    /// </summary>
    public TeamMember? Owner
    {
        get
        {
            foreach (var member in Members)
            {
                if (member.DateOut is null
                    && (string.Equals(member.Role, "owner", StringComparison.OrdinalIgnoreCase)
                        || string.Equals(member.Role, "dataProductOwner", StringComparison.OrdinalIgnoreCase)))
                {
                    return member;
                }
            }

            return null;
        }
    }
}
