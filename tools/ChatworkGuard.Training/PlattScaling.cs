namespace ChatworkGuard.Training;

/// <summary>
/// Platt scaling: fits probability = 1 / (1 + exp(A × score + B)) to held-out scores by Newton's method with
/// Platt's smoothed targets (Lin, Lin and Weng, "A note on Platt's probabilistic outputs", 2007). ML.NET fits
/// the same function but does not expose the fitted constants, and the run-time scorer needs them.
/// </summary>
internal static class PlattScaling
{
    public static (float Slope, float Offset) Fit(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var hiTarget = (positives + 1.0) / (positives + 2.0);
        var loTarget = 1.0 / (negatives + 2.0);
        var targets = labels.Select(l => l ? hiTarget : loTarget).ToArray();
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        var value = Objective(scores, targets, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var (p, q) = Probabilities(scores[i] * a + b);
                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = targets[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-6 && Math.Abs(g2) < 1e-6)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var next = Objective(scores, targets, a + (step * da), b + (step * db));
                if (next < value + (1e-4 * step * gd))
                {
                    a += step * da;
                    b += step * db;
                    value = next;
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return ((float)a, (float)b);
    }

    private static double Objective(IReadOnlyList<float> scores, double[] targets, double a, double b)
    {
        double sum = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var f = (scores[i] * a) + b;
            sum += f >= 0 ? (targets[i] * f) + Math.Log(1 + Math.Exp(-f)) : ((targets[i] - 1) * f) + Math.Log(1 + Math.Exp(f));
        }

        return sum;
    }

    // p = 1 / (1 + exp(f)) and q = 1 - p, computed without overflow on either side.
    private static (double P, double Q) Probabilities(double f) =>
        f >= 0
            ? (Math.Exp(-f) / (1 + Math.Exp(-f)), 1 / (1 + Math.Exp(-f)))
            : (1 / (1 + Math.Exp(f)), Math.Exp(f) / (1 + Math.Exp(f)));
}
