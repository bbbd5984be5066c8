namespace ChatworkGuard.Chatwork.Notation;

/// <summary>The tags the parser recognises; anything else in brackets stays text.</summary>
internal enum TagKind
{
    Quote,
    QuoteMeta,
    Code,
    Info,
    Title,
    Task,
    Download,
    To,
    ToAll,
    Reply,
    SystemText,
    Preview,
    HorizontalRule,
    Picon,
    PiconName,
    PName,
}
