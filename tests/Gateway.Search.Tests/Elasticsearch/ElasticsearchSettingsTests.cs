using Gateway.Search.Elasticsearch;

namespace Gateway.Search.Tests.Elasticsearch;

public sealed class ElasticsearchSettingsTests
{
    [Fact]
    public void Credentials_in_the_url_become_basic_authentication_and_leave_the_address()
    {
        var settings = ElasticsearchSettings.FromUrl("https://gateway:p%40ss%3Aword@es.example.org:9200/");

        Assert.Equal("https://es.example.org:9200/", settings.Url.AbsoluteUri);
        Assert.Equal("gateway", settings.Username);
        Assert.Equal("p@ss:word", settings.Password);
    }

    [Fact]
    public void A_url_without_credentials_keeps_its_path_and_sends_none()
    {
        var settings = ElasticsearchSettings.FromUrl("http://127.0.0.1:9200/elasticsearch");

        Assert.Equal("http://127.0.0.1:9200/elasticsearch", settings.Url.AbsoluteUri);
        Assert.Null(settings.Username);
        Assert.Null(settings.Password);
        Assert.Equal("dp-products", settings.Alias);
    }

    [Theory]
    [InlineData("127.0.0.1:9200")]
    [InlineData("ftp://127.0.0.1:9200")]
    [InlineData("not a url")]
    public void Something_that_is_not_an_http_address_is_refused_with_an_example(string url)
    {
        var failure = Assert.Throws<ArgumentException>(() => ElasticsearchSettings.FromUrl(url));

        Assert.StartsWith($"'{url}' is not an Elasticsearch address: give an absolute http or https URL, such as http://127.0.0.1:9200.", failure.Message);
    }
}
