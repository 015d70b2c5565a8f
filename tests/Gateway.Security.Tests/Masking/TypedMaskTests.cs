using System.Buffers;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Security.Masking;

namespace Gateway.Security.Tests.Masking;

public sealed class TypedMaskTests
{
    private static readonly MaskingKey Key = MaskingKey.FromBytes(new byte[32]);

    private static Func<object?, object?> Compile(string mask, GraphQLType type) =>
        TypedMask.Compile(MaskSpec.Parse(mask), type, Key) ?? throw new InvalidOperationException("expected a mask");

    [Fact]
    public void Nullify_on_a_nullable_field_returns_null() =>
        Assert.Null(Compile("nullify", BuiltInScalars.String)("secret"));

    [Fact]
    public void Nullify_on_a_non_null_field_redacts_instead() =>
        Assert.Equal("xxxxxx", Compile("nullify", new NonNullType(BuiltInScalars.String))("secret"));

    [Fact]
    public void Masks_apply_to_every_item_of_a_list()
    {
        var type = new NonNullType(new ListType(new NonNullType(BuiltInScalars.String)));
        var masked = Assert.IsType<object?[]>(Compile("email", type)(new object?[] { "ann@a.org", "bob@b.org" }));

        Assert.Equal(["a***@a.org", "b***@b.org"], masked);
    }

    [Fact]
    public void Lists_from_subgraph_data_are_masked_too()
    {
        var masked = Assert.IsType<List<object?>>(Compile("redact", new ListType(BuiltInScalars.String))(new List<object?> { "ab", null }));

        Assert.Equal(["xx", null], masked);
    }

    [Fact]
    public void Null_stays_null() =>
        Assert.Null(Compile("redact", BuiltInScalars.String)(null));

    [Fact]
    public void Int_fields_stay_whole_numbers()
    {
        Assert.Equal(30L, Compile("numericRange(10)", BuiltInScalars.Int)(37L));
        Assert.Equal(-2147483640L, Compile("numericRange(10)", BuiltInScalars.Int)((long)int.MinValue));
        Assert.Equal(0L, Compile("redact", new NonNullType(BuiltInScalars.Int))(37L));
        var pseudonym = Assert.IsType<long>(Compile("keyedHash", BuiltInScalars.Int)(37L));
        Assert.Equal(pseudonym, Compile("keyedHash", BuiltInScalars.Int)(37L));
    }

    [Fact]
    public void Float_fields_stay_numbers()
    {
        Assert.Equal(1200d, Compile("numericRange(100)", BuiltInScalars.Float)(1234.5));
        Assert.Equal(1200d, Compile("numericRange(100)", BuiltInScalars.Float)(1234L));
        Assert.Equal(0d, Compile("showLast(4)", BuiltInScalars.Float)(1234.5));
    }

    [Fact]
    public void Ids_are_masked_as_text_even_when_sent_as_numbers()
    {
        var id = Compile("keyedHash", new NonNullType(BuiltInScalars.ID));

        Assert.Equal(id("42"), id(42L));
        Assert.IsType<string>(id(42L));
    }

    [Fact]
    public void Custom_scalar_dates_keep_their_format()
    {
        var date = new ScalarType("Date");

        Assert.Equal("1990-01-01", Compile("dateToYear", date)("1990-05-17"));
        Assert.Equal("xx/xx", Compile("dateToYear", date)("ab/cd"));
    }

    [Fact]
    public void Decimal_text_is_generalised_to_a_range_string() =>
        Assert.Equal("10-19", Compile("numericRange(10)", BuiltInScalars.String)("12.34"));

    [Fact]
    public void Booleans_enums_and_objects_cannot_be_masked_except_nullified_where_nullable()
    {
        var enumType = new EnumType("Status");
        var objectType = new ObjectType("Money");

        Assert.Null(TypedMask.Compile(MaskSpec.Parse("redact"), new NonNullType(BuiltInScalars.Boolean), Key));
        Assert.Null(TypedMask.Compile(MaskSpec.Parse("redact"), enumType, Key));
        Assert.Null(TypedMask.Compile(MaskSpec.Parse("keyedHash"), objectType, Key));
        Assert.Null(TypedMask.Compile(MaskSpec.Parse("nullify"), new NonNullType(objectType), Key));
        Assert.Null(Compile("nullify", enumType)("ACTIVE"));
        Assert.Null(Compile("nullify", objectType)(new Dictionary<string, object?>()));
    }

