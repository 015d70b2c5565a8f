using System.Buffers;
using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.GraphQL.Execution;

namespace Gateway.Security.Masking;

/// <summary>
/// A compiled <see cref="TypedMask"/> that writes its commonest outputs straight into the response: a masked
/// ASCII text as UTF-8 (the redaction applied to the bytes being written, no masked string in between), a
/// masked Int as a number (no boxing). Anything else is written from <see cref="Apply"/>, which is the
/// compiled mask itself, so both paths give the same JSON.
/// </summary>
internal sealed class TypedValueMask(Func<object?, object?> apply, MaskSpec spec, TypedValueMask.Leaf leaf, MaskingKey key) : ResultValueMask
{
    // Texts up to this many UTF-8 bytes are masked on the stack; longer ones in a pooled buffer.
    private const int StackBytes = 256;

    /// <summary>What a masked value is written as, from the field's type.</summary>
    internal enum Leaf
    {
        /// <summary>Lists, Floats, and masks that null the value: written from <see cref="Apply"/>.</summary>
        Other,

        /// <summary>String, ID and custom scalars: a text mask on text.</summary>
        Text,

        /// <summary>Int: a whole number.</summary>
        Int,
    }

    public override object? Apply(object? value) => apply(value);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (leaf)
        {
            case Leaf.Text when value is string text:
                WriteText(writer, text);
                return;
            case Leaf.Int when value is long number:
                writer.WriteNumberValue(TypedMask.MaskIntNumber(spec, number, key));
                return;
            default:
                base.Write(writer, value);
                return;
        }
    }

    private void WriteText(Utf8JsonWriter writer, string text)
    {
        var function = spec.Function;
        if (function is not (MaskFunction.Redact or MaskFunction.Nullify or MaskFunction.ShowFirst or MaskFunction.ShowLast or MaskFunction.Email))
        {
            // A keyed hash is a remembered pseudonym; dates and ranges are rare: written as the string masks make them.
            writer.WriteStringValue(TypedMask.MaskText(spec, text, key));
            return;
        }

        // On a non-null position nullify redacts (TypedMask), and Email may add up to three bytes.
        var textFunction = function == MaskFunction.Nullify ? MaskFunction.Redact : function;
        var length = text.Length + 3;
        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            if (ValueMasks.TryMaskAscii(textFunction, spec.Argument ?? 0, text, buffer, out var written))
            {
                writer.WriteStringValue(buffer[..written]);
            }
            else
            {
                writer.WriteStringValue(TypedMask.MaskText(spec, text, key));
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
