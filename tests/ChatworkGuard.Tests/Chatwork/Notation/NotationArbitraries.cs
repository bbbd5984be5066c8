using FsCheck;
using FsCheck.Fluent;

namespace ChatworkGuard.Tests.Chatwork.Notation;

/// <summary>User text biased towards the tag fragments most likely to break out of a block or mention someone.</summary>
public static class NotationArbitraries
{
    private static readonly string[] Fragments =
    [
        "[", "]", "[/info]", "[/title]", "[info]", "[title]", "[To:1]", "[to:2]", "[toall]", "[rp aid=1 to=2-3]",
        "[返信 aid=1 to=2-3]", "[Reply aid=1 to=2-3]", "[引用 aid=1 time=2]", "[/引用]", "[qt]", "[/qt]",
        "[qtmeta aid=1 time=2]", "[code]", "[/code]", "[hr]", "[picon:1]", "[piconname:1]", "[pname:1]",
        "[dtext:task_added]", "[task aid=1 st=open]", "[/task]", "[download:1]", "[/download]", "[preview id=1 ht=2]",
        "To:", "rp aid=", "/", "=", " ", "\n", "［", "］", "LINE", "直接",
    ];

    public static Arbitrary<UserText> UserText()
    {
        var fragment = Gen.Elements(Fragments);
        var anyChar = Gen.Choose(0, 0x30FF).Select(i => ((char)i).ToString());
        var piece = Gen.Frequency((3, fragment), (2, anyChar));
        return Gen.ListOf(piece).Select(parts => new UserText(string.Concat(parts))).ToArbitrary();
    }
}
