using System.Globalization;
using System.Text.Json;
using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// Keeps a <see cref="SigningKeyRing"/> in a JSON file between runs, each private key as encrypted PKCS#8 under
/// a deployment password, so tokens issued before a restart keep validating after it. Written to a temporary
/// file and moved over the target, so a crash never leaves half a file.
/// </summary>
public static class SigningKeyRingFile
{
    private const int FormatVersion = 1;

    /// <summary>The ring stored at <paramref name="path"/>, or a new one (saved there) when the file is absent.</summary>
    public static SigningKeyRing LoadOrCreate(string path, string password, TimeProvider time, TimeSpan maximumTokenLifetime, TimeSpan clockSkew)
    {
        if (!File.Exists(path))
        {
            var ring = new SigningKeyRing(time, maximumTokenLifetime, clockSkew);
            Save(ring, path, password);
            return ring;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("version", out var version) || version.GetInt32() != FormatVersion)
        {
            throw new FormatException($"{path}: not a signing key file of format version {FormatVersion}.");
        }

        var current = ReadKey(root.GetProperty("current"), password);
        var retired = new List<RetiredSigningKey>();
        foreach (var element in root.GetProperty("retired").EnumerateArray())
        {
            retired.Add(new RetiredSigningKey(
                ReadKey(element, password),
                DateTimeOffset.Parse(element.GetProperty("retiredAt").GetString()!, CultureInfo.InvariantCulture)));
        }

        // Files written before scheduled rotation have no "currentSince": their key counts from the file's last write.
        var currentSince = root.TryGetProperty("currentSince", out var since)
            ? DateTimeOffset.Parse(since.GetString()!, CultureInfo.InvariantCulture)
            : new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        return new SigningKeyRing(time, maximumTokenLifetime, clockSkew, current, retired, currentSince);
    }

    public static void Save(SigningKeyRing ring, string path, string password)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WritePropertyName("current");
            WriteKey(writer, ring.Current, password, retiredAt: null);
            writer.WriteString("currentSince", ring.CurrentSince.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteStartArray("retired");
            foreach (var retired in ring.RetiredKeys)
            {
                WriteKey(writer, retired.Key, password, retired.RetiredAt);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteKey(Utf8JsonWriter writer, SigningKeyMaterial key, string password, DateTimeOffset? retiredAt)
    {
        writer.WriteStartObject();
        writer.WriteString("kid", key.KeyId);
        writer.WriteString("pkcs8", Convert.ToBase64String(key.ExportEncryptedPkcs8(password)));
        if (retiredAt is { } at)
        {
            writer.WriteString("retiredAt", at.ToString("O", CultureInfo.InvariantCulture));
        }

        writer.WriteEndObject();
    }

    private static SigningKeyMaterial ReadKey(JsonElement element, string password) =>
        SigningKeyMaterial.FromEncryptedPkcs8(
            element.GetProperty("kid").GetString()!,
            Convert.FromBase64String(element.GetProperty("pkcs8").GetString()!),
            password);
}
