//! Dates as news copy writes them ("October 2, 2025", "Oct. 2", "2 October", "on Monday",
//! "last week", "in 11 days"), resolved against the article's dateline. Past-tense copy means
//! the latest such day on or before the dateline, future tense the first on or after it; a
//! month and day without a year take the year that puts them on the right side of the dateline,
//! so "January 15" in a December article about a deadline is next year.

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// One date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub date: NaiveDate,
    /// Where the phrase that gives it is, in the text searched.
    pub span: Range<usize>,
    pub precision: Precision,
}

/// How a date was given, from the surest to the least sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// Day, month and year written out.
    Full,
    /// Day and month; the year taken from the dateline.
    MonthDay,
    /// A weekday, "yesterday", "in 11 days": counted from the dateline.
    Relative,
    /// "December 2024": a month without its day, given as its last day (what "until" and
    /// "through" mean); no day for an event.
    Month,
    /// "last week", "next month": a span, its first day given.
    Vague,
}

/// Which way from the dateline a date without a year or week lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Whether `word` (in lower case) names a day of the week.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|(name, _)| *name == word)
}

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
    ("a", 1),
];

/// Words that put a sentence's dates after the dateline.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "would",
    "expires",
    "expire",
    "expiring",
    "due",
    "set",
    "scheduled",
    "until",
    "till",
    "next",
    "ends",
    "runs",
    "lapses",
    "deadline",
    "before",
    "upcoming",
    "coming",
    "planned",
    "expected",
];

/// The tense a sentence's dates are read in: future if it speaks of what will be.
pub fn tense_of(sentence: &str) -> Tense {
    let future = words(sentence).any(|(_, word)| {
        let lower = word.to_lowercase();
        FUTURE_MARKERS.contains(&lower.as_str())
    });
    if future { Tense::Future } else { Tense::Past }
}

