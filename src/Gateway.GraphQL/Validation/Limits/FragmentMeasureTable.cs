namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Totals of fragment measures, each fragment computed once (memoised) so the work is linear in the
/// number of spreads however often a fragment is spread. The search keeps its own stack, so a long
/// chain of fragments cannot overflow the call stack. Cycles are Spec 5.5.2.2's to report (No
/// Fragment Cycles); here a spread back into a fragment still being computed adds nothing, which
/// keeps the search finite. Unknown fragments add nothing either (Known Fragment Names reports them).
/// </summary>
internal sealed class FragmentMeasureTable(Func<long, long, long, long> combine)
{
    // combine(accumulated, spread weight, fragment total) -> new accumulated value.
    private readonly Func<long, long, long, long> _combine = combine;
    private readonly Dictionary<string, DefinitionMeasure> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);

    /// <summary>Adds depths: a spread at depth d of a fragment of depth t reaches d + t.</summary>
    public static FragmentMeasureTable Deepest() =>
        new(static (accumulated, weight, total) => Math.Max(accumulated, SaturatingMath.Add(weight, total)));

    /// <summary>Sums weighted totals: a spread under multiplier w of a fragment of total t adds w * t.</summary>
    public static FragmentMeasureTable Sum() =>
        new(static (accumulated, weight, total) => SaturatingMath.Add(accumulated, SaturatingMath.Multiply(weight, total)));

    /// <summary>Records a fragment; a later definition with the same name replaces it, as ValidationContext.GetFragment does.</summary>
    public void AddFragment(string name, DefinitionMeasure measure) => _fragments[name] = measure;

    /// <summary>The definition's own measure combined with the totals of every fragment it spreads.</summary>
    public long Total(DefinitionMeasure measure)
    {
        foreach (var spread in measure.Spreads)
        {
            ComputeFragment(spread.FragmentName);
        }

        return Combine(measure);
    }

    private void ComputeFragment(string name)
    {
        if (_totals.ContainsKey(name) || !_fragments.TryGetValue(name, out var root))
        {
            return;
        }

        // Post-order: a fragment's total is combined once every fragment it spreads has one.
        var inProgress = new HashSet<string>(StringComparer.Ordinal) { name };
        var stack = new Stack<(string Name, DefinitionMeasure Measure, int Next)>();
        stack.Push((name, root, 0));
        while (stack.TryPop(out var frame))
        {
            if (frame.Next < frame.Measure.Spreads.Count)
            {
                stack.Push(frame with { Next = frame.Next + 1 });
                var spreadName = frame.Measure.Spreads[frame.Next].FragmentName;
                if (!_totals.ContainsKey(spreadName)
                    && !inProgress.Contains(spreadName)
                    && _fragments.TryGetValue(spreadName, out var spreadMeasure))
                {
                    inProgress.Add(spreadName);
                    stack.Push((spreadName, spreadMeasure, 0));
                }
            }
            else
            {
                _totals[frame.Name] = Combine(frame.Measure);
                inProgress.Remove(frame.Name);
            }
        }
    }

    private long Combine(DefinitionMeasure measure)
    {
        var accumulated = measure.Own;
        foreach (var spread in measure.Spreads)
        {
            if (_totals.TryGetValue(spread.FragmentName, out var total))
            {
                accumulated = _combine(accumulated, spread.Weight, total);
            }
        }

        return accumulated;
    }
}
