namespace Gateway.Search.Tests.Embedded;

/// <summary>
/// A fixed catalog of 31 products over four domains (sales, marketing, player, finance) whose expected search results
/// are known: products that expose an email, pairs that differ only by usage, quality or lifecycle, drafts with
/// owners, a retired product.
/// </summary>
public static class Corpus
{
    private static readonly DateTimeOffset Updated = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SearchDocument> Products { get; } =
    [
        // sales
        Product("sales", "orders", "Orders", "Every order placed in the web shop, with its lines and totals.", ["orders", "revenue"], usage: 500, quality: 1.0,
            fields: [Field("Order.id"), Field("Order.total", "Total amount of the order"), Field("Order.placedAt", "When the order was placed"), Field("Order.buyer", "The customer who bought")]),
        Product("sales", "daily-revenue", "Daily Revenue by Region", "Revenue per day and region, aggregated from orders.", ["revenue", "kpi"], terms: ["Revenue"], usage: 900,
            fields: [Field("DailyRevenue.day"), Field("DailyRevenue.region", "Sales region"), Field("DailyRevenue.amount", "Revenue in euros")]),
        Product("sales", "refunds", "Refunds", "Refunds issued to customers after returns.", ["returns"],
            fields: [Field("Refund.id"), Field("Refund.amount"), Field("Refund.reason", "Why the customer returned the goods")]),
        Product("sales", "invoices", "Invoices", "Invoices sent to business customers, with their billing email.", ["billing"],
            fields: [Field("Invoice.id"), Field("Invoice.billingEmail", "Where invoices are sent", "restricted"), Field("Invoice.amount")]),
        Product("sales", "product-catalogue", "Product Catalogue", "Products sold in the shop, with prices and stock.", ["products"],
            fields: [Field("Product.sku"), Field("Product.price"), Field("Product.stock")]),
        Product("sales", "abandoned-carts", "Abandoned Carts", "Carts left before checkout.", ["conversion"],
            fields: [Field("Cart.id"), Field("Cart.items"), Field("Cart.abandonedAt")]),
        Product("sales", "legacy-orders", "Legacy Orders", "Orders from the old shop, kept for reconciliation.", ["orders"], status: "deprecated", usage: 800,
            fields: [Field("LegacyOrder.id"), Field("LegacyOrder.total")]),
        Product("sales", "revenue-archive", "Revenue Archive", "Archived revenue of closed years.", ["revenue", "archive"], status: "retired",
            fields: [Field("ArchivedRevenue.year"), Field("ArchivedRevenue.amount")]),

        // marketing
        Product("marketing", "customer-emails", "Customer Emails", "Email addresses of customers who agreed to marketing.", ["crm", "email"], terms: ["Consent"],
            owner: "lea", fields: [Field("Contact.email", "The customer's email address", "restricted", ["Email Address"]), Field("Contact.consent", "Marketing consent")]),
        Product("marketing", "campaigns", "Campaigns", "Marketing campaigns and their budgets.", ["crm"], owner: "lea",
            fields: [Field("Campaign.id"), Field("Campaign.budget"), Field("Campaign.channel", "Channel: social, search, print")]),
        Product("marketing", "newsletter-subscribers", "Newsletter Subscribers", "People subscribed to the newsletter.", ["crm", "newsletter"], owner: "lea",
            fields: [Field("Subscriber.emailAddress", "Where the newsletter goes", "restricted"), Field("Subscriber.since")]),
        Product("marketing", "customer-segments", "Customer Segments", "Customers grouped by buying behaviour.", ["crm", "segmentation"], owner: "lea",
            fields: [Field("Segment.name"), Field("Segment.size")]),
        Product("marketing", "web-traffic", "Web Traffic", "Page views and sessions on the web shop.", ["analytics"], owner: "omar",
            fields: [Field("PageView.url"), Field("PageView.at"), Field("Session.duration")]),
        Product("marketing", "campaign-attribution", "Campaign Attribution", "Which campaign led to each order.", ["analytics", "crm"], owner: "omar",
            fields: [Field("Attribution.campaign"), Field("Attribution.order")]),
        Product("marketing", "sales-leads", "Sales Leads", "Leads collected at trade fairs.", ["crm"], status: "draft", owner: "mia",
            fields: [Field("Lead.email", "The lead's email address", "restricted"), Field("Lead.company")]),

        // player
        Product("player", "play-events", "Play Events", "Every track play, raw, as the apps report it.", ["events", "listening"], usage: 2000,
            owner: "kai", fields: [Field("PlayEvent.trackId"), Field("PlayEvent.userId"), Field("PlayEvent.playedAt")]),
        Product("player", "listening-summaries", "Listening Summaries", "Per user listening summary, aggregated from play events.", ["listening"],
            owner: "kai", fields: [Field("ListeningSummary.playCount"), Field("ListeningSummary.favouriteGenre")]),
        Product("player", "tracks", "Tracks", "Items in the music catalogue.", ["music"], usage: 50, owner: "kai",
            fields: [Field("Track.id"), Field("Track.title")]),
        Product("player", "artists", "Artists", "Items in the music catalogue.", ["music"], usage: 3000, owner: "kai",
            fields: [Field("Artist.id"), Field("Artist.title")]),
        Product("player", "playlists", "Playlists", "Playlists users made and shared.", ["music", "social"], owner: "kai",
            fields: [Field("Playlist.id"), Field("Playlist.name"), Field("Playlist.followers")]),
        Product("player", "registered-users", "Registered Users", "Users who signed up, with their country and birth date.", ["users"], usage: 1500,
            owner: "kai", fields: [Field("User.name", "Full name", "confidential"), Field("User.email", "Sign-in address", "restricted"), Field("User.birthDate"), Field("User.country")]),
        Product("player", "skipped-tracks", "Skipped Tracks", "Tracks skipped within thirty seconds.", ["listening"], owner: "kai",
            fields: [Field("Skip.trackId"), Field("Skip.at")]),

        // finance
        Product("finance", "general-ledger", "General Ledger", "Every booking of the company's accounts.", ["accounting"], owner: "finn", team: "finance-planning",
            fields: [Field("Booking.account"), Field("Booking.amount")]),
        Product("finance", "payroll", "Payroll", "Salaries paid to employees each month.", ["hr"], owner: "finn",
            fields: [Field("Salary.employee"), Field("Salary.gross", "Gross pay", "restricted")]),
        Product("finance", "exchange-rates", "Exchange Rates", "Daily currency exchange rates from the central bank.", ["currency"], owner: "finn",
            fields: [Field("Rate.currency"), Field("Rate.value")]),
        Product("finance", "exchange-rates-v1", "Exchange Rates", "Daily currency exchange rates from the central bank.", ["currency"], status: "deprecated",
            usage: 5000, owner: "finn", fields: [Field("Rate.currency"), Field("Rate.value")]),
        Product("finance", "budgets", "Budgets", "Planned spend per cost centre.", ["planning"], quality: 0.2, owner: "finn",
            fields: [Field("Budget.centre"), Field("Budget.amount")]),
        Product("finance", "cost-centres", "Cost Centres", "Planned spend per cost centre.", ["planning"], quality: 1.0, owner: "finn",
            fields: [Field("Centre.code"), Field("Centre.amount")]),
        Product("finance", "tax-returns", "Tax Returns", "Filed tax returns and their status.", ["tax"], owner: "finn",
            fields: [Field("TaxReturn.year"), Field("TaxReturn.status")]),
        Product("finance", "revenue-forecast", "Revenue Forecast", "Forecast of next quarter's revenue.", ["planning"], status: "draft",
            owner: "finn", team: "finance-planning", fields: [Field("Forecast.quarter"), Field("Forecast.amount")]),
        Product("finance", "accounts-payable", "Accounts Payable", "Bills the company still has to pay.", ["accounting"], owner: "finn",
            fields: [Field("Bill.supplier"), Field("Bill.dueDate")]),
    ];

    public static SearchDocument Get(string urn)
    {
        foreach (var product in Products)
        {
            if (product.Urn == urn)
            {
                return product;
            }
        }

        throw new ArgumentException($"{urn} is not in the corpus.", nameof(urn));
    }

    public static SearchDocument Product(
        string domain, string name, string title, string description, IReadOnlyList<string> tags, IReadOnlyList<string>? terms = null,
        string status = "published", double usage = 0, double? quality = null, string? owner = "ana", string? team = null,
        IReadOnlyList<SearchField>? fields = null) =>
        new($"urn:dp:{domain}:{name}", title, description, domain, owner, team, tags, terms ?? [], "clean", status, "1.0.0", usage, quality, Updated,
            fields ?? []);

    public static SearchField Field(string coordinate, string? description = null, string? classification = "internal", IReadOnlyList<string>? terms = null) =>
        new(coordinate, coordinate[(coordinate.IndexOf('.', StringComparison.Ordinal) + 1)..], description, classification, "string", terms ?? []);
}
