//! Counts of people in uniform: "5,500 personnel", "2,500 Kenyan police officers", "a
//! 5,500-strong force", each with the sentence that states it, and any comparison in that
//! sentence ("more than five times the current size") kept as a note. Casualty counts ("12
//! soldiers were killed") are not a force's size and are left out.

use std::ops::Range;

use super::attribution::Sentence;
use super::tokens::{self, Token};
use super::words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub personnel: u32,
    /// The number as written.
    pub number: Range<usize>,
    /// The words that say what is counted ("personnel", "Kenyan police officers").
    pub unit: Range<usize>,
    pub sentence: Range<usize>,
    /// The force the sentence says it is ("the new force"), when it names one.
    pub force: Option<Range<usize>>,
    /// A comparison in the same sentence, kept as it is written.
    pub comparison: Option<Range<usize>>,
}

const UNITS: &[&str] = &[
    "personnel",
    "troops",
    "soldiers",
    "police",
    "policemen",
    "policewomen",
    "officers",
    "peacekeepers",
    "gendarmes",
    "marines",
    "servicemen",
    "servicemembers",
    "paratroopers",
    "commandos",
    "staff",
    // Observer and monitoring missions count their people so: "240 military observers".
    "observers",
    "monitors",
];

/// Words that may stand between a number and its unit ("2,500 Kenyan police officers").
const BETWEEN: &[&str] = &[
    "more",
    "additional",
    "extra",
    "uniformed",
    "military",
    "civilian",
    "international",
    "foreign",
    "armed",
    "security",
    "police",
    "new",
    "local",
    "multinational",
    "african",
    "un",
    "u.n.",
    "liaison",
];

const CASUALTIES: &[&str] = &[
    "killed",
    "dead",
    "died",
    "wounded",
    "injured",
    "kidnapped",
    "abducted",
    "displaced",
    "arrested",
    "deaths",
    "casualties",
    "murdered",
    "fled",
    "executed",
    "missing",
    "captured",
    "detained",
    "lost",
    "slain",
];

const FORCE_NOUNS: &[&str] = &[
    "force",
    "mission",
    "contingent",
    "deployment",
    "operation",
    "unit",
    "battalion",
    "brigade",
    "team",
    "troop",
];

/// The figures stated in `sentences`.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<Figure> {
    let mut found = Vec::new();
    for sentence in sentences {
        let tokens = tokens::of(text, sentence.range.clone());
        for (i, token) in tokens.iter().enumerate() {
            let Some((personnel, strong)) = number(token.text) else {
                continue;
            };
            let unit = if strong {
                Some(i..i + 1)
            } else {
                unit_after(&tokens, i).or_else(|| unit_before(&tokens, i))
            };
            let Some(unit) = unit else { continue };
            let near = tokens[i.saturating_sub(3)..(unit.end + 5).min(tokens.len())]
                .iter()
                .any(|t| CASUALTIES.contains(&t.lower().as_str()));
            if near {
                continue;
            }
            let force = force_named(&tokens, i, strong);
            found.push(Figure {
                personnel,
                number: token.range(),
                unit: tokens[unit.start].at..tokens[unit.end - 1].end(),
                sentence: sentence.range.clone(),
                force,
                comparison: comparison(&tokens),
            });
        }
    }
    found
}

