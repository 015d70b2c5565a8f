using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Documents.Binding;

/// <summary>Reads an ODCS v3.1 contract (<c>kind: DataContract</c>) and our profile in its customProperties.</summary>
internal sealed class ContractReader
{
    private static readonly string[] ApiVersions = ["v3.1.0"];
    private static readonly string[] Kinds = ["DataContract"];
    private static readonly string[] LogicalTypes = ["string", "date", "timestamp", "time", "number", "integer", "object", "array", "boolean"];
    private static readonly string[] QualityTypes = ["text", "library", "sql", "custom"];
    private static readonly string[] Dimensions = ["accuracy", "completeness", "conformity", "consistency", "coverage", "timeliness", "uniqueness"];
    private static readonly string[] Metrics = ["nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount"];
    private static readonly string[] Operators = ["mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween"];
    private static readonly string[] Drivers = ["regulatory", "analytics", "operational"];
    private static readonly string[] ServerTypes =
    [
        "api", "athena", "azure", "bigquery", "clickhouse", "databricks", "denodo", "dremio", "duckdb", "glue", "cloudsql", "db2", "hive",
        "impala", "informix", "kafka", "kinesis", "local", "mysql", "oracle", "postgresql", "postgres", "presto", "pubsub", "redshift", "s3",
        "sftp", "snowflake", "sqlserver", "synapse", "trino", "vertica", "zen", "custom",
    ];

    private readonly DocumentBinder _binder;
    private readonly Dictionary<string, string> _coordinates = new(StringComparer.Ordinal);

    private ContractReader(DocumentBinder binder)
    {
        _binder = binder;
    }

    public static DataContract? Read(DocumentBinder binder, DocumentNode root) => new ContractReader(binder).ReadContract(root);

    private DataContract? ReadContract(DocumentNode root)
    {
        var reader = _binder.Mapping(root, "", "data contract");
        var apiVersion = reader.Enum("apiVersion", ApiVersions, required: true);
        reader.Enum("kind", Kinds, required: true);
        var id = reader.String("id", required: true);
        var version = reader.String("version", required: true);
        var status = reader.String("status", required: true);
        var name = reader.String("name");
        var tenant = reader.String("tenant");
        var domain = reader.String("domain");
        if (reader.Value("dataProduct") is { } dataProduct)
        {
            // ODCS v3.1 deprecates it: the ODPS descriptor references the contract, not the other way round.
            _binder.Report(dataProduct, "dataProduct", "deprecated", "is deprecated in ODCS v3.1; the descriptor's outputPorts[].contractId links product and contract", DiagnosticSeverity.Warning);
        }

        if (reader.Value("slaDefaultElement") is { } slaDefault)
        {
            _binder.Report(slaDefault, "slaDefaultElement", "deprecated", "is deprecated in ODCS v3.1 and removed in v4; give each SLA property its element", DiagnosticSeverity.Warning);
        }

        var description = reader.Object("description", (node, path) => SharedSectionReader.Description(_binder, node, path));
        var tags = reader.Strings("tags");
        var schema = reader.List("schema", SchemaObject);
        var servers = reader.List("servers", Server);
        var support = SharedSectionReader.Support(_binder, reader, urlRequired: false);
        var team = SharedSectionReader.Team(_binder, reader, listIsDeprecated: true);
        var roles = reader.List("roles", Role);
        var sla = reader.List("slaProperties", SlaProperty);
        reader.Object("price", (node, path) =>
        {
            var price = _binder.Mapping(node, path, "price");
            price.String("id");
            price.Value("priceAmount");
            price.String("priceCurrency");
            price.String("priceUnit");
            price.End();
            return node;
        });
        var definitions = SharedSectionReader.AuthoritativeDefinitions(_binder, reader);
        var customProperties = SharedSectionReader.CustomProperties(_binder, reader);
        var created = reader.String("contractCreatedTs");
        reader.End();

        if (version is not null && !SemanticVersion.TryParse(version, out _))
        {
            _binder.Report(reader.Value("version")!, "version", "profile.version", "must be a semantic version MAJOR.MINOR.PATCH, e.g. 2.1.0");
        }

        var profile = new ProfileReader(_binder, customProperties, "");
        var purposes = profile.Strings("allowedPurposes", ProfileReader.IsPurpose, "purposes (lower-case words joined by hyphens)");
        if (apiVersion is null || id is null || version is null || status is null)
        {
            return null;
        }

        return new DataContract(
            apiVersion, id, version, status, name, tenant, domain, description, tags, schema, servers, support, team, roles, sla,
            definitions, customProperties, created, new ContractProfile(purposes));
    }

