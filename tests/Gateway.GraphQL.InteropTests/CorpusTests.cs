namespace Gateway.GraphQL.InteropTests;

/// <summary>Keeps the corpus as large and as broad as the differential suite promises.</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Corpus_holds_at_least_400_documents_over_at_least_4_schemas()
    {
        Assert.True(Corpus.All.Count >= 400, $"The corpus has {Corpus.All.Count} cases.");
        Assert.True(Corpus.All.Values.Select(c => c.SchemaFile).Distinct().Count() >= 4);
    }

    [Fact]
    public void Every_spec_differs_case_says_what_the_spec_expects()
    {
        foreach (var corpusCase in Corpus.All.Values)
        {
            Assert.True(
                corpusCase.SpecDiffers is null || corpusCase.SpecExpected is not null,
                $"{corpusCase.Id} is marked specDiffers without specExpected.");
        }
    }
}
