using System.Net;
using Gateway.Security;

namespace Gateway.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_while_others_go_on()
    {
        await using var rig = await IdentityRig.StartAsync(new ClientRateLimit(3, TimeSpan.FromMinutes(10)));
        var analyst = await rig.TokenAsync("analyst");
        var admin = await rig.TokenAsync("admin");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await rig.PostAsync(analyst, "{ __typename }");
            statuses.Add(response.StatusCode);
        }

        using var limited = await rig.PostAsync(analyst, "{ __typename }");
        using var other = await rig.PostAsync(admin, "{ __typename }");
        using var health = await rig.Http.GetAsync("/health");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
