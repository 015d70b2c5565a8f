using Gateway.Federation.Composition;

namespace Gateway.Federation.Tests.Composition;

public sealed class LocaleNameComparerTests
{
    [Fact]
    public void Sorts_names_as_Apollos_supergraph_printer_does()
    {
        string[] names = ["Query", "link__Purpose", "join__Graph", "Book", "join__FieldSet", "_Any", "book", "Media", "Dimensions", "a1", "a_b", "ab"];

        var sorted = names.Order(LocaleNameComparer.Instance).ToArray();

        Assert.Equal(["_Any", "a_b", "a1", "ab", "book", "Book", "Dimensions", "join__FieldSet", "join__Graph", "link__Purpose", "Media", "Query"], sorted);
    }
}
