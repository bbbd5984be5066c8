using System.Text.Json;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Platforms;

namespace ChatworkGuard.Tests.Policy.Platforms;

public sealed class PlatformNamesTests
{
    [Theory]
    [InlineData("LP制作（クラウドワークス案件）", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("ｸﾗｳﾄﾞﾜｰｸｽ 案件", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("クラウド・ワークス経由", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("CrowdWorks: logo", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("ＣＲＯＷＤＷＯＲＫＳ", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("crowd works / LP", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("Crowd-Works", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("【CW】バナー制作", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("ＣＷ案件", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("cw lp", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("くらうどわーくす", Platform.CrowdWorks, "CrowdWorks")]
    [InlineData("PG案件（ランサーズ）", Platform.Lancers, "Lancers")]
    [InlineData("ﾗﾝｻｰｽﾞ", Platform.Lancers, "Lancers")]
    [InlineData("Lancers project", Platform.Lancers, "Lancers")]
    [InlineData("ＬＡＮＣＥＲＳ", Platform.Lancers, "Lancers")]
    [InlineData("らんさーず", Platform.Lancers, "Lancers")]
    [InlineData("ココナラ 出品", Platform.Coconala, "Coconala")]
    [InlineData("ｺｺﾅﾗ", Platform.Coconala, "Coconala")]
    [InlineData("coconala talk", Platform.Coconala, "Coconala")]
    [InlineData("Ｃｏｃｏｎａｌａ", Platform.Coconala, "Coconala")]
    [InlineData("ここなら", Platform.Coconala, "Coconala")]
    [InlineData("Upwork client", Platform.Other, "Upwork")]
    [InlineData("アップワーク", Platform.Other, "Upwork")]
    [InlineData("Fiverr gig", Platform.Other, "Fiverr")]
    [InlineData("freelancer.com job", Platform.Other, "Freelancer.com")]
    [InlineData("Toptal", Platform.Other, "Toptal")]
    [InlineData("PeoplePerHour", Platform.Other, "PeoplePerHour")]
    [InlineData("guru.com", Platform.Other, "Guru")]
    [InlineData("シュフティ案件", Platform.Other, "Shufti")]
    [InlineData("shufti", Platform.Other, "Shufti")]
    [InlineData("ビズシーク", Platform.Other, "Bizseek")]
    [InlineData("bizseek", Platform.Other, "Bizseek")]
    [InlineData("タイムチケット", Platform.Other, "TimeTicket")]
    [InlineData("ミツモア", Platform.Other, "Meetsmore")]
    [InlineData("クラウドテック", Platform.Other, "CrowdTech")]
    [InlineData("ストアカ", Platform.Other, "Street Academy")]
    public void Infer_EverySpelling_NamesItsPlatform(string text, Platform platform, string candidate)
    {
        var inference = PlatformNames.Infer(text);

        Assert.Equal(platform, inference.Platform);
        Assert.Equal([candidate], inference.Candidates);
    }

    [Theory]
    [InlineData("LP制作")]
    [InlineData("cwd migration")]
    [InlineData("ランサー募集")]
    [InlineData("光ファイバー工事")]
    [InlineData("")]
    [InlineData(null)]
    public void Infer_NoPlatformNamed_FindsNone(string? text)
    {
        var inference = PlatformNames.Infer(text);

        Assert.False(inference.Found);
        Assert.Equal(Platform.Other, inference.Platform);
    }

    [Fact]
    public void Infer_TwoPlatformsNamed_IsOtherWithBothCandidates()
    {
        var inference = PlatformNames.Infer("ランサーズ→クラウドワークス移行案件");

        Assert.Equal(Platform.Other, inference.Platform);
        Assert.Equal(["Lancers", "CrowdWorks"], inference.Candidates);
        Assert.Equal(["ランサーズ", "クラウドワークス"], inference.Matched);
        Assert.True(inference.Ambiguous);
    }

    [Fact]
    public void Infer_CrowdTechIsNotCrowdWorks_BecauseOnlyWholeSpellingsCount()
    {
        Assert.Equal(["CrowdTech"], PlatformNames.Infer("クラウドテック案件").Candidates);
    }

    [Theory]
    [InlineData("ランサーズ", Platform.Lancers)]
    [InlineData("lancers", Platform.Lancers)]
    [InlineData("ＣＷ", Platform.CrowdWorks)]
    [InlineData("ココナラ", Platform.Coconala)]
    [InlineData("Upwork", Platform.Other)]
    public void Parse_OneName_IsItsPlatform(string text, Platform platform)
    {
        Assert.Equal(platform, PlatformNames.Parse(text));
    }

    [Theory]
    [InlineData("なにか")]
    [InlineData("lancers crowdworks")]
    public void Parse_NoneOrTwo_IsNull(string text)
    {
        Assert.Null(PlatformNames.Parse(text));
    }

    [Fact]
    public void Infer_EveryPlatformNameTheDetectorKnows_IsRecognised()
    {
        using var stream = typeof(Detector).Assembly.GetManifestResourceStream(BuiltInRules.ResourceName)!;
        using var rules = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = rules.RootElement.GetProperty("vocabulary").GetProperty("platform-name").EnumerateArray().Select(n => n.GetString()!);

        // ファイバー is left out on purpose: it is also the ordinary word for fibre (光ファイバー).
        var missing = names.Where(n => n != "ファイバー" && !PlatformNames.Infer(n).Found).ToList();

        Assert.True(missing.Count == 0, "A platform the detector warns about would not be recognised in a room name: " + string.Join(", ", missing));
    }
}
