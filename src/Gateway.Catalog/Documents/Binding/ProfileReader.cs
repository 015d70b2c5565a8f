using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Documents.Binding;

/// <summary>
/// Reads our profile's keys out of customProperties. Keys the profile does not define are left alone:
/// customProperties is the standards' open extension point, shared with other tools.
/// </summary>
internal sealed class ProfileReader
{
    private readonly DocumentBinder _binder;
    private readonly IReadOnlyList<CustomProperty> _properties;
    private readonly string _path;

    public ProfileReader(DocumentBinder binder, IReadOnlyList<CustomProperty> properties, string ownerPath)
    {
        _binder = binder;
        _properties = properties;
        _path = DocumentBinder.Child(ownerPath, "customProperties");
    }

    public string? String(string key, Func<string, bool> isValid, string expectation)
    {
        if (Find(key) is not var (property, path))
        {
            return null;
        }

        if (property.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var text)
        {
            if (isValid(text))
            {
                return text;
            }

            _binder.Report(property.Position, path, $"profile.{key}", $"{key} must be {expectation}, not '{text}'");
            return null;
        }

        _binder.Report(property.Position, path, $"profile.{key}", $"{key} must be {expectation}, given as a string");
        return null;
    }

    public bool Boolean(string key)
    {
        if (Find(key) is not var (property, path))
        {
            return false;
        }

        if (property.Value is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        _binder.Report(property.Position, path, $"profile.{key}", $"{key} must be true or false");
        return false;
    }

    public IReadOnlyList<string> Strings(string key, Func<string, bool> isValid, string expectation)
    {
        if (Find(key) is not var (property, path))
        {
            return [];
        }

        if (property.Value is not JsonArray array)
        {
            _binder.Report(property.Position, path, $"profile.{key}", $"{key} must be a list of {expectation}");
            return [];
        }

        var strings = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var text && isValid(text))
            {
                strings.Add(text);
            }
            else
            {
                _binder.Report(property.Position, path, $"profile.{key}", $"{key} must be a list of {expectation}; '{item?.ToJsonString()}' is not one");
            }
        }

        return strings;
    }

    /// <summary>A purpose identifier: lower-case words joined by hyphens, e.g. <c>fraud-detection</c>.</summary>
    public static bool IsPurpose(string text) => ProductUrn.IsPart(text);

    private (CustomProperty Property, string Path)? Find(string key)
    {
        (CustomProperty, string)? found = null;
        for (var i = 0; i < _properties.Count; i++)
        {
            if (_properties[i].Property != key)
            {
                continue;
            }

            var path = DocumentBinder.Child(DocumentBinder.Item(_path, i), "value");
            if (found is not null)
            {
                _binder.Report(_properties[i].Position, path, "profile.duplicate", $"{key} is given more than once; keep one");
                continue;
            }

            found = (_properties[i], path);
        }

        return found;
    }
}
