using System.Diagnostics.CodeAnalysis;

namespace Spd.Domain.Codes;

/// <summary>A parsed code, or the one reason it could not be read.</summary>
public sealed record ScanResult
{
    private ScanResult(ParsedCode? code, ScanError? error)
    {
        Code = code;
        Error = error;
    }

    public ParsedCode? Code { get; }

    public ScanError? Error { get; }

    [MemberNotNullWhen(true, nameof(Code))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Code is not null;

    public static implicit operator ScanResult(ParsedCode code) => new(code, null);

    public static implicit operator ScanResult(ScanError error) => new(null, error);
}

/// <summary>
/// Why a scan was refused. <see cref="Code"/> names the rule (screens translate <c>Scan.{Code}</c> with
/// <see cref="Arguments"/>); <see cref="Message"/> is the English text the API returns.
/// </summary>
public sealed record ScanError(string Code, string Message, params object[] Arguments)
{
    /// <summary>
    /// The 1-based character the error points at, counted in the data after any symbology identifier
    /// (a group separator counts as one character, however the scanner spelled it).
    /// </summary>
    public int? Position { get; init; }
}
