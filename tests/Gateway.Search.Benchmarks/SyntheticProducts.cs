namespace Gateway.Search.Benchmarks;

/// <summary>
/// A large catalog's search documents, generated from a seed: descriptions drawn with a Zipf-like skew from a
/// vocabulary of 20,000 words (the 30 most frequent act as the catalog's stop words, in most products; catalog words
/// such as customer, order, email follow from rank 30, one every 20 ranks), field descriptions from their type's topic
/// (200 words), 40 domains, 400 owners, 300 tags, and <c>fieldsPerProduct</c> fields per product named from a pool of
/// 600 (the most common, such as id and email, in a good share of products).
/// </summary>
internal sealed class SyntheticProducts
{
    private static readonly string[] CommonWords =
    [
        "customer", "order", "revenue", "email", "account", "payment", "invoice", "product", "event", "user", "daily", "monthly",
        "region", "country", "session", "play", "track", "campaign", "refund", "shipment", "stock", "price", "supplier", "contract",
        "employee", "salary", "ledger", "booking", "currency", "rate", "forecast", "budget", "segment", "churn", "subscription",
        "listening", "artist", "playlist", "device", "store", "return", "discount", "basket", "checkout", "address", "phone",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "te", "sun", "vor", "pel", "dri", "ax", "qua", "zen", "bor", "tri", "nex", "fal", "gor", "hul",
        "jin", "kel", "mor", "nap", "ost", "pra", "ril", "sta", "tor", "ulm", "vex", "wal",
    ];

    /// <summary>The most frequent words: in most descriptions, as "data" and "the" are in a real catalog's.</summary>
    public const int StopWords = 30;

    private readonly string[] _vocabulary;
    private readonly string[] _tags;
    private readonly string[] _fieldNames;
    private readonly string[] _types;

    public SyntheticProducts(int seed)
    {
        var random = new Random(seed);
        var words = new List<string>();
        var seen = new HashSet<string>(CommonWords, StringComparer.Ordinal);
        while (words.Count < 20_000)
        {
            var common = words.Count - StopWords;
            if (common >= 0 && common % 20 == 0 && common / 20 < CommonWords.Length)
            {
                words.Add(CommonWords[common / 20]);
                continue;
            }

            var word = string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        _vocabulary = [.. words];
        _tags = [.. Enumerable.Range(0, 300).Select(i => i < 40 ? CommonWords[i] : $"{_vocabulary[StopWords + 1000 + i]}")];
        _fieldNames = [.. Enumerable.Range(0, 600).Select(i => i < CommonWords.Length
            ? CommonWords[i]
            : $"{_vocabulary[i % 900]}{char.ToUpperInvariant(_vocabulary[(i * 7) % 1500][0])}{_vocabulary[(i * 7) % 1500][1..]}")];
        _types = [.. Enumerable.Range(0, 800).Select(i => $"{char.ToUpperInvariant(_vocabulary[i][0])}{_vocabulary[i][1..]}")];
    }

    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>A word with the catalog's skew: the k-th word drawn about 1/k as often as the first.</summary>
    public string Word(Random random) => _vocabulary[Zipf(random, _vocabulary.Length)];

    /// <summary>A word people search for: with the same skew, but never one of the stop words.</summary>
    public string SearchedWord(Random random) => _vocabulary[StopWords + Zipf(random, _vocabulary.Length - StopWords)];

    public SearchDocument Product(int number, int fieldsPerProduct, Random random)
    {
        var domain = $"domain-{number % 40}";
        var name = $"{Title(Word(random))} {Title(Word(random))} {number}";
        var description = string.Join(' ', Enumerable.Range(0, 14).Select(_ => Word(random)));
        var tags = new[] { _tags[Zipf(random, _tags.Length)], _tags[Zipf(random, _tags.Length)], _tags[random.Next(_tags.Length)] }.Distinct().ToArray();
        var typeIndex = random.Next(_types.Length);
        var type = _types[typeIndex];
        var fields = new SearchField[fieldsPerProduct];
        for (var i = 0; i < fieldsPerProduct; i++)
        {
            var field = _fieldNames[Zipf(random, _fieldNames.Length)];
            fields[i] = new SearchField(
                $"{type}.{field}{(i > 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}",
                field,
                $"The {Topic(typeIndex, random)} {Topic(typeIndex, random)} of the {Topic(typeIndex, random)}",
                i % 5 == 0 ? "restricted" : "internal",
                "string",
                i % 7 == 0 ? [Title(Word(random))] : []);
        }

        var status = (number % 50) switch
        {
            0 => "draft",
            1 => "deprecated",
            2 => "retired",
            _ => "published",
        };
        return new SearchDocument(
            $"urn:dp:{domain}:product-{number}", name, description, domain, $"owner-{number % 400}", $"team-{number % 120}", tags, [],
            number % 3 == 0 ? "raw" : "clean", status, "1.0.0", random.Next(0, 10_000), random.NextDouble(),
            DateTimeOffset.UnixEpoch.AddDays(number % 1000), fields);
    }

    // A type's fields are described with its own words: 200 of the vocabulary, the same for every product of the type.
    private string Topic(int typeIndex, Random random) =>
        _vocabulary[StopWords + (typeIndex * 211 + random.Next(200) * 97) % (_vocabulary.Length - StopWords)];

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    // Inverse of a continuous 1/x density over [1, n]: index k is drawn about 1/k as often as index 1.
    private static int Zipf(Random random, int n) => Math.Clamp((int)Math.Floor(Math.Exp(random.NextDouble() * Math.Log(n))) - 1, 0, n - 1);
}