/// Words with their byte offsets: letters, digits, and the marks inside words.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        let inside = c.is_alphanumeric()
            || (matches!(c, '-' | '\'' | '\u{2019}' | '.' | ',')
                && start.is_some()
                && text[at + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric));
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push((s, &text[s..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

/// Every date in `text`, resolved against `dateline`, read in `tense`.
pub fn find(text: &str, dateline: NaiveDate, tense: Tense) -> Vec<Found> {
    let tokens: Vec<(usize, &str)> = words(text).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((date, used, precision)) = date_at(&tokens[i..], dateline, tense) {
            let (start, _) = tokens[i];
            let (last_at, last) = tokens[i + used - 1];
            let mut end = last_at + last.len();
            // "2 Oct.": the stop after an abbreviated month is part of the phrase.
            if text[end..].starts_with('.') && month(&last.to_lowercase()).is_some() {
                end += 1;
            }
            found.push(Found {
                date,
                span: start..end,
                precision,
            });
            i += used;
        } else {
            i += 1;
        }
    }
    found
}

/// "the end of 2026", "the end of the year", "the end of April [2022]": the last day, after
/// "end of" at tokens 0 and 1.
fn end_of(
    word: &dyn Fn(usize) -> Option<String>,
    dateline: NaiveDate,
    tense: Tense,
) -> Option<(NaiveDate, usize, Precision)> {
    if let Some(year) = word(2).and_then(|w| year_number(&w)) {
        return Some((NaiveDate::from_ymd_opt(year, 12, 31)?, 3, Precision::Full));
    }
    if word(2).as_deref() == Some("the") && word(3).as_deref() == Some("year") {
        let last = NaiveDate::from_ymd_opt(dateline.year(), 12, 31)?;
        return Some((last, 4, Precision::MonthDay));
    }
    // "the end of this month", "the end of next month": counted from the dateline's month.
    let months_on = match (word(2).as_deref(), word(3).as_deref()) {
        (Some("this"), Some("month")) => Some(1),
        (Some("next"), Some("month")) => Some(2),
        _ => None,
    };
    if let Some(months_on) = months_on {
        let last = dateline
            .with_day(1)?
            .checked_add_months(Months::new(months_on))?
            .pred_opt()?;
        return Some((last, 4, Precision::Relative));
    }
    let month = word(2).and_then(|w| month(&w))?;
    month_end(
        month,
        word(3).and_then(|w| year_number(&w)),
        dateline,
        tense,
    )
}

/// A date starting at the first token: the date, how many tokens it used, and how sure it is.
fn date_at(
    tokens: &[(usize, &str)],
    dateline: NaiveDate,
    tense: Tense,
) -> Option<(NaiveDate, usize, Precision)> {
    let word = |i: usize| tokens.get(i).map(|(_, w)| w.to_lowercase());
    let first = word(0)?;
    // ISO dates: 2025-10-02.
    if let Ok(date) = NaiveDate::parse_from_str(&first, "%Y-%m-%d") {
        return Some((date, 1, Precision::Full));
    }
    if first == "end" && word(1).as_deref() == Some("of") {
        return end_of(&word, dateline, tense);
    }
    // "through December 2024".
    if let Some(month) = month(&first)
        && let Some(year) = word(1).and_then(|w| year_number(&w))
    {
        let last = NaiveDate::from_ymd_opt(year, month, 1)?
            .checked_add_months(Months::new(1))?
            .pred_opt()?;
        return Some((last, 2, Precision::Month));
    }
    // Month Day[, Year] / Month. Day
    // Month Day [Year], or Day Month [Year]. "May" alone is usually the verb: a month first
    // needs a day after it.
    let month_day = match month(&first) {
        Some(month) => Some((month, word(1).and_then(|w| day_number(&w))?)),
        None => day_number(&first)
            .and_then(|day| word(1).and_then(|w| month(&w)).map(|month| (month, day))),
    };
    if let Some((month, day)) = month_day {
        let year = word(2).and_then(|w| year_number(&w));
        // A comma between day and year is punctuation, not part of either token.
        return match year {
            Some(year) => Some((
                NaiveDate::from_ymd_opt(year, month, day)?,
                3,
                Precision::Full,
            )),
            None => Some(with_year_word(
                month,
                day,
                word(2).as_deref(),
                word(3).as_deref(),
                dateline,
                tense,
            )?),
        };
    }
    let bare = first.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    // "Thursday, June 30, 2016", "yesterday (May 18 - ed.)": the date after a day counted
    // from the dateline says which day it is.
    let relative = WEEKDAYS.iter().any(|(name, _)| *name == bare)
        || matches!(first.as_str(), "yesterday" | "today" | "tomorrow");
    if relative
        && let Some((date, used, precision)) = tokens
            .get(1..)
            .and_then(|rest| date_at(rest, dateline, tense))
            .filter(|(_, _, precision)| *precision <= Precision::MonthDay)
    {
        return Some((date, used + 1, precision));
    }
    if let Some(weekday) = WEEKDAYS.iter().find(|(name, _)| *name == bare).map(|w| w.1) {
        return Some((
            nearest_weekday(weekday, dateline, tense),
            1,
            Precision::Relative,
        ));
    }
    match first.as_str() {
        "yesterday" => return Some((dateline.pred_opt()?, 1, Precision::Relative)),
        "today" => return Some((dateline, 1, Precision::Relative)),
        "tomorrow" => return Some((dateline.succ_opt()?, 1, Precision::Relative)),
        "last" | "next" | "this" => return span_from(&first, &word(1)?, dateline),
        "in" | "within" => {
            // "in 11 days", "in two weeks"
            let count = word(1).and_then(|w| count_number(&w))?;
            let unit = word(2)?;
            let days = match unit.as_str() {
                "day" | "days" => count,
                "week" | "weeks" => count * 7,
                _ => return None,
            };
            return Some((
                dateline.checked_add_days(Days::new(days))?,
                3,
                Precision::Relative,
            ));
        }
        _ => {}
    }
    // "11 days ago"
    if let Some(count) = count_number(&first)
        && let Some(unit) = word(1)
        && word(2).as_deref() == Some("ago")
    {
        let days = match unit.as_str() {
            "day" | "days" => count,
            "week" | "weeks" => count * 7,
            _ => return None,
        };
        return Some((
            dateline.checked_sub_days(Days::new(days))?,
            3,
            Precision::Relative,
        ));
    }
    None
}

/// A month and day, and the year "next year", "this year" or "last year" after it gives, or
/// else the year that puts it on the tense's side of the dateline.
fn with_year_word(
    month: u32,
    day: u32,
    first: Option<&str>,
    second: Option<&str>,
    dateline: NaiveDate,
    tense: Tense,
) -> Option<(NaiveDate, usize, Precision)> {
    let shift = match (first, second) {
        (Some("next"), Some("year")) => Some(1),
        (Some("this"), Some("year")) => Some(0),
        (Some("last"), Some("year")) => Some(-1),
        _ => None,
    };
    match shift {
        Some(shift) => Some((
            NaiveDate::from_ymd_opt(dateline.year() + shift, month, day)?,
            4,
            Precision::MonthDay,
        )),
        None => Some((
            month_day(month, day, dateline, tense)?,
            2,
            Precision::MonthDay,
        )),
    }
}

/// "last week", "next month", "this week": the span's first day.
fn span_from(
    which: &str,
    unit: &str,
    dateline: NaiveDate,
) -> Option<(NaiveDate, usize, Precision)> {
    let sign: i64 = match which {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    match unit {
        "week" => {
            let monday = dateline
                - chrono::TimeDelta::days(i64::from(dateline.weekday().num_days_from_monday()));
            Some((monday + chrono::TimeDelta::weeks(sign), 2, Precision::Vague))
        }
        "month" => {
            let first_day = dateline.with_day(1)?;
            let shifted = match sign {
                -1 => first_day.checked_sub_months(Months::new(1))?,
                1 => first_day.checked_add_months(Months::new(1))?,
                _ => first_day,
            };
            Some((shifted, 2, Precision::Vague))
        }
        _ => None,
    }
}

pub(super) fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    MONTHS.iter().find(|(name, _)| *name == word).map(|m| m.1)
}

/// "the end of April [2022]": the month's last day, in the year given or the one the tense
/// points to. Returns the date, the tokens it used ("end of April [2022]") and how sure it is.
fn month_end(
    month: u32,
    year: Option<i32>,
    dateline: NaiveDate,
    tense: Tense,
) -> Option<(NaiveDate, usize, Precision)> {
    let last_day = |year: i32| {
        NaiveDate::from_ymd_opt(year, month, 1)?
            .checked_add_months(Months::new(1))?
            .pred_opt()
    };
    if let Some(year) = year {
        return Some((last_day(year)?, 4, Precision::Full));
    }
    // The year a month and day fall in on the tense's side of the dateline, as for "April 30".
    let day = last_day(dateline.year())?.day();
    let year = month_day(month, day, dateline, tense)?.year();
    Some((last_day(year)?, 3, Precision::MonthDay))
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .trim_end_matches(',')
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    let word = word.trim_end_matches(',');
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1900..=2200).contains(y))
}

