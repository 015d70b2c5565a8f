using Gateway.Catalog.Changes;
using Gateway.Catalog.Model;
using static Gateway.Catalog.Tests.Changes.ChangeFixtures;

namespace Gateway.Catalog.Tests.Changes;

public sealed class VersionVerdictTests
{
    private static readonly string Breaking = Edit(Sdl, "  email: String\n", "");
    private static readonly string TwoBreaking = Edit(Breaking, "signedUpAt: String!", "signedUpAt: Int!");
    private static readonly string Dangerous = Edit(Sdl, "enum Tier { BRONZE SILVER GOLD }", "enum Tier { BRONZE SILVER GOLD PLATINUM }");
    private static readonly string Addition = Edit(Sdl, "  tier: Tier!\n", "  tier: Tier!\n  phone: String\n");
    private static readonly string Description = Edit(Sdl, "\"When the customer registered.\"", "\"When the customer signed up.\"");

    [Theory]
    [InlineData("breaking change, major bump", "1.4.2", "2.0.0", "breaking", true)]
    [InlineData("breaking change, minor bump", "1.4.2", "1.5.0", "breaking", false)]
    [InlineData("breaking change, patch bump", "1.4.2", "1.4.3", "breaking", false)]
    [InlineData("dangerous change, minor bump", "1.4.2", "1.5.0", "dangerous", true)]
    [InlineData("dangerous change, patch bump", "1.4.2", "1.4.3", "dangerous", false)]
    [InlineData("addition, minor bump", "1.4.2", "1.5.0", "addition", true)]
    [InlineData("addition, patch bump", "1.4.2", "1.4.3", "addition", false)]
    [InlineData("description, patch bump", "1.4.2", "1.4.3", "description", true)]
    [InlineData("no change, patch bump", "1.4.2", "1.4.3", "none", true)]
    [InlineData("addition, major bump", "1.4.2", "2.0.0", "addition", true)]
    [InlineData("no change, same version", "1.4.2", "1.4.2", "none", false)]
    [InlineData("no change, lower version", "1.4.2", "1.4.1", "none", false)]
    [InlineData("breaking change, lower major", "2.0.0", "1.9.0", "breaking", false)]
    [InlineData("breaking change after a pre-release", "2.0.0-rc.1", "2.0.0", "breaking", true)]
    [InlineData("release before its pre-release", "2.0.0", "2.0.0-rc.1", "none", false)]
    public void A_candidate_version_must_be_greater_and_bumped_at_least_as_its_changes_need(
        string name, string published, string candidate, string change, bool accepted)
    {
        var report = ProductChangeAnalyzer.Analyze(State(published, Sdl), State(candidate, SdlWith(change)));

        Assert.True(accepted == report.VersionAccepted, $"{name}: {report.VersionRejection}");
        Assert.Equal(accepted, report.VersionRejection is null);
    }

    [Theory]
    [InlineData("1.4.2", "2.0.0", VersionBump.Major)]
    [InlineData("1.4.2", "1.5.0", VersionBump.Minor)]
    [InlineData("1.4.2", "1.5.7", VersionBump.Minor)]
    [InlineData("1.4.2", "1.4.3", VersionBump.Patch)]
    [InlineData("1.4.2", "1.4.2", VersionBump.None)]
    [InlineData("1.4.2", "0.9.0", VersionBump.None)]
    public void The_actual_bump_is_the_highest_part_that_grew(string published, string candidate, VersionBump expected)
    {
        var report = ProductChangeAnalyzer.Analyze(State(published, Sdl), State(candidate, Sdl));

        Assert.Equal(expected, report.ActualBump);
    }

    [Theory]
    [InlineData("breaking", VersionBump.Major)]
    [InlineData("dangerous", VersionBump.Minor)]
    [InlineData("addition", VersionBump.Minor)]
    [InlineData("description", VersionBump.Patch)]
    [InlineData("none", VersionBump.None)]
    public void The_required_bump_is_major_for_breaking_minor_for_dangerous_or_additions_patch_otherwise(string change, VersionBump expected)
    {
        var report = ProductChangeAnalyzer.Analyze(State("1.0.0", Sdl), State("2.0.0", SdlWith(change)));

        Assert.Equal(expected, report.RequiredBump);
    }

    [Fact]
    public void The_rejection_lists_every_breaking_change_that_forced_the_major_bump()
    {
        var candidate = Edit(TwoBreaking, "  tier: Tier!\n", "  tier: Tier!\n  phone: String\n");

        var report = ProductChangeAnalyzer.Analyze(State("1.4.2", Sdl), State("1.5.0", candidate));

        Assert.False(report.VersionAccepted);
        Assert.Equal(VersionBump.Major, report.RequiredBump);
        Assert.Equal(VersionBump.Minor, report.ActualBump);
        var rejection = report.VersionRejection!;
        Assert.StartsWith("Version 1.5.0 is a minor bump from 1.4.2, but the changes need a major bump (2.0.0 or later):", rejection);
        Assert.Contains("FIELD_REMOVED at Customer.email", rejection);
        Assert.Contains("FIELD_CHANGED_TYPE at Customer.signedUpAt", rejection);
        Assert.DoesNotContain("FIELD_ADDED", rejection);
    }

    [Fact]
    public void A_version_not_above_the_published_one_is_rejected_whatever_changed()
    {
        var report = ProductChangeAnalyzer.Analyze(State("1.4.2", Sdl), State("1.4.2", Description));

        Assert.False(report.VersionAccepted);
        Assert.Equal("Version 1.4.2 must be greater than the published version 1.4.2.", report.VersionRejection);
    }

    [Fact]
    public void A_first_publish_has_no_changes_and_any_version_is_accepted()
    {
        var report = ProductChangeAnalyzer.Analyze(null, State("0.1.0", Sdl));

        Assert.Empty(report.Changes);
        Assert.True(report.VersionAccepted);
        Assert.Equal(VersionBump.None, report.RequiredBump);
    }

    private static string SdlWith(string change) => change switch
    {
        "breaking" => Breaking,
        "dangerous" => Dangerous,
        "addition" => Addition,
        "description" => Description,
        _ => Sdl,
    };

    private static ProductState State(string version, string sdl) => new(SemanticVersion.Parse(version), null, sdl);
}
