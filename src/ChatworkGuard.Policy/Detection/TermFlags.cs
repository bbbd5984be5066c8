namespace ChatworkGuard.Policy.Detection;

/// <summary>Where a term's match must stop at a word edge.</summary>
[Flags]
internal enum TermFlags
{
    None = 0,

    /// <summary>Starts with an ASCII letter or digit: the character before must not be one ("online" is not "line").</summary>
    AsciiLeft = 1,

    /// <summary>Ends with an ASCII letter or digit: the character after must not be one.</summary>
    AsciiRight = 2,

    /// <summary>Starts with kana: when the author wrote katakana, the character before must not be katakana (オンライン).</summary>
    KanaLeft = 4,

    /// <summary>Ends with kana: when the author wrote katakana, the character after must not be katakana (ラインナップ).</summary>
    KanaRight = 8,

    /// <summary>Written with a leading '&lt;': the character before must not be a kanji (素直で is not 直で).</summary>
    KanjiLeft = 16,

    /// <summary>Written with a trailing '&gt;': the character after must not be a kanji.</summary>
    KanjiRight = 32,
}
