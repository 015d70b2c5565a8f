using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Replaces a field's value in the response by a masked value of the same GraphQL type. A <see cref="ResultMap"/>
/// can hold the value as it was completed with the mask beside it: every read through the map answers the
/// masked value (<see cref="Apply"/>), and the response writer asks the mask to write it (<see cref="Write"/>),
/// which a mask can do straight into the UTF-8 output without building the masked value first.
/// </summary>
public abstract class ResultValueMask
{
    /// <summary>The masked value of <paramref name="value"/> (a completed value: string, number, Boolean, list, map, or null).</summary>
    public abstract object? Apply(object? value);

    /// <summary>Writes the JSON of <see cref="Apply"/>(<paramref name="value"/>); overrides must write exactly that.</summary>
    public virtual void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResultJsonWriter.WriteValue(writer, Apply(value));
    }
}
