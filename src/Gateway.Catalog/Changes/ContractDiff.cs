using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Changes;

/// <summary>
/// The contract half of a product diff: what changed between two ODCS v3.1 contracts, each change rated by
/// <see cref="ContractChangeRules"/>. Schema objects and properties are matched by name; a renamed one is a
/// removal and an addition, as it is for consumers.
/// </summary>
internal static partial class ContractDiff
{
    public static void Compare(DataContract? published, DataContract? candidate, List<ProductChange> changes)
    {
        if (published is null && candidate is null)
        {
            return;
        }

        if (published is null)
        {
            Add(changes, "CONTRACT_ADDED", "contract", $"The product now has the data contract '{candidate!.Id}'.");
            return;
        }

        if (candidate is null)
        {
            Add(changes, "CONTRACT_REMOVED", "contract", $"The product no longer has a data contract; '{published.Id}' promised its schema, quality and SLA.");
            return;
        }

        if (!string.Equals(published.Id, candidate.Id, StringComparison.Ordinal))
        {
            Add(changes, "CONTRACT_ID_CHANGED", "id", $"The contract id changed from '{published.Id}' to '{candidate.Id}'.");
        }

        CompareDescription(published.Description, candidate.Description, changes);
        CompareTags("tags", published.Tags, candidate.Tags, changes);
        ComparePurposes("customProperties.allowedPurposes", "the contract", published.Profile.AllowedPurposes, candidate.Profile.AllowedPurposes, changes);
        CompareRoles(published.Roles, candidate.Roles, changes);
        CompareSupport(published.Support, candidate.Support, changes);
        CompareTeam(published.Team, candidate.Team, changes);
        CompareSla(published.SlaProperties, candidate.SlaProperties, changes);
        CompareSchema(published, candidate, changes);
    }

    private static void Add(List<ProductChange> changes, string code, string location, string message)
    {
        var rule = ContractChangeRules.Of(code);
        changes.Add(new ProductChange(ChangeArea.Contract, rule.Severity, code, location, message) { Bump = rule.Bump });
    }

    private static void CompareDescription(DocumentDescription? published, DocumentDescription? candidate, List<ProductChange> changes)
    {
        if (!SameText(published?.Purpose, candidate?.Purpose))
        {
            Add(changes, "DESCRIPTION_CHANGED", "description.purpose", "The contract's purpose was changed.");
        }

        // ODCS v3.1 description.usage and .limitations are the terms of use.
        if (!SameText(published?.Usage, candidate?.Usage))
        {
            Add(changes, "TERMS_CHANGED", "description.usage", "The terms of use (usage) were changed.");
        }

        if (!SameText(published?.Limitations, candidate?.Limitations))
        {
            Add(changes, "TERMS_CHANGED", "description.limitations", "The terms of use (limitations) were changed.");
        }
    }

    private static void CompareTags(string location, IReadOnlyList<string> published, IReadOnlyList<string> candidate, List<ProductChange> changes)
    {
        if (!SameSet(published, candidate))
        {
            Add(changes, "TAGS_CHANGED", location, $"Tags changed from [{string.Join(", ", published)}] to [{string.Join(", ", candidate)}].");
        }
    }

    private static void CompareRoles(IReadOnlyList<ContractRole> published, IReadOnlyList<ContractRole> candidate, List<ProductChange> changes)
    {
        foreach (var role in published)
        {
            if (Find(candidate, role.Role, static r => r.Role) is null)
            {
                Add(changes, "ROLE_REMOVED", $"roles[{role.Role}]", $"Role '{role.Role}' was removed: its members lose access.");
            }
        }

        foreach (var role in candidate)
        {
            if (Find(published, role.Role, static r => r.Role) is null)
            {
                Add(changes, "ROLE_ADDED", $"roles[{role.Role}]", $"Role '{role.Role}' was added.");
            }
        }
    }

    private static void CompareSupport(IReadOnlyList<SupportChannel> published, IReadOnlyList<SupportChannel> candidate, List<ProductChange> changes)
    {
        var same = published.Count == candidate.Count;
        for (var i = 0; same && i < published.Count; i++)
        {
            same = published[i] == candidate[i];
        }

        if (!same)
        {
            Add(changes, "SUPPORT_CHANGED", "support", "The support channels were changed.");
        }
    }

    private static void CompareTeam(DocumentTeam? published, DocumentTeam? candidate, List<ProductChange> changes)
    {
        var same = SameText(published?.Name, candidate?.Name);
        var oldMembers = published?.Members ?? [];
        var newMembers = candidate?.Members ?? [];
        same &= oldMembers.Count == newMembers.Count;
        for (var i = 0; same && i < oldMembers.Count; i++)
        {
            same = oldMembers[i] == newMembers[i];
        }

        if (!same)
        {
            Add(changes, "TEAM_CHANGED", "team", "The team was changed.");
        }
    }

    /// <summary>The first item whose key (a name, id or rule key) is <paramref name="key"/>, or null.</summary>
    private static T? Find<T>(IReadOnlyList<T> items, string key, Func<T, string> keyOf, StringComparison comparison = StringComparison.Ordinal)
        where T : class
    {
        foreach (var item in items)
        {
            if (string.Equals(keyOf(item), key, comparison))
            {
                return item;
            }
        }

        return null;
    }

    private static bool SameText(string? left, string? right) =>
        string.Equals(string.IsNullOrWhiteSpace(left) ? null : left.Trim(), string.IsNullOrWhiteSpace(right) ? null : right.Trim(), StringComparison.Ordinal);

    private static bool SameSet(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        foreach (var item in left)
        {
            if (!Contains(right, item))
            {
                return false;
            }
        }

        foreach (var item in right)
        {
            if (!Contains(left, item))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> items, string item)
    {
        foreach (var candidate in items)
        {
            if (string.Equals(candidate, item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
