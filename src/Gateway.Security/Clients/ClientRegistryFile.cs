using System.Globalization;
using System.Text.Json;
using Gateway.Security.Jose;

namespace Gateway.Security.Clients;

/// <summary>
/// Keeps a <see cref="ClientRegistry"/> in a JSON file between runs, so clients created from the command line
/// survive a restart. Only secret hashes are written. Saving writes a temporary file beside the target and
/// moves it over, so a crash never leaves half a file.
/// </summary>
public static class ClientRegistryFile
{
    private const int FormatVersion = 1;

    public static ClientRegistry Load(string path, TimeProvider time, int secretHashIterations = ClientSecretHash.DefaultIterations)
    {
        var registry = new ClientRegistry(time, secretHashIterations);
        if (!File.Exists(path))
        {
            return registry;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("version", out var version) || version.GetInt32() != FormatVersion)
        {
            throw new FormatException($"{path}: not a client registry of format version {FormatVersion}.");
        }

        foreach (var client in root.GetProperty("clients").EnumerateArray())
        {
            registry.Restore(new ClientRegistration(
                client.GetProperty("clientId").GetString()!,
                client.GetProperty("secretHash").GetString()!,
                Strings(client, "scopes"),
                Strings(client, "roles"),
                Strings(client, "purposes"),
                DateTimeOffset.Parse(client.GetProperty("createdAt").GetString()!, CultureInfo.InvariantCulture),
                client.TryGetProperty("revokedAt", out var revoked) && revoked.ValueKind == JsonValueKind.String
                    ? DateTimeOffset.Parse(revoked.GetString()!, CultureInfo.InvariantCulture)
                    : null));
        }

        return registry;
    }

    public static void Save(ClientRegistry registry, string path)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JoseJson.WriterOptions.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("clients");
            foreach (var client in registry.List().OrderBy(c => c.ClientId, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("clientId", client.ClientId);
                writer.WriteString("secretHash", client.SecretHash);
                JoseJson.WriteStrings(writer, "scopes", client.Scopes);
                JoseJson.WriteStrings(writer, "roles", client.Roles);
                JoseJson.WriteStrings(writer, "purposes", client.Purposes);
                writer.WriteString("createdAt", client.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                if (client.RevokedAt is { } revokedAt)
                {
                    writer.WriteString("revokedAt", revokedAt.ToString("O", CultureInfo.InvariantCulture));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static string[] Strings(JsonElement client, string name)
    {
        var values = client.GetProperty(name);
        var strings = new string[values.GetArrayLength()];
        var i = 0;
        foreach (var value in values.EnumerateArray())
        {
            strings[i++] = value.GetString()!;
        }

        return strings;
    }
}
