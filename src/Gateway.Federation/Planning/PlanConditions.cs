namespace Gateway.Federation.Planning;

/// <summary>
/// The <c>@skip(if: $v)</c>/<c>@include(if: $v)</c> conditions enclosing a point of the operation, outermost
/// first. A fetch made under conditions becomes a <see cref="ConditionNode"/> around its flatten, as Apollo does.
/// </summary>
internal sealed record PlanConditions(IReadOnlyList<(string Variable, bool Include)> Items)
{
    public static readonly PlanConditions None = new([]);

    public string Key => string.Join(",", Items.Select(item => (item.Include ? "+" : "-") + item.Variable));

    public PlanConditions With(IEnumerable<(string Variable, bool Include)> more)
    {
        var list = Items.ToList();
        foreach (var item in more)
        {
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        return list.Count == Items.Count ? this : new PlanConditions(list);
    }
}
