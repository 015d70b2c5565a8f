namespace Gateway.GraphQL.Language;

/// <summary>Byte classes of the lexical grammar (Spec 2.1.9 Names, 2.1.8 digits), as one table lookup per byte.</summary>
internal static class CharacterClasses
{
    public const byte NameStart = 1;
    public const byte NameContinue = 2;
    public const byte Digit = 4;

    private static readonly byte[] Classes = Build();

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

    private static byte[] Build()
    {
        var classes = new byte[256];
        for (var c = 'A'; c <= 'Z'; c++)
        {
            classes[c] = NameStart | NameContinue;
            classes[c + 32] = NameStart | NameContinue;
        }

        classes['_'] = NameStart | NameContinue;
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = NameContinue | Digit;
        }

        return classes;
    }
}