    public static TheoryData<string, string> MasksAndTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var mask in new[] { "redact", "nullify", "showFirst(3)", "showFirst(12)", "showLast(4)", "email", "keyedHash", "dateToYear", "numericRange(10)" })
        {
            foreach (var type in new[] { "String", "String!", "ID!", "Date", "Int", "Int!", "Float!", "[String!]" })
            {
                data.Add(mask, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MasksAndTypes))]
    public void A_value_mask_writes_exactly_the_json_of_the_masked_value(string mask, string typeName)
    {
        var type = ParseType(typeName);
        if (TypedMask.CompileValueMask(MaskSpec.Parse(mask), type, Key) is not { } valueMask)
        {
            Assert.Null(TypedMask.Compile(MaskSpec.Parse(mask), type, Key));
            return;
        }

        var longText = string.Concat(Enumerable.Repeat("Review 1 of product 1000: sturdy. ", 12));
        object?[] values =
        [
            null, "", "a", "Maria Santos", "maria.santos@example.com", "a@b", "@example.com", "no address",
            "Ærø 42 <script>\"quoted\"</script> & 'single'", "line\nbreak\u0001\u007f", "a\U0001D400b@x.org", "1990-05-17T10:20:30Z",
            "12.34", longText, longText + "@example.com", "Über@example.com", "ana.ü@example.com", "ana@exämple.com",
            longText + "é" + longText, "é" + longText, longText + "€", longText[..40] + "\U0001D400" + longText[..9], 37L, -5L, (long)int.MinValue, 12.5,
            new object?[] { "ann@a.org", null, "Bob 7" },
        ];
        foreach (var value in values)
        {
            try
            {
                valueMask.Apply(value);
            }
            catch (Exception error) when (error is InvalidCastException or FormatException)
            {
                // A value of another JSON kind than the field's type never reaches a mask (the shaper checks leaves first).
                continue;
            }

            Assert.Equal(Json(writer => new WrittenFromApply(valueMask).Write(writer, value)), Json(writer => valueMask.Write(writer, value)));
        }
    }

    [Fact]
    public void A_redacting_value_mask_writes_every_character_as_the_string_mask_does_wherever_it_stands()
    {
        // Each character at each offset of a 35-character text: in a vector block, in the overlapping last block,
        // and in the part showFirst(3) keeps.
        var valueMask = TypedMask.CompileValueMask(MaskSpec.Parse("showFirst(3)"), new NonNullType(BuiltInScalars.String), Key)!;
        var reference = new WrittenFromApply(valueMask);
        var text = new char[35];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = i == c % text.Length ? (char)c : (char)('A' + (i % 26));
            }

            var value = new string(text);
            Assert.Equal(Json(writer => reference.Write(writer, value)), Json(writer => valueMask.Write(writer, value)));
        }
    }

    [Fact]
    public void A_value_mask_applies_the_compiled_mask()
    {
        var spec = MaskSpec.Parse("showFirst(3)");
        var valueMask = TypedMask.CompileValueMask(spec, new NonNullType(BuiltInScalars.String), Key)!;

        Assert.Equal(Compile("showFirst(3)", new NonNullType(BuiltInScalars.String))("Maria Santos"), valueMask.Apply("Maria Santos"));
        Assert.Equal("Marxx Xxxxxx", valueMask.Apply("Maria Santos"));
    }

    private static GraphQLType ParseType(string name) => name switch
    {
        "String" => BuiltInScalars.String,
        "String!" => new NonNullType(BuiltInScalars.String),
        "ID!" => new NonNullType(BuiltInScalars.ID),
        "Date" => new ScalarType("Date"),
        "Int" => BuiltInScalars.Int,
        "Int!" => new NonNullType(BuiltInScalars.Int),
        "Float!" => new NonNullType(BuiltInScalars.Float),
        "[String!]" => new ListType(new NonNullType(BuiltInScalars.String)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            write(writer);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The reference: a mask written the general way, as the JSON of its masked value.</summary>
    private sealed class WrittenFromApply(ResultValueMask mask) : ResultValueMask
    {
        public override object? Apply(object? value) => mask.Apply(value);
    }
}
