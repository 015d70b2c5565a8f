using Gateway.Security.Policies;
using static Gateway.Security.Tests.Policies.PolicyFixture;

namespace Gateway.Security.Tests.Policies;

public sealed class TokenAccessSubjectSourceTests
{
    private sealed class RecordingGrants(IReadOnlyList<ActiveGrant> grants) : IAccessGrantReader
    {
        public List<string> Clients { get; } = [];

        public Task<IReadOnlyList<ActiveGrant>> ListActiveGrantsAsync(string clientId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            Clients.Add(clientId);
            return Task.FromResult(grants);
        }
    }

    [Fact]
    public async Task A_request_without_a_token_is_anonymous()
    {
        var subject = await new TokenAccessSubjectSource(null).ResolveAsync(Context(), CancellationToken.None);

        Assert.Same(AccessSubject.Anonymous, subject);
    }

    [Fact]
    public async Task The_header_declares_one_of_the_tokens_purposes()
    {
        var grants = new RecordingGrants([Grant(Users, "support")]);
        var context = Context(Claims("support-desk", ["support", "analytics"], ["consumer"]), ("Data-Purpose", "analytics"));

        var subject = await new TokenAccessSubjectSource(grants).ResolveAsync(context, CancellationToken.None);

        Assert.Equal("analytics", subject.DeclaredPurpose);
        Assert.Equal("support-desk", subject.ClientId);
        Assert.True(subject.HasRole("consumer"));
        Assert.Equal([Grant(Users, "support")], subject.Grants);
        Assert.Equal(["support-desk"], grants.Clients);
    }

    [Fact]
    public async Task Without_the_header_a_token_with_one_purpose_declares_it()
    {
        var subject = await new TokenAccessSubjectSource(null).ResolveAsync(Context(Claims("desk", ["support"])), CancellationToken.None);

        Assert.Equal("support", subject.DeclaredPurpose);
    }

    [Fact]
    public async Task Without_the_header_a_token_with_several_purposes_declares_none()
    {
        var subject = await new TokenAccessSubjectSource(null).ResolveAsync(Context(Claims("desk", ["support", "analytics"])), CancellationToken.None);

        Assert.Null(subject.DeclaredPurpose);
    }

    [Fact]
    public async Task A_purpose_the_token_does_not_allow_refuses_the_request()
    {
        var context = Context(Claims("desk", ["support"]), ("Data-Purpose", "marketing"));

        var refused = await Assert.ThrowsAsync<AccessRefusedException>(() => new TokenAccessSubjectSource(null).ResolveAsync(context, CancellationToken.None).AsTask());

        Assert.Equal("PURPOSE_NOT_ALLOWED", refused.Code);
        Assert.Contains("'marketing'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("support", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_purpose_without_a_token_refuses_the_request()
    {
        var refused = await Assert.ThrowsAsync<AccessRefusedException>(
            () => new TokenAccessSubjectSource(null).ResolveAsync(Context(null, ("Data-Purpose", "support")), CancellationToken.None).AsTask());

        Assert.Contains("needs an access token", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_purpose_headers_refuse_the_request()
    {
        var context = Context(Claims("desk", ["support", "analytics"]), ("Data-Purpose", "support"), ("Data-Purpose", "analytics"));

        await Assert.ThrowsAsync<AccessRefusedException>(() => new TokenAccessSubjectSource(null).ResolveAsync(context, CancellationToken.None).AsTask());
    }
}
