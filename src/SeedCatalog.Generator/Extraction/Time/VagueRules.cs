using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Vague references: PAST_REF (onlangs, destijds, recently, in het verleden, kort geleden, at the time),
/// PRESENT_REF (nu, momenteel, inmiddels, currently, at the moment, these days) and FUTURE_REF
/// (binnenkort, soon, in de toekomst). PAST_REF ends with the article date (Latest), FUTURE_REF starts
/// with it (Earliest), PRESENT_REF spans it.
/// False friends: "eerder", "vroeger" and "earlier" are comparatives too (eerder positief dan negatief,
/// rather, an earlier version): they count only at the start of a sentence, before punctuation, before a
/// participle (eerder gezegd, reported earlier) or a placing word (eerder op, al, deze; earlier this,
/// in, on), never with dan/than close behind. "eerder deze maand" / "earlier this week" is that date.
/// "nu" in nu.nl is a name. "Intussen"/"meanwhile" relate events to each other, not to a time: left out.
/// </summary>
internal static class VagueRules
{
    private static readonly string[] Comparisons = { "dan", "than" };
    private static readonly string[] PlacingWords = { "al", "ook", "nog", "op", "in", "vandaag", "gisteren", "dit", "deze", "die", "this", "that", "today", "yesterday", "on", "in" };
    private static readonly string[][] DutchPhrases = { new[] { "in", "het", "verleden" }, new[] { "in", "de", "toekomst" }, new[] { "op", "dit", "moment" }, new[] { "op", "het", "moment" }, new[] { "op", "dit", "ogenblik" }, new[] { "kort", "geleden" }, new[] { "lang", "geleden" }, new[] { "eerder", "op", "de", "dag" }, new[] { "eerder", "die", "dag" } };
    private static readonly string[] DutchPhraseValues = { "PAST_REF", "FUTURE_REF", "PRESENT_REF", "PRESENT_REF", "PRESENT_REF", "PAST_REF", "PAST_REF", "PAST_REF", "PAST_REF" };
    private static readonly string[][] EnglishPhrases = { new[] { "in", "the", "past" }, new[] { "in", "the", "future" }, new[] { "at", "the", "moment" }, new[] { "at", "present" }, new[] { "at", "the", "time" }, new[] { "these", "days" }, new[] { "right", "now" }, new[] { "long", "ago" }, new[] { "earlier", "in", "the", "day" }, new[] { "earlier", "that", "day" } };
    private static readonly string[] EnglishPhraseValues = { "PAST_REF", "FUTURE_REF", "PRESENT_REF", "PRESENT_REF", "PAST_REF", "PRESENT_REF", "PRESENT_REF", "PAST_REF", "PAST_REF", "PAST_REF" };

    public static bool TryWord(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        match = default;
        if (TryPhrase(c, i, out match))
        {
            return true;
        }

        if (c.IsWord(i, "nu") && c.IsSymbol(i + 1, '.') && c.Touch(i, i + 1) && c.IsPlainWord(i + 2) && c.Touch(i + 1, i + 2))
        {
            return false;
        }

        if (word.Has(TimeWordFlags.Ambiguous))
        {
            if (ComparisonFollows(c, i))
            {
                return false;
            }

            if (c.TryWord(i + 1, out var next) && next.Kind == TimeWordKind.Shift && ShiftRules.TryMatch(c, i + 1, next, out var date) && date.Kind == TimeExpressionKind.Date)
            {
                match = date.From(i);
                return true;
            }

            if (!c.StartsSentence(i) && !c.EndsClauseAfter(i) && !c.IsAnyWord(i + 1, PlacingWords) && !LooksLikeParticiple(c, i + 1))
            {
                return false;
            }
        }

        match = Reference(c.Anchor, word.Value).At(i, i, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>Multi-word references (in het verleden, at the moment, kort geleden). "in the past five years" is a span, not PAST_REF.</summary>
    public static bool TryPhrase(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var phrases = c.IsEnglish ? EnglishPhrases : DutchPhrases;
        var values = c.IsEnglish ? EnglishPhraseValues : DutchPhraseValues;
        for (var p = 0; p < phrases.Length; p++)
        {
            var phrase = phrases[p];
            if (!c.IsWord(i, phrase[0]))
            {
                continue;
            }

            var k = 1;
            while (k < phrase.Length && c.IsWord(i + k, phrase[k]))
            {
                k++;
            }

            var after = i + phrase.Length;
            if (k < phrase.Length || c.IsKind(after, TimeWordKind.Unit) || c.IsKind(after, TimeWordKind.NumberWord) || c.IsKind(after, TimeWordKind.Quantifier) || c.IsNumber(after))
            {
                continue;
            }

            var value = values[p];
            var reference = value[1] == 'A' ? -1 : value[1] == 'R' ? 0 : 1;
            match = Reference(c.Anchor, reference).At(i, after - 1, TimeExpressionKind.Date);
            return true;
        }

        return false;
    }

    /// <summary>in recent years / weeks: a span of unknown length ending at the article date.</summary>
    public static bool TryRecentSpan(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!c.IsEnglish || !c.IsWord(i, "in") || !c.IsWord(i + 1, "recent") || !c.TryWord(i + 2, out var unit) || unit.Kind != TimeWordKind.Unit || !unit.Has(TimeWordFlags.Plural))
        {
            return false;
        }

        match = new ResolvedTime(CalendarMath.DurationValue((TimeUnit)unit.Value, -1), 0, c.Anchor.LastNumber, (TimeUnit)unit.Value).At(i, i + 2, TimeExpressionKind.Duration);
        return true;
    }

    public static ResolvedTime Reference(TimeAnchor anchor, int direction) => direction switch
    {
        < 0 => anchor.Before("PAST_REF", anchor.Last),
        0 => anchor.Itself("PRESENT_REF"),
        _ => anchor.After("FUTURE_REF", anchor.First),
    };

    private static bool ComparisonFollows(TimeMatchContext c, int i)
    {
        for (var k = i + 1; k <= i + 5 && c.InRange(k) && !c.StartsSentence(k); k++)
        {
            if (c.IsAnyWord(k, Comparisons))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeParticiple(TimeMatchContext c, int i)
    {
        if (!c.IsPlainWord(i))
        {
            return false;
        }

        var token = c.Token(i);
        var text = c.Text;
        if (c.IsEnglish)
        {
            return token.Length > 3 && text[token.End - 2] == 'e' && text[token.End - 1] == 'd';
        }

        return token.Length >= 5 && (text[token.Start] == 'g' || text[token.Start] == 'G') && text[token.Start + 1] == 'e';
    }
}
