namespace Gateway.Tests.Enforcement;

/// <summary>One enforcement rig for a test class, with tokens for an administrator, a consumer without grants and a granted consumer.</summary>
public sealed class EnforcementFixture : IAsyncLifetime
{
    private EnforcementRig? _rig;

    public EnforcementRig Rig => _rig!;

    /// <summary>An administrator: reads every value as it is.</summary>
    public string Administrator { get; private set; } = null!;

    /// <summary>A consumer declaring analytics, without any grant.</summary>
    public string Analyst { get; private set; } = null!;

    /// <summary>A consumer declaring support, granted the users product for support.</summary>
    public string Support { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _rig = await EnforcementRig.StartAsync();
        Administrator = await _rig.TokenAsync("catalog-admin", [], ["admin"]);
        Analyst = await _rig.TokenAsync("bi-dashboard", ["analytics"]);
        Support = await _rig.TokenAsync("support-desk", ["support"]);
        _rig.GrantStore.Approve("support-desk", "urn:dp:people:users", "support");
    }

    public async Task DisposeAsync()
    {
        if (_rig is not null)
        {
            await _rig.DisposeAsync();
        }
    }
}
