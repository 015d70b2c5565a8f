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

    private readonly MaskFunction? _asciiFunction = AsciiFunction(spec.Function);

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
        // Email may add up to three bytes to the text.
        if (_asciiFunction is not { } function || text.Length + 3 > StackBytes)
        {
            WriteLongText(writer, text);
            return;
        }

        Span<byte> buffer = stackalloc byte[StackBytes];
        if (ValueMasks.TryMaskAscii(function, spec.Argument ?? 0, text, buffer, out var written))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(TypedMask.MaskText(spec, text, key));
        }
    }

    private void WriteLongText(Utf8JsonWriter writer, string text)
    {
        if (_asciiFunction is not { } function)
        {
            // A keyed hash is a remembered pseudonym; dates and ranges are rare: written as the string masks make them.
            writer.WriteStringValue(TypedMask.MaskText(spec, text, key));
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(text.Length + 3);
        try
        {
            if (ValueMasks.TryMaskAscii(function, spec.Argument ?? 0, text, buffer, out var written))
            {
                writer.WriteStringValue(buffer.AsSpan(0, written));
            }
            else
            {
                writer.WriteStringValue(TypedMask.MaskText(spec, text, key));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The text masks <see cref="ValueMasks.TryMaskAscii"/> writes; nullify on a non-null position redacts (<see cref="TypedMask"/>).</summary>
    private static MaskFunction? AsciiFunction(MaskFunction function) => function switch
    {
        MaskFunction.Redact or MaskFunction.Nullify => MaskFunction.Redact,
        MaskFunction.ShowFirst or MaskFunction.ShowLast or MaskFunction.Email => function,
        _ => null,
    };
}
