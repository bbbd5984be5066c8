using System.Net.Http.Headers;

namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>One POST: signature header and query copy, 200 with at most 2,048 bytes of body counts as success.</summary>
internal sealed partial class WebhookDispatcher
{
    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var setting = delivery.Setting;
        var signature = WebhookSigner.Sign(setting.Token, delivery.Body);
        var url = WebhookSigner.SignedUrl(setting.Url, signature);
        int? status = null;
        string? error = null;
        using (var timeout = new CancellationTokenSource(_options.WebhookTimeout, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        using (var request = new HttpRequestMessage(HttpMethod.Post, url))
        {
            request.Content = new ByteArrayContent(delivery.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Headers.TryAddWithoutValidation(WebhookSigner.HeaderName, signature);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                status = (int)response.StatusCode;
                var length = await MeasureBodyAsync(response, linked.Token);
                if (status != 200)
                {
                    error = $"the receiver answered {status}, not 200";
                }
                else if (length > ApiLimits.MaxWebhookResponseBytes)
                {
                    error = $"the response body is longer than {ApiLimits.MaxWebhookResponseBytes} bytes";
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                error = $"no answer within {_options.WebhookTimeout}";
            }
            catch (HttpRequestException exception)
            {
                error = exception.Message;
            }
        }

        var succeeded = error is null;
        _deliveries.Enqueue(new WebhookDeliveryRecord(
            _time.GetUtcNow(), setting.Id, delivery.EventType, url, Encoding.UTF8.GetString(delivery.Body), signature, status, succeeded, error));
        _registry.Record(setting.Id, succeeded);
        if (succeeded)
        {
            Log.WebhookDelivered(_logger, setting.Id, delivery.EventType, status ?? 0);
        }
        else
        {
            Log.WebhookFailed(_logger, setting.Id, delivery.EventType, error!);
            if (_registry.Snapshot().FirstOrDefault(s => s.WebhookSettingId == setting.Id) is { Enabled: false })
            {
                Log.WebhookDisabled(_logger, setting.Id);
            }
        }
    }

    private static async Task<long> MeasureBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using (stream)
        {
            var buffer = new byte[ApiLimits.MaxWebhookResponseBytes + 1];
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > ApiLimits.MaxWebhookResponseBytes)
                {
                    break;
                }
            }

            return total;
        }
    }
}
