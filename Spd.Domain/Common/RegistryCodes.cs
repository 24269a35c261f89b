namespace Spd.Domain.Common;

/// <summary>Check characters of the public code systems: GS1 GTIN and the unified social credit code.</summary>
public static class RegistryCodes
{
    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly int[] OrganizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Appends the GS1 mod-10 check digit to the first 13 digits of a GTIN-14.</summary>
    public static string Gtin14(string thirteenDigits)
    {
        if (thirteenDigits.Length != 13 || !thirteenDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A GTIN-14 body has 13 digits.", nameof(thirteenDigits));
        }

        return thirteenDigits + Gs1CheckDigit(thirteenDigits);
    }

    /// <summary>A GTIN-14 (UDI-DI): 14 digits whose last is the GS1 check digit of the first 13.</summary>
    public static bool IsValidGtin14(string? value) =>
        value is { Length: 14 } && value.All(char.IsAsciiDigit) && value[13] == Gs1CheckDigit(value[..13]);

    /// <summary>GS1 mod 10: weights 3 and 1 alternate from the rightmost digit of the body.</summary>
    public static char Gs1CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>
    /// 统一社会信用代码 (GB 32100-2015): 91 (enterprise registered with market regulation), the
    /// six-digit region, the nine-character organisation code (GB 11714, with its own check
    /// character) and the final check character.
    /// </summary>
    public static bool IsValidCreditCode(string? value) =>
        value is { Length: 18 } && value.All(c => CreditCodeAlphabet.Contains(c))
        && value[17] == CreditCodeCheck(value[..17]);

    public static string CreditCode(string regionCode, int organizationNumber)
    {
        var organizationBody = organizationNumber.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var organizationSum = organizationBody.Select((c, i) => (c - '0') * OrganizationCodeWeights[i]).Sum();
        var organizationCheck = (11 - organizationSum % 11) switch
        {
            10 => 'X',
            11 => '0',
            var value => (char)('0' + value),
        };

        var body = "91" + regionCode + organizationBody + organizationCheck;
        return body + CreditCodeCheck(body);
    }

    private static char CreditCodeCheck(string body)
    {
        var sum = body.Select((c, i) => CreditCodeAlphabet.IndexOf(c) * CreditCodeWeights[i]).Sum();
        return CreditCodeAlphabet[(31 - sum % 31) % 31];
    }
}
