namespace Gateway.Security.Policies;

/// <summary>
/// The decisions made for one operation of one cached document, by rule set and subject shape: consumers of a
/// product tend to share a few shapes (anonymous, one purpose with one grant), so a handful of entries serve most
/// requests, and a request of a new shape decides anew and takes the oldest slot. Entries never change once made;
/// the list is replaced whole, so readers need no lock.
/// </summary>
internal sealed class OperationDecisionCache
{
    private const int Capacity = 8;

    private readonly Lock _adding = new();
    private OperationDecisions[] _entries = [];
    private int _next;

    /// <summary>The decisions that hold for the subject under the rules now, or null when none do.</summary>
    public OperationDecisions? Find(SchemaFieldRules rules, AccessSubject subject, DateTimeOffset now)
    {
        foreach (var entry in Volatile.Read(ref _entries))
        {
            if (entry.AppliesTo(rules, subject, now))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="decisions"/> for later requests, in place of the oldest entry when full or of any made under an older rule set.</summary>
    public void Add(OperationDecisions decisions)
    {
        lock (_adding)
        {
            var kept = new List<OperationDecisions>(Capacity);
            foreach (var entry in _entries)
            {
                if (ReferenceEquals(entry.Rules, decisions.Rules))
                {
                    kept.Add(entry);
                }
            }

            if (kept.Count < Capacity)
            {
                kept.Add(decisions);
            }
            else
            {
                kept[_next] = decisions;
                _next = (_next + 1) % Capacity;
            }

            Volatile.Write(ref _entries, [.. kept]);
        }
    }
}
