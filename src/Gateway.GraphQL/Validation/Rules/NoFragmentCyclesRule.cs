using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles: "The graph of fragment spreads must not form
/// any cycles including spreading itself. Otherwise an operation could infinitely spread or infinitely
/// execute on cycles in the underlying data."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
/// </summary>
/// <remarks>
/// A depth-first search that visits each fragment once, so the work is linear in the number of
/// spreads; it keeps its own stack so a long chain of fragments cannot overflow the call stack. It
/// goes on after a cycle to report every cycle, in the order graphql-js reports them.
/// </remarks>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        TryEnter(node, context);
        while (_frames.Count > 0)
        {
            var frame = _frames.Peek();
            if (frame.Next < frame.Spreads.Count)
            {
                var spread = frame.Spreads[frame.Next++];
                _spreadPath.Add(spread);
                var spreadName = spread.Name.Value;
                if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    ReportCycle(spreadName, cycleIndex, context);
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }
                else if (context.GetFragment(spreadName) is not { } fragment || !TryEnter(fragment, context))
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }
            }
            else
            {
                _frames.Pop();
                _spreadPathIndexByName.Remove(frame.FragmentName);
                if (_frames.Count > 0)
                {
                    // The spread that led into the finished fragment.
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }
            }
        }
    }

    /// <summary>Starts searching a fragment; false when it was searched before or spreads nothing.</summary>
    private bool TryEnter(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var name = fragment.Name.Value;
        if (!_visitedFragments.Add(name))
        {
            return false;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _spreadPathIndexByName[name] = _spreadPath.Count;
        _frames.Push(new Frame(name, spreads));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex, ValidationContext context)
    {
        var cycleLength = _spreadPath.Count - cycleIndex;
        var nodes = new SyntaxNode?[cycleLength];
        var via = new List<string>(cycleLength - 1);
        for (var i = 0; i < cycleLength; i++)
        {
            nodes[i] = _spreadPath[cycleIndex + i];
            if (i < cycleLength - 1)
            {
                via.Add($"\"{_spreadPath[cycleIndex + i].Name.Value}\"");
            }
        }

        var suffix = via.Count == 0 ? "." : $" via {string.Join(", ", via)}.";
        context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself{suffix}", nodes);
    }

    private sealed class Frame(string fragmentName, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string FragmentName { get; } = fragmentName;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
