using System.Text;

namespace ChatworkGuard.Testing;

/// <summary>
/// A seeded random corpus of hostile text for fuzz tests: Chatwork notation fragments (unbalanced, nested, with broken
/// attributes), lone surrogates, combining marks, zero-width and full-width characters, bidi controls and long runs.
/// The same seed gives the same corpus, so a failure names the input that caused it and can be replayed.
/// </summary>
internal sealed class FuzzCorpus
{
    private static readonly string[] Fragments =
    [
        "[To:", "[To:123]", "[To:0]", "[To:99999999999999999999]", "[toall]", "[rp aid=", "[rp aid=1 to=2-3]", "[rp aid=x to=]",
        "[qt]", "[/qt]", "[qtmeta aid=1 time=", "[qtmeta aid=1 time=99999999999]", "[info]", "[/info]", "[title]", "[/title]",
        "[code]", "[/code]", "[hr]", "[piconname:", "[piconname:42]", "[picon:7]", "[download:", "[preview id=1 ht=2]",
        "[task aid=1 st=open lt=0]", "[/task]", "[dtext:", "[dtext:chatroom_chat_edited]", "]", "[", "[[", "]]", "[/", "/]",
        "LINE", "ＬＩＮＥ", "ｌｉｎｅ", "L I N E", "l.i.n.e", "@", "＠", "gmail.com", "ｇｍａｉｌ．ｃｏｍ", "090-1234-5678", "０９０",
        "直接", "ちょくせつ", "チョクセツ", "振込", "振り込み", "仮払い", "かりばらい", "ｶﾘﾊﾞﾗｲ", "ガ", "ｶﾞ", "か\u3099",
        "\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066", "\u0301", "\u0300\u0301\u0302", "\uD800", "\uDFFF", "\uD83D\uDE00",
        "👍🏽", "👨‍👩‍👧", "🇯🇵", "\r\n", "\n", "\t", "\0", "&amp;", "<script>", "\"", "'", "\\", "%00", "{", "}", "\u3000",
    ];

    private readonly Random _random;

    public FuzzCorpus(int seed) => _random = new Random(seed);

    /// <summary>The random source, for callers that pick more than text.</summary>
    public Random Random => _random;

    /// <summary>One hostile text of at most <paramref name="maxLength"/> UTF-16 units.</summary>
    public string Text(int maxLength)
    {
        var target = _random.Next(0, 8) == 0 ? maxLength : _random.Next(0, Math.Min(maxLength, 400) + 1);
        var text = new StringBuilder(target + 32);
        while (text.Length < target)
        {
            switch (_random.Next(0, 6))
            {
                case 0:
                case 1:
                    text.Append(Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 2:
                    // Any UTF-16 unit, surrogate halves included.
                    text.Append((char)_random.Next(0, 0x10000));
                    break;
                case 3:
                    text.Append((char)_random.Next(0x20, 0x7F));
                    break;
                case 4:
                    // Hiragana, katakana, CJK, half-width katakana.
                    text.Append((char)(_random.Next(4) switch { 0 => _random.Next(0x3041, 0x3097), 1 => _random.Next(0x30A1, 0x30FB), 2 => _random.Next(0x4E00, 0x9FFF), _ => _random.Next(0xFF61, 0xFFA0) }));
                    break;
                default:
                    // A long run of one fragment: deep nesting or repetition.
                    var fragment = Fragments[_random.Next(Fragments.Length)];
                    var times = _random.Next(1, 200);
                    for (var i = 0; i < times && text.Length < target; i++)
                    {
                        text.Append(fragment);
                    }

                    break;
            }
        }

        return text.Length > maxLength ? text.ToString(0, maxLength) : text.ToString();
    }

    /// <summary>Random bytes (not necessarily UTF-8) of at most <paramref name="maxLength"/>.</summary>
    public byte[] Bytes(int maxLength)
    {
        var bytes = new byte[_random.Next(0, maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }
}