/// A count written in figures ("5,500", "989"), and whether it is "5,500-strong".
fn number(word: &str) -> Option<(u32, bool)> {
    let (digits, strong) = match word.strip_suffix("-strong") {
        Some(digits) => (digits, true),
        None => (word, false),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    if digits.contains(',') && !digits.split(',').skip(1).all(|group| group.len() == 3) {
        return None;
    }
    let value: u32 = digits.replace(',', "").parse().ok()?;
    (2..=10_000_000).contains(&value).then_some((value, strong))
}

fn unit_after(tokens: &[Token<'_>], at: usize) -> Option<Range<usize>> {
    let mut i = at + 1;
    while i < tokens.len() && i <= at + 4 {
        let word = tokens[i].lower();
        if UNITS.contains(&word.as_str()) {
            // "police officers", "uniformed personnel": take the noun after a modifier unit.
            let mut end = i + 1;
            while tokens
                .get(end)
                .is_some_and(|t| UNITS.contains(&t.lower().as_str()))
            {
                end += 1;
            }
            return Some(at + 1..end);
        }
        // "5,500 uniformed military and police officers"
        let joined = word == "and" && i > at + 1;
        let modifier = BETWEEN.contains(&word.as_str())
            || joined
            || words::country_of(tokens[i].text).is_some()
            || (tokens[i].is_capitalised() && tokens[i].is_word());
        if !modifier {
            return None;
        }
        i += 1;
    }
    None
}

/// "a personnel ceiling of 5,550", "a troop ceiling of 16,215": the unit before the number.
fn unit_before(tokens: &[Token<'_>], at: usize) -> Option<Range<usize>> {
    let of = at.checked_sub(1).filter(|i| tokens[*i].text == "of")?;
    let measure = of.checked_sub(1).filter(|i| {
        matches!(
            tokens[*i].lower().as_str(),
            "ceiling" | "strength" | "total" | "force" | "contingent" | "deployment"
        )
    })?;
    let unit = measure.checked_sub(1)?;
    let word = tokens[unit].lower();
    let unit_word =
        UNITS.contains(&word.as_str()) || matches!(word.as_str(), "troop" | "personnel");
    unit_word.then(|| unit..measure + 1)
}

/// "the new force would comprise 5,500 personnel": the force the figure belongs to, named in
/// the words before it; or after it for "a 5,500-strong force".
fn force_named(tokens: &[Token<'_>], at: usize, strong: bool) -> Option<Range<usize>> {
    if strong {
        let noun = (at + 1..(at + 4).min(tokens.len()))
            .find(|i| FORCE_NOUNS.contains(&tokens[*i].bare().to_lowercase().as_str()))?;
        return Some(tokens[at + 1].at..tokens[noun].end());
    }
    let noun = (at.saturating_sub(8)..at)
        .rev()
        .find(|i| FORCE_NOUNS.contains(&tokens[*i].bare().to_lowercase().as_str()))?;
    let mut start = noun;
    while start > 0 {
        let previous = &tokens[start - 1];
        let lower = previous.lower();
        if matches!(lower.as_str(), "the" | "a" | "an" | "this" | "that") {
            start -= 1;
            break;
        }
        if !previous.is_word() || start + 4 <= noun {
            break;
        }
        start -= 1;
    }
    let first = tokens[start..=noun]
        .iter()
        .position(|t| !matches!(t.lower().as_str(), "the" | "a" | "an" | "this" | "that"))?;
    Some(tokens[start + first].at..tokens[noun].end())
}

/// "more than five times the current size of the MSS", "twice", "double": to the clause's end.
fn comparison(tokens: &[Token<'_>]) -> Option<Range<usize>> {
    let key = tokens.iter().position(|t| {
        matches!(
            t.lower().as_str(),
            "times" | "twice" | "double" | "triple" | "half" | "quadruple"
        )
    })?;
    let mut start = key;
    while start > 0
        && tokens[start - 1].is_word()
        && key - (start - 1) <= 3
        && !matches!(
            tokens[start - 1].lower().as_str(),
            "the" | "is" | "was" | "be" | "would" | "will"
        )
    {
        start -= 1;
    }
    let end = tokens[key..]
        .iter()
        .position(|t| matches!(t.text, "," | "." | ";" | ":" | "\u{2014}"))
        .map_or(tokens.len(), |p| key + p);
    Some(tokens[start].at..tokens[end - 1].end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(u32, String, Option<String>, Option<String>)> {
        let sentence = Sentence {
            range: 0..text.len(),
            paragraph: 0,
        };
        find(text, &[sentence])
            .into_iter()
            .map(|f| {
                (
                    f.personnel,
                    text[f.unit].to_owned(),
                    f.force.map(|r| text[r].to_owned()),
                    f.comparison.map(|r| text[r].to_owned()),
                )
            })
            .collect()
    }

    #[test]
    fn finds_counts_of_people_with_their_unit_and_force() {
        assert_eq!(
            figures(
                "Landau stated that the new force would comprise 5,500 personnel, more than five times the current size of the MSS."
            ),
            [(
                5500,
                "personnel".to_owned(),
                Some("new force".to_owned()),
                Some("more than five times the current size of the MSS".to_owned())
            )]
        );
        assert_eq!(
            figures("Kenya sent 2,500 Kenyan police officers."),
            [(2500, "Kenyan police officers".to_owned(), None, None)]
        );
        assert_eq!(
            figures("A 5,500-strong gang suppression force."),
            [(
                5500,
                "5,500-strong".to_owned(),
                Some("gang suppression force".to_owned()),
                None
            )]
        );
        assert_eq!(
            figures("The mission has 180 liaison officers and 40 military observers."),
            [
                (
                    180,
                    "liaison officers".to_owned(),
                    Some("mission".to_owned()),
                    None
                ),
                (
                    40,
                    "military observers".to_owned(),
                    Some("mission".to_owned()),
                    None
                )
            ]
        );
    }

    #[test]
    fn leaves_out_casualties_years_and_other_counts() {
        assert_eq!(
            figures("Twelve soldiers and 40 police officers were killed."),
            []
        );
        assert_eq!(figures("In 2024 the 32 members met."), []);
    }
}
