using Gateway.Federation.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Tests.Execution;

public sealed class FieldAccessDecisionTests
{
    [Fact]
    public void Allow_all_policy_allows_every_field()
    {
        var field = new FieldDefinition("email", BuiltInScalars.String);
        var policy = AllowAllFieldAccessPolicy.Instance;

        Assert.True(policy.AllowsEverything);
        Assert.Same(FieldAccessDecision.Allow, policy.Decide(new FieldAccessContext("User.email", field, ["me", "email"])));
    }

    [Fact]
    public void Mask_carries_its_function()
    {
        var decision = FieldAccessDecision.MaskWith(value => value is string text ? new string('*', text.Length) : value);

        Assert.Equal(FieldAccessKind.Mask, decision.Kind);
        Assert.Equal("***", decision.Mask!("a@b"));
    }

    [Fact]
    public void Deny_becomes_an_error_with_code_and_path()
    {
        var decision = FieldAccessDecision.Deny("FORBIDDEN", "Not allowed to read User.email.");

        var error = decision.ToError(["users", 0, "email"]);

        Assert.Equal("Not allowed to read User.email.", error.Message);
        Assert.Equal(["users", 0, "email"], error.Path!);
        Assert.Equal("FORBIDDEN", error.Extensions!["code"]);
    }
}
