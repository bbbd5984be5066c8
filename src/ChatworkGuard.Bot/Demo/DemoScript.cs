namespace ChatworkGuard.Bot.Demo;

/// <summary>The scripted project room the demo plays, in order.</summary>
internal static class DemoScript
{
    public static IReadOnlyList<DemoStep> Steps { get; } =
    [
        new("ボットがルームに参加する / the bot joins the room", (_, _) => { }),
        new("発注者のあいさつ / the client says hello", (w, _) =>
            w.Emulator.Control.PostMessage(w.Client.AccountId, w.RoomId, "はじめまして、佐藤です。LPの制作をお願いしたく、よろしくお願いします。")),
        new("発注者が LINE に誘う / the client suggests LINE", (w, s) =>
            s.LineMessageId = w.Emulator.Control.PostMessage(w.Client.AccountId, w.RoomId, "手数料がもったいないので、今後はＬ Ｉ Ｎ Ｅで直接やりとりしませんか？")),
        new("発注者が直接の支払いを持ちかける / the client offers direct payment", (w, s) =>
            s.PaymentMessageId = w.Emulator.Control.PostMessage(w.Client.AccountId, w.RoomId, "お支払いは銀行振込で直接お送りします。口座番号を教えてください。")),
        new("受注者が断る（警告なし） / the freelancer declines (no warning)", (w, _) =>
            w.Emulator.Control.PostMessage(w.Freelancer.AccountId, w.RoomId, "申し訳ありませんが、直接取引は規約違反になるためお受けできません。お支払いとやり取りはクラウドワークス上でお願いします。")),
        new("発注者が仮払い前の着手を求める / the client asks for work before escrow", (w, _) =>
            w.Emulator.Control.PostMessage(w.Client.AccountId, w.RoomId, "仮払いは後でしますので、先に作業を始めてもらえますか？")),
        new("受注者が仮払い前に作業開始を告げる / the freelancer announces the start before escrow", (w, _) =>
            w.Emulator.Control.PostMessage(w.Freelancer.AccountId, w.RoomId, "承知しました。本日から作業を開始します。")),
        new("受注者が仮払いを確認する / the contractor confirms the escrow", (w, _) =>
            w.Emulator.Control.PostMessage(w.Freelancer.AccountId, w.RoomId, $"[To:{w.Bot.AccountId}]ChatworkGuardさん\n仮払い済み")),
        new("受注者が作業を続ける（もうリマインドしない） / work goes on, no more reminders", (w, _) =>
            w.Emulator.Control.PostMessage(w.Freelancer.AccountId, w.RoomId, "作業を開始しました。初稿は金曜日にお送りします。")),
        new("受注者が初稿をアップロードする / the freelancer uploads the first draft", (w, s) =>
            s.DraftFileId = w.Emulator.Control.UploadFile(w.Freelancer.AccountId, w.RoomId, "LP_初稿.txt", DemoFiles.FirstDraft, "初稿をお送りします。ご確認ください。")),
        new("発注者が引用して返信する / the client replies with a quote", (w, _) => QuoteUpload(w)),
        new("発注者が発言を編集する / the client edits what they said", (w, s) =>
            w.Emulator.Control.EditMessage(w.RoomId, s.PaymentMessageId!, "お支払いはクラウドワークス経由で行います。")),
        new("発注者が発言を削除する / the client deletes a message", (w, s) =>
            w.Emulator.Control.DeleteMessage(w.RoomId, s.LineMessageId!)),
        new("発注者がルームを削除する / the client deletes the whole room", (w, _) =>
            w.Emulator.Control.DeleteRoom(w.RoomId)),
    ];

    // The client answers the upload the way Chatwork's UI writes it: a To, a quote of the upload message with its
    // author and time, and an info box — so the demo's transcript shows the rendered notation.
    private static void QuoteUpload(DemoWorld w)
    {
        var upload = w.Emulator.Control.GetMessages(w.RoomId).Last(m => m.AccountId == w.Freelancer.AccountId);
        w.Emulator.Control.PostMessage(w.Client.AccountId, w.RoomId, string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"[To:{w.Freelancer.AccountId}]山田さん\n[qt][qtmeta aid={w.Freelancer.AccountId} time={upload.SendTime}]初稿をお送りします。ご確認ください。[/qt]ありがとうございます。\n[info][title]修正のお願い[/title]見出しを大きくしてください。[hr]期限：来週月曜[/info]"));
    }
}
