using Gateway.Security.Masking;

namespace Gateway.Security.Tests.Masking;

public sealed class MaskingKeyTests
{
    [Fact]
    public void A_key_file_gives_the_same_pseudonyms_after_a_restart()
    {
        var directory = Directory.CreateTempSubdirectory("masking-key-");
        try
        {
            var path = Path.Combine(directory.FullName, "keys", "masking.key");
            var first = ValueMasks.KeyedHash("4111", MaskingKey.LoadOrCreateFile(path));
            var second = ValueMasks.KeyedHash("4111", MaskingKey.LoadOrCreateFile(path));

            Assert.Equal(first, second);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Short_keys_are_refused() =>
        Assert.Throws<ArgumentException>(() => MaskingKey.FromBytes(new byte[16]));

    [Fact]
    public void A_file_that_is_not_a_key_is_refused_with_its_path()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not base64!");
            var error = Assert.Throws<FormatException>(() => MaskingKey.LoadOrCreateFile(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
