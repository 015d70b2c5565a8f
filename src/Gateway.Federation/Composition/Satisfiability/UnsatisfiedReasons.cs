using System.Text;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// Why no subgraph reached by a query path resolves a field, grouped by subgraph in the order the subgraphs were
/// reached, written as Apollo's composition writes them (<c>- from subgraph "a": ...</c>).
/// </summary>
internal sealed class UnsatisfiedReasons
{
    private readonly List<(string Subgraph, List<string> Reasons)> _bySubgraph = [];
    private readonly HashSet<string> _targetsExplained = new(StringComparer.Ordinal);

    public IEnumerable<string> Subgraphs
    {
        get
        {
            foreach (var (subgraph, _) in _bySubgraph)
            {
                yield return subgraph;
            }
        }
    }

    /// <summary>Starts the subgraphs one option of the state reaches: what is said once is said once per option.</summary>
    public void BeginOption() => _targetsExplained.Clear();

    /// <summary>Starts the reasons of a subgraph; false when it already has them (reached twice).</summary>
    public bool Begin(string subgraph)
    {
        foreach (var (name, _) in _bySubgraph)
        {
            if (name == subgraph)
            {
                return false;
            }
        }

        _bySubgraph.Add((subgraph, []));
        return true;
    }

    public void Add(string reason) => _bySubgraph[^1].Reasons.Add(reason);

    /// <summary>
    /// Adds a reason about a subgraph a key edge cannot reach whatever the subgraph it starts from (no key, or no
    /// resolvable key there): said once per option, under the first of its subgraphs that tried.
    /// </summary>
    public void AddAboutTarget(string target, string reason)
    {
        if (_targetsExplained.Add(target))
        {
            Add(reason);
        }
    }

    public void AppendTo(StringBuilder message)
    {
        foreach (var (subgraph, reasons) in _bySubgraph)
        {
            message.Append("\n- from subgraph \"").Append(subgraph).Append("\":");
            if (reasons.Count == 1)
            {
                message.Append(' ').Append(reasons[0]);
                continue;
            }

            foreach (var reason in reasons)
            {
                message.Append("\n  - ").Append(reason);
            }
        }
    }
}
