namespace Gateway.Catalog.Documents.Nodes;

/// <summary>
/// What a scalar is: JSON says so by its syntax; a YAML plain scalar is resolved with the YAML 1.2 core
/// schema (10.3.2: <c>null</c>/<c>~</c>, <c>true</c>/<c>false</c>, integers, floats), a quoted one is a string.
/// </summary>
public enum ScalarKind
{
    String,
    Integer,
    Number,
    Boolean,
    Null,
}