    private SchemaObject? SchemaObject(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "schema object");
        var name = reader.String("name", required: true);
        var id = reader.String("id");
        reader.Enum("logicalType", ["object"]);
        var physicalName = reader.String("physicalName");
        var physicalType = reader.String("physicalType");
        var description = reader.String("description");
        var businessName = reader.String("businessName");
        var granularity = reader.String("dataGranularityDescription");
        var tags = reader.Strings("tags");
        var properties = reader.List("properties", Property);
        var quality = reader.List("quality", Quality);
        reader.List("relationships", Relationship);
        SharedSectionReader.AuthoritativeDefinitions(_binder, reader);
        var customProperties = SharedSectionReader.CustomProperties(_binder, reader);
        reader.End();
        return name is null
            ? null
            : new SchemaObject(name, id, physicalName, physicalType, description, businessName, granularity, tags, properties, quality, customProperties);
    }

    private SchemaProperty? Property(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "schema property");
        var name = reader.String("name", required: true);
        var id = reader.String("id");
        var logicalType = reader.Enum("logicalType", LogicalTypes);
        reader.Object("logicalTypeOptions", (options, optionsPath) =>
        {
            if (options is not MappingNode)
            {
                _binder.Report(options, optionsPath, "type", $"must be a mapping, not {options.Describe()}");
            }

            return options;
        });
        var physicalType = reader.String("physicalType");
        var physicalName = reader.String("physicalName");
        var description = reader.String("description");
        var businessName = reader.String("businessName");
        var required = reader.Boolean("required") ?? false;
        var unique = reader.Boolean("unique") ?? false;
        var primaryKey = reader.Boolean("primaryKey") ?? false;
        reader.Integer("primaryKeyPosition");
        reader.Boolean("partitioned");
        reader.Integer("partitionKeyPosition");
        var classification = reader.Enum("classification", PropertyClassification.All);
        reader.String("encryptedName");
        var critical = reader.Boolean("criticalDataElement") ?? false;
        var sources = reader.Strings("transformSourceObjects");
        var transformLogic = reader.String("transformLogic");
        reader.String("transformDescription");
        var examples = ReadExamples(reader);
        var tags = reader.Strings("tags");
        var quality = reader.List("quality", Quality);
        reader.List("relationships", Relationship);
        var properties = reader.List("properties", Property);
        var items = reader.Object("items", Property);
        SharedSectionReader.AuthoritativeDefinitions(_binder, reader);
        var customProperties = SharedSectionReader.CustomProperties(_binder, reader);
        reader.End();

        if (properties.Count > 0 && logicalType is not null and not "object")
        {
            _binder.Report(reader.Value("properties")!, DocumentBinder.Child(path, "properties"), "logicalType", "nested properties need logicalType: object");
        }

        if (items is not null && logicalType is not null and not "array")
        {
            _binder.Report(reader.Value("items")!, DocumentBinder.Child(path, "items"), "logicalType", "items needs logicalType: array");
        }

        var profile = ReadProfile(customProperties, path, logicalType, required);
        return name is null
            ? null
            : new SchemaProperty(
                name, id, logicalType, physicalType, physicalName, description, businessName, required, unique, primaryKey,
                classification, critical, sources, transformLogic, examples, tags, quality, properties, items, customProperties, profile,
                node.Position);
    }

    private PropertyProfile ReadProfile(IReadOnlyList<CustomProperty> customProperties, string path, string? logicalType, bool required)
    {
        if (customProperties.Count == 0)
        {
            return PropertyProfile.Empty;
        }

        var profile = new ProfileReader(_binder, customProperties, path);
        var coordinate = profile.String("graphqlCoordinate", IsCoordinate, "a GraphQL schema coordinate Type.field");
        var maskText = profile.String("mask", text => MaskSpec.TryParse(text, out _), $"one of {MaskSpec.Syntax}");
        var purposes = profile.Strings("allowedPurposes", ProfileReader.IsPurpose, "purposes (lower-case words joined by hyphens)");
        var personal = profile.Boolean("personalData");
        var terms = profile.Strings("glossaryTerms", text => text.Trim().Length > 0, "glossary term names");

        if (coordinate is not null && !_coordinates.TryAdd(coordinate, path))
        {
            _binder.Report(Position(customProperties, "graphqlCoordinate"), path, "profile.graphqlCoordinate",
                $"{coordinate} is already the coordinate of {_coordinates[coordinate]}; a field is described once");
        }

        MaskSpec? mask = null;
        if (maskText is not null)
        {
            mask = MaskSpec.Parse(maskText);
            if (MaskTypeMismatch(mask, logicalType, required) is { } problem)
            {
                _binder.Report(Position(customProperties, "mask"), path, "profile.mask", problem);
            }
        }

        return new PropertyProfile(coordinate, mask, purposes, personal, terms);
    }

    /// <summary>Each mask keeps the field's GraphQL type, so it must suit the property's logical type.</summary>
    private static string? MaskTypeMismatch(MaskSpec mask, string? logicalType, bool required) => mask.Function switch
    {
        MaskFunction.Nullify when required => "nullify needs a property that is not required (the masked value is null)",
        MaskFunction.Redact or MaskFunction.ShowFirst or MaskFunction.ShowLast or MaskFunction.Email or MaskFunction.KeyedHash
            when logicalType is not null and not "string" => $"{mask} applies to strings, not {logicalType}",
        MaskFunction.DateToYear when logicalType is not null and not ("date" or "timestamp") => $"dateToYear applies to dates and timestamps, not {logicalType}",
        MaskFunction.NumericRange when logicalType is not null and not ("integer" or "number") => $"{mask} applies to integers and numbers, not {logicalType}",
        _ => null,
    };

    /// <summary>A schema coordinate naming a field: <c>Name.name</c> (GraphQL spec, Schema Coordinates).</summary>
    private static bool IsCoordinate(string text)
    {
        var dot = text.IndexOf('.');
        return dot > 0 && IsName(text.AsSpan(0, dot)) && IsName(text.AsSpan(dot + 1));
    }

    /// <summary>Spec 2.1.9 Names: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
    private static bool IsName(ReadOnlySpan<char> name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.IndexOfAnyExcept("_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0;

    private static SourcePosition Position(IReadOnlyList<CustomProperty> properties, string key)
    {
        foreach (var property in properties)
        {
            if (property.Property == key)
            {
                return property.Position;
            }
        }

        return default;
    }

    private static IReadOnlyList<JsonNode?> ReadExamples(MappingReader reader)
    {
        if (reader.Value("examples") is not SequenceNode examples)
        {
            return [];
        }

        var values = new List<JsonNode?>(examples.Items.Count);
        foreach (var example in examples.Items)
        {
            values.Add(DocumentBinder.ToJson(example));
        }

        return values;
    }

    private QualityRule? Quality(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "quality rule");
        var id = reader.String("id");
        var name = reader.String("name");
        var description = reader.String("description");
        var type = reader.Enum("type", QualityTypes) ?? "library";
        var dimension = reader.Enum("dimension", Dimensions);
        reader.String("method");
        var severity = reader.String("severity");
        reader.String("businessImpact");
        var unit = reader.String("unit");
        var schedule = reader.String("schedule");
        reader.String("scheduler");
        reader.Strings("tags");
        var metric = reader.Enum("metric", Metrics);
        if (reader.Value("rule") is { } rule)
        {
            _binder.Report(rule, DocumentBinder.Child(path, "rule"), "deprecated", "is deprecated in ODCS v3.1; write metric", DiagnosticSeverity.Warning);
        }

        reader.Value("arguments");
        var query = reader.String("query");
        var engine = reader.String("engine");
        reader.Value("implementation");
        reader.Strings("validValues");
        SharedSectionReader.CustomProperties(_binder, reader);
        SharedSectionReader.AuthoritativeDefinitions(_binder, reader);

        string? op = null;
        JsonNode? threshold = null;
        foreach (var candidate in Operators)
        {
            if (reader.Value(candidate) is not { } value)
            {
                continue;
            }

            if (op is not null)
            {
                _binder.Report(value, DocumentBinder.Child(path, candidate), "quality.operator", $"a quality rule has one comparison; it already has {op}");
                continue;
            }

            op = candidate;
            threshold = DocumentBinder.ToJson(value);
            var isRange = candidate is "mustBeBetween" or "mustNotBeBetween";
            if (isRange && (value is not SequenceNode { Items.Count: 2 } pair || !IsNumber(pair.Items[0]) || !IsNumber(pair.Items[1])))
            {
                _binder.Report(value, DocumentBinder.Child(path, candidate), "quality.operator", $"{candidate} takes two numbers [low, high]");
            }
        }

        reader.End();
        switch (type)
        {
            case "library" when metric is null && reader.Value("rule") is null:
                _binder.Report(node, path, "required", "a library quality rule must have 'metric' (nullValues, missingValues, invalidValues, duplicateValues or rowCount)");
                break;
            case "sql" when query is null:
                _binder.Report(node, path, "required", "a sql quality rule must have 'query'");
                break;
            case "custom" when engine is null:
                _binder.Report(node, path, "required", "a custom quality rule must have 'engine' and 'implementation'");
                break;
        }

        return new QualityRule(id, name, description, type, dimension, metric, query, engine, severity, unit, op, threshold, schedule);
    }

    private static bool IsNumber(DocumentNode node) => node is ScalarNode { Kind: ScalarKind.Integer or ScalarKind.Number };

    private DocumentNode? Relationship(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "relationship");
        reader.String("type");
        reader.Value("from");
        reader.Value("to", required: true);
        SharedSectionReader.CustomProperties(_binder, reader);
        reader.End();
        return node;
    }

    private ContractServer? Server(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "server");
        var server = reader.String("server", required: true);
        var type = reader.Enum("type", ServerTypes, required: true);
        var description = reader.String("description");
        var environment = reader.String("environment");
        var location = reader.String("location", required: type == "api");
        reader.String("id");
        reader.List("roles", Role);
        SharedSectionReader.CustomProperties(_binder, reader);

        // Each server type has its own connection keys (host, port, database, account...): dozens, and
        // they grow with each release, so they are kept unchecked rather than rejected.
        reader.End(DiagnosticSeverity.Warning);
        return server is null || type is null ? null : new ContractServer(server, type, description, environment, location);
    }

    private ContractRole? Role(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "role");
        var role = reader.String("role", required: true);
        var result = new ContractRole(role ?? "", reader.String("description"), reader.String("access"),
            reader.String("firstLevelApprovers"), reader.String("secondLevelApprovers"));
        reader.String("id");
        SharedSectionReader.CustomProperties(_binder, reader);
        reader.End();
        return role is null ? null : result;
    }

    private SlaProperty? SlaProperty(DocumentNode node, string path)
    {
        var reader = _binder.Mapping(node, path, "SLA property");
        var property = reader.String("property", required: true);
        var value = reader.Value("value", required: true);
        reader.Value("valueExt");
        var unit = reader.String("unit");
        var element = reader.String("element");
        var driver = reader.Enum("driver", Drivers);
        var description = reader.String("description");
        reader.String("id");
        reader.String("scheduler");
        reader.String("schedule");
        reader.End();
        return property is null || value is null
            ? null
            : new SlaProperty(property, DocumentBinder.ToJson(value), unit, element, driver, description);
    }
}
