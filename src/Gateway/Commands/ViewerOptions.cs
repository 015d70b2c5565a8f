using System.CommandLine;
using Gateway.Search;

namespace Gateway.Commands;

/// <summary>Who the search verbs search as, for drafts: <c>--as NAME</c> (an owner or team, repeatable) or <c>--all-drafts</c>.</summary>
public sealed class ViewerOptions
{
    public Option<string[]> As { get; } = new("--as") { Description = "Search as this owner or team: their drafts are found too (repeatable)." };

    public Option<bool> AllDrafts { get; } = new("--all-drafts") { Description = "Find every draft, as an administrator does." };

    public void AddTo(Command command)
    {
        command.Options.Add(As);
        command.Options.Add(AllDrafts);
    }

    public SearchViewer Viewer(ParseResult parseResult) =>
        new("gateway-cli", new HashSet<string>(parseResult.GetValue(As) ?? [], StringComparer.Ordinal), parseResult.GetValue(AllDrafts));
}
