using System.Net;
using System.Net.Http.Headers;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class FileEndpointTests
{
    [Fact]
    public async Task Upload_Multipart_StoresTheBytesAndPostsTheUploadMessage()
    {
        await using var world = await TestWorld.StartAsync();
        var bytes = new byte[3707];
        Random.Shared.NextBytes(bytes);

        using var upload = await UploadAsync(world, world.Member.Token, "image_2025_3_4.png", bytes, "見てください");
        var fileId = (await EmulatorApi.JsonAsync(upload)).GetProperty("file_id").GetInt64();
        using var file = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}/files/{fileId}");
        using var list = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}/files?account_id={world.Member.AccountId}");
        using var otherUploader = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}/files?account_id={world.Admin.AccountId}");
        using var messages = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=1");
        using var room = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}");

        var json = await EmulatorApi.JsonAsync(file);
        Assert.Equal("image_2025_3_4.png", json.GetProperty("filename").GetString());
        Assert.Equal(3707, json.GetProperty("filesize").GetInt64());
        Assert.Equal(world.Member.AccountId, json.GetProperty("account").GetProperty("account_id").GetInt64());
        Assert.False(json.TryGetProperty("download_url", out _));
        Assert.Equal(fileId, (await EmulatorApi.JsonAsync(list))[0].GetProperty("file_id").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, otherUploader.StatusCode);
        var uploadMessage = (await EmulatorApi.JsonAsync(messages)).EnumerateArray().Single(m => m.GetProperty("message_id").GetString() == json.GetProperty("message_id").GetString());
        Assert.Equal(
            $"見てください\n[info][title][dtext:file_uploaded][/title][preview id={fileId} ht=111][download:{fileId}]image_2025_3_4.png (3.62 KB)[/download][/info]",
            uploadMessage.GetProperty("body").GetString());
        Assert.Equal(1, (await EmulatorApi.JsonAsync(room)).GetProperty("file_num").GetInt32());
    }

    [Fact]
    public async Task DownloadUrl_ServesTheBytesFor30Seconds()
    {
        await using var world = await TestWorld.StartAsync();
        var bytes = "contract v1"u8.ToArray();
        var fileId = world.Control.UploadFile(world.Member.AccountId, world.RoomId, "contract.pdf", bytes);

        using var file = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}/files/{fileId}?create_download_url=1");
        var url = new Uri((await EmulatorApi.JsonAsync(file)).GetProperty("download_url").GetString()!);
        using var http = new HttpClient();
        var downloaded = await http.GetByteArrayAsync(url);
        world.Clock.Advance(TimeSpan.FromSeconds(31));
        using var expired = await http.GetAsync(url);
        using var forged = await http.GetAsync(new Uri(url.AbsoluteUri.Replace("Signature=", "Signature=x", StringComparison.Ordinal)));

        Assert.Equal(bytes, downloaded);
        Assert.Contains("Expires=", url.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Upload_TooLargeMissingOrNotMultipart_Is400()
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { MaxFileSize = 1024 });

        using var tooLarge = await UploadAsync(world, world.Member.Token, "big.bin", new byte[1025], null);
        using var exactly = await UploadAsync(world, world.Member.Token, "ok.bin", new byte[1024], null);
        using var missing = await world.Api.SendContentAsync(HttpMethod.Post, world.Member.Token, $"/rooms/{world.RoomId}/files", new MultipartFormDataContent { { new StringContent("hi"), "message" } });
        using var form = await world.Api.PostAsync(world.Member.Token, $"/rooms/{world.RoomId}/files", ("file", "not a file"));

        await EmulatorApi.AssertErrorAsync(tooLarge, 400, "The file is larger than the limit of 1024 bytes");
        Assert.Equal(HttpStatusCode.OK, exactly.StatusCode);
        await EmulatorApi.AssertErrorAsync(missing, 400, "Parameter 'file' is required");
        await EmulatorApi.AssertErrorAsync(form, 400, "Parameter 'file' is required");
    }

    [Fact]
    public async Task Upload_DefaultLimitIsFiveMegabytes()
    {
        await using var world = await TestWorld.StartAsync();

        using var over = await UploadAsync(world, world.Member.Token, "big.bin", new byte[(5 * 1024 * 1024) + 1], null);

        await EmulatorApi.AssertErrorAsync(over, 400, "The file is larger than the limit of 5242880 bytes");
    }

    [Fact]
    public async Task GetFile_UnknownOrReadonlyUpload_Is404Or403()
    {
        await using var world = await TestWorld.StartAsync();

        using var unknown = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}/files/2150000999");
        using var byReadonly = await UploadAsync(world, world.Readonly.Token, "a.txt", "a"u8.ToArray(), null);

        await EmulatorApi.AssertErrorAsync(unknown, 404, "File not found");
        await EmulatorApi.AssertErrorAsync(byReadonly, 403, "You don't have permission to send/edit message.");
    }

    [Theory]
    [InlineData(false, 200)]
    [InlineData(true, 429)]
    public async Task FileUploadsCountTowardPostLimit_BothPositions(bool counts, int eleventhStatus)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { FileUploadsCountTowardPostLimit = counts });
        for (var i = 0; i < 10; i++)
        {
            using var post = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", $"post {i}"));
        }

        using var upload = await UploadAsync(world, world.Member.Token, "late.txt", "x"u8.ToArray(), null);

        Assert.Equal(eleventhStatus, (int)upload.StatusCode);
    }

    private static Task<HttpResponseMessage> UploadAsync(TestWorld world, string token, string name, byte[] bytes, string? message)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        if (message is not null)
        {
            content.Add(new StringContent(message), "message");
        }

        return world.Api.SendContentAsync(HttpMethod.Post, token, $"/rooms/{world.RoomId}/files", content);
    }
}
