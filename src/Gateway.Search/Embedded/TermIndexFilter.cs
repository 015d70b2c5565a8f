namespace Gateway.Search.Embedded;

/// <summary>
/// <see cref="SearchConditions"/> in a snapshot's terms: the lifecycle and draft rules and the facet filters as facet
/// value numbers, so a match is kept or left with a few array reads (what the SQL path's <c>WHERE</c> decides).
/// </summary>
internal sealed class TermIndexFilter
{
    private readonly int _retired;
    private readonly int _draft;
    private readonly IReadOnlySet<string>? _draftOwners;
    private readonly bool[]? _domains;
    private readonly bool[]? _statuses;
    private readonly bool[]? _owners;
    private readonly bool[]? _classifications;
    private readonly bool[]? _tags;

    public TermIndexFilter(TermIndexSnapshot snapshot, SearchConditions conditions)
    {
        var values = snapshot.Values;
        _retired = conditions.IncludeRetired ? -2 : values.Find("status", "retired");
        _draft = conditions.DraftOwners is null ? -2 : values.Find("status", "draft");
        _draftOwners = conditions.DraftOwners;
        _domains = Allowed(values, "domain", conditions.Domains);
        _statuses = Allowed(values, "status", conditions.Statuses);
        _owners = Allowed(values, "owner", conditions.Owners);
        _classifications = Allowed(values, "classification", conditions.Classifications);
        _tags = Allowed(values, "tags", conditions.Tags);
    }

    public bool Keeps(in ProductFacts facts, ProductSegment segment, int product, FacetValueTable values)
    {
        var status = facts.Status;
        if (status == _retired)
        {
            return false;
        }

        // Drafts are their owners' work in progress: visible to the product's owner or team, and to administrators.
        if (status == _draft)
        {
            var owner = facts.Owner;
            var team = segment.Teams[product];
            if (!(owner >= 0 && _draftOwners!.Contains(values[owner].Value)) && !(team is not null && _draftOwners!.Contains(team)))
            {
                return false;
            }
        }

        if (_domains is not null && !_domains[facts.Domain])
        {
            return false;
        }

        if (_statuses is not null && !_statuses[status])
        {
            return false;
        }

        if (_owners is not null && (facts.Owner < 0 || !_owners[facts.Owner]))
        {
            return false;
        }

        if (_classifications is not null && !_classifications[facts.Classification])
        {
            return false;
        }

        if (_tags is not null)
        {
            for (var i = facts.TagStart; i < facts.TagEnd; i++)
            {
                if (_tags[segment.TagValues[i]])
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    // The value numbers a filter keeps (a value no product has keeps none); null when the filter is not set.
    private static bool[]? Allowed(FacetValueTable values, string facet, IReadOnlyList<string> kept)
    {
        if (kept.Count == 0)
        {
            return null;
        }

        var allowed = new bool[values.Count];
        foreach (var value in kept)
        {
            if (values.Find(facet, value) is >= 0 and var number)
            {
                allowed[number] = true;
            }
        }

        return allowed;
    }
}
