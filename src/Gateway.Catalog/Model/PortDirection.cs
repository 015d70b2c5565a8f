namespace Gateway.Catalog.Model;

/// <summary>Whether a port brings data in (ODPS <c>inputPorts</c>) or serves it (<c>outputPorts</c>).</summary>
public enum PortDirection
{
    Input,
    Output,
}