fn count_number(word: &str) -> Option<u64> {
    if let Ok(n) = word.parse::<u64>() {
        return (n <= 3660).then_some(n);
    }
    NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|n| n.1)
}

/// A month and day without a year: the year that puts it on the tense's side of the dateline,
/// and nearest to it.
fn month_day(month: u32, day: u32, dateline: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let candidates: Vec<NaiveDate> = [-1, 0, 1]
        .iter()
        .filter_map(|offset| NaiveDate::from_ymd_opt(dateline.year() + offset, month, day))
        .collect();
    let on_side = candidates.iter().copied().filter(|date| match tense {
        Tense::Past => *date <= dateline,
        Tense::Future => *date >= dateline,
    });
    let nearest = |dates: &mut dyn Iterator<Item = NaiveDate>| {
        dates.min_by_key(|date| (*date - dateline).num_days().abs())
    };
    // Candidates lie within a year either side, so the nearest on the right side is the one.
    nearest(&mut on_side.clone()).or_else(|| nearest(&mut candidates.iter().copied()))
}

/// "on Monday": in past-tense copy the latest Monday on or before the dateline; in future
/// tense the first on or after it.
fn nearest_weekday(weekday: Weekday, dateline: NaiveDate, tense: Tense) -> NaiveDate {
    let from = i64::from(dateline.weekday().num_days_from_monday());
    let to = i64::from(weekday.num_days_from_monday());
    let delta = match tense {
        Tense::Past => -((from - to).rem_euclid(7)),
        Tense::Future => (to - from).rem_euclid(7),
    };
    dateline + chrono::TimeDelta::days(delta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[rstest]
    #[case(
        "expires on October 2, 2025.",
        "2025-09-23",
        "2025-10-02",
        Precision::Full
    )]
    #[case(
        "expires on Oct. 2, 2025.",
        "2025-09-23",
        "2025-10-02",
        Precision::Full
    )]
    #[case("on 2 October 2025", "2025-09-23", "2025-10-02", Precision::Full)]
    #[case(
        "the mandate ended Thursday, June 30, 2016",
        "2016-07-01",
        "2016-06-30",
        Precision::Full
    )]
    #[case(
        "The mission ended yesterday (May 18 - ed.).",
        "2024-05-20",
        "2024-05-18",
        Precision::MonthDay
    )]
    #[case(
        "to stay through February 2028.",
        "2027-08-15",
        "2028-02-29",
        Precision::Month
    )]
    #[case(
        "the mandate expires October 2",
        "2025-09-23",
        "2025-10-02",
        Precision::MonthDay
    )]
    #[case(
        "the mandate expires Oct. 2",
        "2025-09-23",
        "2025-10-02",
        Precision::MonthDay
    )]
    #[case(
        "whose mandate expires in 11 days",
        "2025-09-23",
        "2025-10-04",
        Precision::Relative
    )]
    #[case(
        "it expires in eleven days",
        "2025-09-23",
        "2025-10-04",
        Precision::Relative
    )]
    #[case(
        "the council voted on Monday",
        "2025-09-23",
        "2025-09-22",
        Precision::Relative
    )]
    #[case(
        "the council voted on Tuesday",
        "2025-09-23",
        "2025-09-23",
        Precision::Relative
    )]
    #[case(
        "the council voted on Wednesday",
        "2025-09-23",
        "2025-09-17",
        Precision::Relative
    )]
    #[case(
        "the council will vote on Friday",
        "2025-09-23",
        "2025-09-26",
        Precision::Relative
    )]
    #[case(
        "the mandate expires on January 15",
        "2025-12-20",
        "2026-01-15",
        Precision::MonthDay
    )]
    #[case(
        "troops arrived on December 30",
        "2026-01-04",
        "2025-12-30",
        Precision::MonthDay
    )]
    #[case("they met last week", "2025-09-24", "2025-09-15", Precision::Vague)]
    #[case(
        "the mandate runs until 30 April next year",
        "2025-05-09",
        "2026-04-30",
        Precision::MonthDay
    )]
    #[case(
        "the mandate runs until 30 April",
        "2025-05-09",
        "2026-04-30",
        Precision::MonthDay
    )]
    #[case(
        "the mandate runs until the end of April",
        "2022-02-01",
        "2022-04-30",
        Precision::MonthDay
    )]
    #[case(
        "the mandate runs until the end of February 2024",
        "2023-11-01",
        "2024-02-29",
        Precision::Full
    )]
    #[case(
        "extended for another year, taking it to the end of 2026",
        "2025-12-24",
        "2026-12-31",
        Precision::Full
    )]
    #[case(
        "the troops stay until the end of the year",
        "2024-05-03",
        "2024-12-31",
        Precision::MonthDay
    )]
    #[case(
        "the mission left at the end of March",
        "2025-05-01",
        "2025-03-31",
        Precision::MonthDay
    )]
    #[case(
        "the mandate runs until the end of January",
        "2025-12-20",
        "2026-01-31",
        Precision::MonthDay
    )]
    #[case(
        "whose mandate expires at the end of this month",
        "2025-09-10",
        "2025-09-30",
        Precision::Relative
    )]
    #[case(
        "the mandate runs out at the end of next month",
        "2024-12-15",
        "2025-01-31",
        Precision::Relative
    )]
    #[case("they met yesterday", "2026-01-01", "2025-12-31", Precision::Relative)]
    #[case(
        "it ran out three days ago",
        "2026-01-02",
        "2025-12-30",
        Precision::Relative
    )]
    fn resolves_dates_against_the_dateline(
        #[case] text: &str,
        #[case] dateline: &str,
        #[case] expected: &str,
        #[case] precision: Precision,
    ) {
        let found = find(text, date(dateline), tense_of(text));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].date, date(expected));
        assert_eq!(found[0].precision, precision);
    }

    #[test]
    fn the_phrase_is_the_words_that_give_the_date() {
        let text = "before it expires on Oct. 2, 2025, officials said";
        let found = find(text, date("2025-09-23"), Tense::Future);
        assert_eq!(&text[found[0].span.clone()], "Oct. 2, 2025");
        let text = "It ends Oct. 2.";
        let found = find(text, date("2025-09-23"), Tense::Future);
        assert_eq!(&text[found[0].span.clone()], "Oct. 2");
    }

    #[rstest]
    #[case("The May meeting")]
    #[case("It may rain")]
    #[case("5,500 personnel")]
    #[case("in 2025 the force grew")]
    fn finds_no_date_where_there_is_none(#[case] text: &str) {
        assert_eq!(find(text, date("2025-09-23"), Tense::Past), []);
    }
}
