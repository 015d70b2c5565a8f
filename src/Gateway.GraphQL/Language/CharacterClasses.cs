namespace Gateway.GraphQL.Language;

/// <summary>Byte classes of the lexical grammar (Spec 2.1.9 Names, 2.1.8 digits), as one table lookup per byte.</summary>
internal static class CharacterClasses
{
    public const byte NameStart = 1;
    public const byte NameContinue = 2;
    public const byte Digit = 4;

    // One entry per byte value: 1 NameStart, 2 NameContinue, 4 Digit. As a span over constant data indexed by a
    // byte, the lookup needs no bounds check.
    private static ReadOnlySpan<byte> Classes =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    public static bool IsNameStart(byte b) => (Classes[b] & NameStart) != 0;

    public static bool IsNameContinue(byte b) => (Classes[b] & NameContinue) != 0;

    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    public static bool IsHexDigit(byte b) => HexValue(b) >= 0;

    /// <summary>HexDigit :: one of 0-9 A-F a-f; -1 when not a hex digit.</summary>
    public static int HexValue(int b)
    {
        if ((uint)(b - '0') <= 9)
        {
            return b - '0';
        }

        if ((uint)(b - 'A') <= 5)
        {
            return b - 'A' + 10;
        }

        if ((uint)(b - 'a') <= 5)
        {
            return b - 'a' + 10;
        }

        return -1;
    }
}
