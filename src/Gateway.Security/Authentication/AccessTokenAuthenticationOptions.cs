using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Authentication;

namespace Gateway.Security.Authentication;

/// <summary>Options of the bearer access token scheme: the validator that decides.</summary>
public sealed class AccessTokenAuthenticationOptions : AuthenticationSchemeOptions
{
    public AccessTokenValidator? Validator { get; set; }

    /// <summary>The "realm" of the WWW-Authenticate challenge (RFC 6750 section 3).</summary>
    public string Realm { get; set; } = "gateway";

    public override void Validate()
    {
        base.Validate();
        if (Validator is null)
        {
            throw new InvalidOperationException("The access token scheme needs a Validator.");
        }
    }
}
