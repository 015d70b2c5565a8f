namespace Gateway.Publishing;

/// <summary>A document as a team submits it: the file name its diagnostics name, and its text (YAML or JSON).</summary>
public sealed record DocumentSource(string FileName, string Text);
