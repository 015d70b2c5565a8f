using System.CommandLine;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Commands;
using Gateway.Security;
using Gateway.Security.Tokens;

namespace Gateway.Tests.Security;

/// <summary><c>gateway serve --auth --signing-key-lifetime --key-encryption-key-file</c>: read, checked, and a wrong key refused at start.</summary>
public sealed class SigningKeyServeOptionsTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_key_lifetime_and_the_key_encryption_key_file_are_read()
    {
        var kek = _files.Write("kek.txt", KeyEncryptionKey.GenerateText() + "\n");

        var settings = Read("--auth", "--signing-key-lifetime", "7d", "--key-encryption-key-file", kek)!;

        Assert.Equal(TimeSpan.FromDays(7), settings.SigningKeyLifetime);
        Assert.Equal(kek, settings.KeyEncryptionKey!.Source);
        Assert.Equal(SigningKeyRotationSettings.DefaultKeyLifetime, Read("--auth")!.SigningKeyLifetime);
    }

    [Theory]
    [InlineData("30", "--signing-key-lifetime 30: give a number with d, h or m")]
    [InlineData("10m", "at least 1h and longer than a token lives (900 seconds)")]
    [InlineData("2w", "--signing-key-lifetime 2w")]
    public void A_key_lifetime_that_is_not_one_is_refused(string text, string expected)
    {
        var error = Assert.Throws<UnusableInputException>(() => Read("--auth", "--signing-key-lifetime", text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_malformed_key_encryption_key_file_is_refused_with_its_path()
    {
        var malformed = _files.Write("short.txt", "c2hvcnQ=");

        var missing = Assert.Throws<UnusableInputException>(() => Read("--auth", "--key-encryption-key-file", _files.PathOf("absent.txt")));
        var wrong = Assert.Throws<UnusableInputException>(() => Read("--auth", "--key-encryption-key-file", malformed));

        Assert.Contains("absent.txt: the file does not exist", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{malformed}: the key-encryption key has 5 bytes; it needs 32", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_given_another_key_encryption_key_than_the_catalogs_keys_refuses_to_start()
    {
        var catalog = _files.PathOf(SqliteCatalogStore.FileName);
        var settings = new ServeSettings(new FileInfo("registry"), null, ["http://127.0.0.1:0"]);
        var first = new IdentitySettings { DataDirectory = _files.Path, KeyEncryptionKey = KeyEncryptionKey.FromText(KeyEncryptionKey.GenerateText(), "first.kek") };
        Assert.Equal(0, await ServeCommand.RunWithIdentityAsync(
            settings, first, async token => await SqliteCatalogStore.OpenAsync(catalog, token), _ => Task.FromResult(0), CancellationToken.None));

        var error = await Assert.ThrowsAsync<UnusableInputException>(() => ServeCommand.RunWithIdentityAsync(
            settings, first with { KeyEncryptionKey = KeyEncryptionKey.FromText(KeyEncryptionKey.GenerateText(), "second.kek") },
            async token => await SqliteCatalogStore.OpenAsync(catalog, token), _ => Task.FromResult(0), CancellationToken.None));

        Assert.Contains("does not open with the key-encryption key from second.kek", error.Message, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private IdentitySettings? Read(params string[] arguments)
    {
        var command = new Command("serve");
        var options = new IdentityServeOptions(command);
        return options.Read(command.Parse(arguments), _files.Path, demo: false);
    }
}
