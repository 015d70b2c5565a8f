using Gateway.Federation.Composition;

namespace Gateway.Federation.Tests.Composition;

/// <summary>
/// Every fixture set composed by <see cref="Gateway.Federation.Composition.SupergraphComposer"/> and by
/// <c>@apollo/composition</c> 2.14.4: equal API schemas and equivalent join metadata where Apollo composes, the
/// same error codes where it does not.
/// </summary>
public sealed class DifferentialCompositionTests : IClassFixture<ApolloComposition>
{
    private readonly ApolloComposition _apollo;

    public DifferentialCompositionTests(ApolloComposition apollo)
    {
        _apollo = apollo;
    }

    [Theory]
    [MemberData(nameof(CompositionFixtures.ComposingSetData), MemberType = typeof(CompositionFixtures))]
    public void Composes_the_API_schema_Apollo_composes(string set)
    {
        var expected = _apollo.SupergraphOf(set) ?? throw new InvalidOperationException($"Apollo did not compose {set}: {_apollo.MessagesOf(set)}");

        var ours = CompositionFixtures.Compose(set);

        Assert.True(ours.Succeeded, string.Join('\n', ours.Errors));
        Assert.Equal(SupergraphComparison.ApiSchemaOf(expected), SupergraphComparison.ApiSchemaOf(ours.SupergraphSdl!));
    }

    [Theory]
    [MemberData(nameof(CompositionFixtures.ComposingSetData), MemberType = typeof(CompositionFixtures))]
    public void Writes_the_join_metadata_Apollo_writes(string set)
    {
        var expected = _apollo.SupergraphOf(set) ?? throw new InvalidOperationException($"Apollo did not compose {set}: {_apollo.MessagesOf(set)}");

        var ours = CompositionFixtures.Compose(set);

        Assert.True(ours.Succeeded, string.Join('\n', ours.Errors));
        Assert.Equal(SupergraphComparison.JoinMetadataOf(expected), SupergraphComparison.JoinMetadataOf(ours.SupergraphSdl!));
    }

    [Theory]
    [MemberData(nameof(CompositionFixtures.BrokenSetData), MemberType = typeof(CompositionFixtures))]
    public void Reports_the_error_codes_Apollo_reports(string set)
    {
        var expected = _apollo.ErrorCodesOf(set);
        var ours = SupergraphComposerErrorCodes(set);

        if (set.EndsWith("/RESERVED_ROOT_FIELD", StringComparison.Ordinal))
        {
            // Deliberate difference: the catalog API owns the root field "catalog"; Apollo has no such rule.
            Assert.Empty(expected);
            Assert.Equal(["RESERVED_ROOT_FIELD"], ours);
            return;
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ours);
    }

    /// <summary>The sets whose messages are compared word for word: the codes whose messages ours copy.</summary>
    public static TheoryData<string> WordForWordSetData() =>
        [.. CompositionFixtures.BrokenSets().Where(set => CompositionFixtures.ExpectedCodeOf(set)
            is CompositionErrorCodes.SatisfiabilityError or CompositionErrorCodes.InterfaceKeyNotOnImplementation)];

    [Theory]
    [MemberData(nameof(WordForWordSetData))]
    public void Reports_the_messages_Apollo_reports_word_for_word(string set)
    {
        var code = CompositionFixtures.ExpectedCodeOf(set);
        var expected = _apollo.ErrorMessagesOf(set, code);

        var ours = SupergraphComposer.Compose(CompositionFixtures.Load(set)).Errors
            .Where(error => error.Code == code)
            .Select(error => error.Message);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ours);
    }

    private static IReadOnlyList<string> SupergraphComposerErrorCodes(string set)
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load(set));
        return [.. result.Errors.Select(error => error.Code).Distinct().Order(StringComparer.Ordinal)];
    }
}
