using System.Collections.Frozen;

namespace ChatworkGuard.Bot.WebConsole;

/// <summary>
/// The console's words in Japanese (the default) and English. The language comes from <c>?lang=ja|en</c>, which is
/// remembered in a cookie, else from that cookie.
/// </summary>
internal sealed class ConsoleText
{
    private const string CookieName = "cwg-console-lang";
    private static readonly object ItemKey = new();

    private static readonly FrozenDictionary<string, (string Ja, string En)> Words = new Dictionary<string, (string, string)>
    {
        ["app"] = ("ChatworkGuard コンソール", "ChatworkGuard console"),
        ["nav.rooms"] = ("ルーム", "Rooms"),
        ["nav.warnings"] = ("警告", "Warnings"),
        ["nav.escrow"] = ("仮払い", "Escrow"),
        ["nav.try"] = ("メッセージを試す", "Try a message"),
        ["nav.health"] = ("稼働状況と API 残量", "Health & budget"),
        ["logout"] = ("ログアウト", "Log out"),
        ["login.title"] = ("ログイン", "Log in"),
        ["login.name"] = ("ユーザー名", "User name"),
        ["login.password"] = ("パスワード", "Password"),
        ["login.submit"] = ("ログイン", "Log in"),
        ["login.wrong"] = ("ユーザー名またはパスワードが違います。", "The user name or password is wrong."),
        ["login.limited"] = ("ログインの失敗が続いたため、{0} 分間ログインできません。時間をおいてからお試しください。", "Too many failed logins: try again in {0} minute(s)."),
        ["rooms.title"] = ("ルーム一覧", "Rooms"),
        ["rooms.filter"] = ("絞り込み", "Filter"),
        ["rooms.filter.hint"] = ("ルーム名・ID・プラットフォーム", "Room name, id or platform"),
        ["rooms.state.all"] = ("すべて", "All"),
        ["rooms.none"] = ("該当するルームはありません。", "No rooms match."),
        ["col.room"] = ("ルーム", "Room"),
        ["col.state"] = ("状態", "State"),
        ["col.platform"] = ("プラットフォーム", "Platform"),
        ["col.members"] = ("メンバー", "Members"),
        ["col.messages"] = ("メッセージ", "Messages"),
        ["col.edits"] = ("編集", "Edits"),
        ["col.deletions"] = ("削除", "Deletions"),
        ["col.warnings"] = ("警告", "Warnings"),
        ["col.escrow"] = ("仮払い", "Escrow"),
        ["col.last"] = ("最終記録 (JST)", "Last record (JST)"),
        ["col.delay"] = ("同期の遅れ", "Sync delay"),
        ["col.time"] = ("日時 (JST)", "Time (JST)"),
        ["col.category"] = ("カテゴリ", "Category"),
        ["col.excerpt"] = ("該当箇所", "Excerpt"),
        ["col.outcome"] = ("結果", "Outcome"),
        ["col.milestone"] = ("マイルストーン", "Milestone"),
        ["col.reminders"] = ("リマインド回数", "Reminders sent"),
        ["col.lastreminder"] = ("最終リマインド (JST)", "Last reminder (JST)"),
        ["col.escalated"] = ("エスカレーション対象", "Escalating"),
        ["state.Active"] = ("監視中", "active"),
        ["state.Lost"] = ("消失", "lost"),
        ["state.Unknown"] = ("不明", "unknown"),
        ["escrow.Confirmed"] = ("確認済み", "confirmed"),
        ["escrow.Reminded"] = ("リマインド中", "reminded"),
        ["escrow.Unknown"] = ("未確認", "unconfirmed"),
        ["yes"] = ("はい", "yes"),
        ["no"] = ("いいえ", "no"),
        ["room.missing"] = ("ルームが見つかりません", "Room not found"),
        ["room.missing.text"] = ("ルーム {0} はアーカイブにありません。", "Room {0} is not in the archive."),
        ["timeline.export"] = ("証拠一式をダウンロード (ZIP)", "Download the evidence bundle (ZIP)"),
        ["timeline.edited"] = ("編集", "edited"),
        ["timeline.deleted"] = ("削除", "deleted"),
        ["timeline.before"] = ("編集前", "before"),
        ["timeline.warning"] = ("警告を投稿", "Warning posted"),
        ["timeline.suppressed"] = ("警告を抑制（クールダウン中）", "Warning held back (cooldown)"),
        ["timeline.reminder"] = ("仮払いのリマインド", "Escrow reminder"),
        ["timeline.escrow"] = ("仮払いの状態", "Escrow state"),
        ["timeline.lost"] = ("ルームが消失", "Room lost"),
        ["timeline.joined"] = ("監視を開始", "Started watching"),
        ["timeline.file"] = ("ファイル", "File"),
        ["timeline.earlier"] = ("これより前の記録", "Earlier records"),
        ["warnings.title"] = ("警告（全ルーム）", "Warnings across rooms"),
        ["warnings.from"] = ("開始日", "From"),
        ["warnings.to"] = ("終了日", "To"),
        ["warnings.posted"] = ("投稿", "posted"),
        ["warnings.suppressed"] = ("抑制", "held back"),
        ["warnings.none"] = ("該当する警告はありません。", "No warnings match."),
        ["escrow.title"] = ("仮払い待ちのマイルストーン", "Milestones waiting for escrow"),
        ["escrow.none"] = ("仮払い待ちのマイルストーンはありません。", "No milestone waits for escrow."),
        ["try.title"] = ("メッセージを試す", "Try a message"),
        ["try.hint"] = ("検出ルールとモデルで判定します。入力は保存されません。", "Runs the detector (rules and model). Nothing you type is stored."),
        ["try.submit"] = ("判定する", "Check"),
        ["try.clean"] = ("警告に当たる内容は見つかりませんでした。", "Nothing that warrants a warning was found."),
        ["try.warns"] = ("警告の対象です：", "This would be warned about:"),
        ["try.rule"] = ("ルール", "Rule"),
        ["try.severity"] = ("重大度", "Severity"),
        ["health.title"] = ("稼働状況と API 残量", "Health and API budget"),
        ["health.budget"] = ("API 残量（今の枠）", "API budget left (this window)"),
        ["health.reset"] = ("枠のリセット (JST)", "Window resets (JST)"),
        ["health.waiting"] = ("待機中のリクエスト", "Requests waiting"),
        ["health.429"] = ("429 応答（起動以来）", "429 answers (since start)"),
        ["health.delay"] = ("同期の遅れ（分ごとの最大、秒）", "Sync delay (max per minute, seconds)"),
        ["health.calls"] = ("API 呼び出し（分ごと）", "API calls per minute"),
        ["health.nodata"] = ("まだデータがありません。", "No data yet."),
        ["health.checks"] = ("ヘルスチェック", "Health checks"),
        ["health.errors"] = ("最近のエラー", "Recent errors"),
        ["health.noerrors"] = ("エラーはありません。", "No errors."),
        ["health.lastsync"] = ("最後の同期成功 (JST)", "Last successful sync (JST)"),
        ["never"] = ("なし", "never"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private ConsoleText(bool english) => IsEnglish = english;

    /// <summary>True for English, false for Japanese.</summary>
    public bool IsEnglish { get; }

    /// <summary>The page's <c>lang</c> attribute.</summary>
    public string Lang => IsEnglish ? "en" : "ja";

    /// <summary>The word for <paramref name="key"/>; the key itself when unknown (so a missing word shows, not crashes).</summary>
    public string this[string key] => Words.TryGetValue(key, out var word) ? (IsEnglish ? word.En : word.Ja) : key;

    /// <summary>The language of this request, chosen by <see cref="Select"/>.</summary>
    public static ConsoleText For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[ItemKey] as ConsoleText ?? Select(context);
    }

    /// <summary>Reads <c>?lang=</c> (and remembers it) or the cookie.</summary>
    public static ConsoleText Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.Request.Query["lang"].ToString();
        bool english;
        if (asked is "en" or "ja")
        {
            english = asked == "en";
            context.Response.Cookies.Append(CookieName, asked, new CookieOptions { Path = ConsolePaths.Root, HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
        }
        else
        {
            english = context.Request.Cookies[CookieName] == "en";
        }

        var text = new ConsoleText(english);
        context.Items[ItemKey] = text;
        return text;
    }
}
