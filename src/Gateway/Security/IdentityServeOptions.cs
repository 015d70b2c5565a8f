using System.CommandLine;
using Gateway.Commands;
using Gateway.Security.Tokens;
using Microsoft.Extensions.Configuration;

namespace Gateway.Security;

/// <summary>
/// The options of <c>gateway serve</c> that turn identity on and shape it: <c>--auth</c> (on by itself with
/// <c>--demo</c>), the issuer, token lifetime, trusted external issuers and the per-client rate limit. Identity keeps
/// its clients, grants and audit log in the catalog store <c>--data-dir</c> or <c>--postgres</c> choose.
/// </summary>
public sealed class IdentityServeOptions
{
    private readonly Option<bool> _auth = new("--auth")
    {
        Description = "Serve the token service (/oauth/token) and accept bearer tokens; clients, grants and the audit log live in the catalog store.",
    };

    private readonly Option<string?> _issuer = new("--issuer") { Description = "The tokens' issuer: the gateway's public base URL (default: the first --urls value)." };
    private readonly Option<int?> _tokenLifetime = new("--token-lifetime") { Description = "Seconds an issued access token lasts (default 900)." };
    private readonly Option<string[]> _trustedIssuers = new("--trusted-issuer")
    {
        Description = "Also accept tokens of this identity provider, found by OpenID discovery: ISSUER_URL[;roles=CLAIM][;scopes=CLAIM][;purposes=CLAIM] (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> _signingKeyLifetime = new("--signing-key-lifetime")
    {
        Description = "How long a token signing key signs before a new one takes over: a number with d, h or m (default 30d).",
    };

    private readonly Option<FileInfo?> _keyEncryptionKeyFile = new("--key-encryption-key-file")
    {
        Description = $"Keep the signing keys in the catalog store, shared by every replica, sealed with the 32-byte base64 key in this file (or the {Tokens.KeyEncryptionKey.EnvironmentVariable} variable); without either, they live in --data-dir.",
    };

    private readonly Option<int?> _rateLimit = new("--rate-limit") { Description = "Requests a client may make per window (default 600; 0 = off)." };
    private readonly Option<int?> _rateLimitWindow = new("--rate-limit-window") { Description = "The rate limit's window in seconds (default 60)." };

    /// <summary>The configuration section listing trusted external issuers.</summary>
    public const string TrustedIssuersSection = "Identity:TrustedIssuers";

    /// <summary>How long the demo's printed tokens last: a working day.</summary>
    public static readonly TimeSpan DemoTokenLifetime = TimeSpan.FromHours(8);

    public IdentityServeOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_auth);
        command.Options.Add(_issuer);
        command.Options.Add(_tokenLifetime);
        command.Options.Add(_trustedIssuers);
        command.Options.Add(_signingKeyLifetime);
        command.Options.Add(_keyEncryptionKeyFile);
        command.Options.Add(_rateLimit);
        command.Options.Add(_rateLimitWindow);
    }

    /// <summary>
    /// The identity settings when <c>--auth</c> is given or <paramref name="demo"/> runs (whose printed tokens last
    /// <see cref="DemoTokenLifetime"/> unless <c>--token-lifetime</c> says otherwise); otherwise null.
    /// </summary>
    public IdentitySettings? Read(ParseResult parseResult, string dataDirectory, bool demo)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (!demo && !parseResult.GetValue(_auth))
        {
            return null;
        }

        var settings = new IdentitySettings { DataDirectory = dataDirectory, Issuer = parseResult.GetValue(_issuer) };
        if (demo)
        {
            settings = settings with { TokenLifetime = DemoTokenLifetime };
        }

        if (settings.Issuer is { } issuer && !IsHttpUrl(issuer))
        {
            throw new UnusableInputException($"--issuer {issuer}: give the gateway's absolute http or https base URL, e.g. https://gateway.example.com.");
        }

        if (parseResult.GetValue(_tokenLifetime) is { } lifetime)
        {
            settings = lifetime is >= 60 and <= 86_400
                ? settings with { TokenLifetime = TimeSpan.FromSeconds(lifetime) }
                : throw new UnusableInputException($"--token-lifetime {lifetime}: give seconds from 60 to 86400.");
        }

        if (parseResult.GetValue(_signingKeyLifetime) is { } keyLifetime)
        {
            settings = settings with { SigningKeyLifetime = ParseKeyLifetime(keyLifetime, settings.TokenLifetime) };
        }

        if (ReadKeyEncryptionKey(parseResult.GetValue(_keyEncryptionKeyFile)) is { } encryption)
        {
            settings = settings with { KeyEncryptionKey = encryption };
        }

        var limit = parseResult.GetValue(_rateLimit) ?? ClientRateLimit.Default.PermitLimit;
        var window = parseResult.GetValue(_rateLimitWindow) ?? (int)ClientRateLimit.Default.Window.TotalSeconds;
        if (limit < 0 || window is < 1 or > 86_400)
        {
            throw new UnusableInputException($"--rate-limit {limit} --rate-limit-window {window}: give a limit of 0 (off) or more, and a window of 1 to 86400 seconds.");
        }

        var trusted = new List<TrustedIssuerSetting>();
        foreach (var text in ConfiguredTrustedIssuers().Concat(parseResult.GetValue(_trustedIssuers) ?? []))
        {
            trusted.Add(ParseTrustedIssuer(text));
        }

        return settings with { RateLimit = new ClientRateLimit(limit, TimeSpan.FromSeconds(window)), TrustedIssuers = trusted };
    }

    /// <summary>
    /// The <c>Identity:TrustedIssuers</c> configuration section, from the sources the web host reads (appsettings.json
    /// in the working directory, then environment variables such as <c>Identity__TrustedIssuers__0</c>): a list of
    /// strings in the <c>--trusted-issuer</c> form, so deployments configure providers without long command lines.
    /// </summary>
    public static IReadOnlyList<string> ConfiguredTrustedIssuers()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var issuers = new List<string>();
        foreach (var child in configuration.GetSection(TrustedIssuersSection).GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(child.Value))
            {
                issuers.Add(child.Value);
            }
        }

        return issuers;
    }

    /// <summary><c>ISSUER_URL[;roles=CLAIM][;scopes=CLAIM][;purposes=CLAIM]</c>.</summary>
    public static TrustedIssuerSetting ParseTrustedIssuer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !IsHttpUrl(parts[0]))
        {
            throw new UnusableInputException($"--trusted-issuer {text}: start with the provider's issuer URL, e.g. https://login.example.com/realms/data;roles=groups.");
        }

        var claims = ClaimMapping.Default;
        foreach (var part in parts.AsSpan(1))
        {
            var equals = part.IndexOf('=');
            var (name, claim) = equals > 0 ? (part[..equals], part[(equals + 1)..]) : (part, "");
            claims = (name, claim.Length > 0) switch
            {
                ("roles", true) => claims with { Roles = claim },
                ("scopes", true) => claims with { Scopes = claim },
                ("purposes", true) => claims with { Purposes = claim },
                _ => throw new UnusableInputException($"--trusted-issuer {text}: '{part}' is not roles=CLAIM, scopes=CLAIM or purposes=CLAIM."),
            };
        }

        return new TrustedIssuerSetting(parts[0], claims);
    }

    /// <summary><c>30d</c>, <c>12h</c>, <c>90m</c>: at least an hour, and longer than a token lives.</summary>
    public static TimeSpan ParseKeyLifetime(string text, TimeSpan tokenLifetime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        TimeSpan? lifetime = null;
        if (trimmed.Length > 1 && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            lifetime = char.ToLowerInvariant(trimmed[^1]) switch
            {
                'd' => TimeSpan.FromDays(count),
                'h' => TimeSpan.FromHours(count),
                'm' => TimeSpan.FromMinutes(count),
                _ => null,
            };
        }

        return lifetime is { } value && value >= TimeSpan.FromHours(1) && value > tokenLifetime
            ? value
            : throw new UnusableInputException($"--signing-key-lifetime {text}: give a number with d, h or m (e.g. 30d), at least 1h and longer than a token lives ({tokenLifetime.TotalSeconds:0} seconds).");
    }

    /// <summary>The key-encryption key from <paramref name="file"/>, else from the environment variable; null when neither is given.</summary>
    private static Tokens.KeyEncryptionKey? ReadKeyEncryptionKey(FileInfo? file)
    {
        try
        {
            if (file is not null)
            {
                return file.Exists
                    ? Tokens.KeyEncryptionKey.FromFile(file.FullName)
                    : throw new UnusableInputException($"--key-encryption-key-file {file.FullName}: the file does not exist; write 32 random bytes as base64 into it (e.g. `openssl rand -base64 32`).");
            }

            return Environment.GetEnvironmentVariable(Tokens.KeyEncryptionKey.EnvironmentVariable) is { Length: > 0 } text
                ? Tokens.KeyEncryptionKey.FromText(text, Tokens.KeyEncryptionKey.EnvironmentVariable)
                : null;
        }
        catch (Exception error) when (error is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException(error.Message);
        }
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
