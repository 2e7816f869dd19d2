//! Sentences by rule: a full stop, question or exclamation mark (and any closing quote or
//! bracket after it) ends a sentence when the next word starts like one, unless the word before
//! it is an abbreviation wire copy uses ("Mr.", "Gen.", "U.S.", "Oct.") or an initial. When in
//! doubt it does not split: a sentence too long only makes an excerpt longer, one cut short
//! could part a quote from its attribution.

use std::ops::Range;

/// Abbreviations after which a full stop does not end a sentence, compared without the stop.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm",
    "Cmdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Amb", "Pres", "Supt", "Insp", "St", "Jr",
    "Sr", "Mt", "Ft", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "vs",
    "v", "approx", "est", "Inc", "Ltd", "Co", "Corp", "Dept", "Univ", "al", "cf", "ca",
];

/// Closing marks that may follow a sentence's final stop and still belong to that sentence.
pub const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}'];

/// The sentences of one paragraph, as byte ranges of `text` inside `paragraph`, trimmed.
pub fn split(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    let body = &text[paragraph.clone()];
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '\u{2026}') {
            let mut end = i + 1;
            while end < chars.len() && (CLOSERS.contains(&chars[end].1) || chars[end].1 == '.') {
                end += 1;
            }
            let next_word = chars[end..].iter().position(|(_, c)| !c.is_whitespace());
            let spaced = next_word.is_some_and(|n| n > 0);
            let next = next_word.map(|n| chars[end + n].1);
            if spaced
                && next.is_some_and(starts_a_sentence)
                && !(c == '.' && is_abbreviation(&body[..at], next))
            {
                let stop = chars.get(end).map_or(body.len(), |(b, _)| *b);
                push_trimmed(&mut sentences, body, start..stop, paragraph.start);
                start = stop;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut sentences, body, start..body.len(), paragraph.start);
    sentences
}

fn push_trimmed(out: &mut Vec<Range<usize>>, body: &str, range: Range<usize>, offset: usize) {
    let piece = &body[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if range.start + lead < range.end - trail {
        out.push(offset + range.start + lead..offset + range.end - trail);
    }
}

fn starts_a_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\u{201c}' | '\u{2018}' | '\'' | '(' | '[' | '\u{ab}'
        )
}

/// Whether the word that ends `before` (just before a full stop) is an abbreviation or an
/// initial, so that the stop does not end the sentence.
fn is_abbreviation(before: &str, next: Option<char>) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}'))
        .next()
        .unwrap_or("");
    let word = word.trim_start_matches(['\u{2018}', '\'']);
    if word.is_empty() {
        return false;
    }
    // "U.S", "U.N", "a.m", "e.g": letters parted by stops. A lone capital is an initial.
    let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2);
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if initial || ABBREVIATIONS.contains(&word) {
        return true;
    }
    // "U.S. officials": dotted initials are not an end unless a new sentence clearly starts,
    // which a quote mark or a digit does not say for sure either; keep them together.
    dotted && next.is_some_and(|c| !c.is_lowercase())
}

/// The index of the sentence holding byte `at`, or the last one before it.
pub fn index_at(sentences: &[Range<usize>], at: usize) -> Option<usize> {
    sentences
        .iter()
        .rposition(|sentence| sentence.start <= at)
        .or(if sentences.is_empty() { None } else { Some(0) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[rstest]
    #[case::plain("One here. Two there.", &["One here.", "Two there."])]
    #[case::honorific("Mr. Landau said so. He left.", &["Mr. Landau said so.", "He left."])]
    #[case::dotted_country("The U.S. Mission spoke. It ended.", &["The U.S. Mission spoke.", "It ended."])]
    #[case::month("It ends Oct. 2, 2025. Then what?", &["It ends Oct. 2, 2025.", "Then what?"])]
    #[case::rank("Lt. Gen. Amina Yusuf arrived. She spoke.", &["Lt. Gen. Amina Yusuf arrived.", "She spoke."])]
    #[case::initial("John F. Kennedy said it. Yes.", &["John F. Kennedy said it.", "Yes."])]
    #[case::quote_inside("\u{201c}We stay. We fight,\u{201d} he said. Next.", &["\u{201c}We stay.", "We fight,\u{201d} he said.", "Next."])]
    #[case::closing_quote("\u{201c}We stay.\u{201d} He left.", &["\u{201c}We stay.\u{201d}", "He left."])]
    #[case::lowercase_after_stop("It cost 1.5 million. ok then", &["It cost 1.5 million. ok then"])]
    #[case::decimal("A 2.5 percent rise. Next.", &["A 2.5 percent rise.", "Next."])]
    fn splits_wire_copy_into_sentences(#[case] text: &str, #[case] expected: &[&str]) {
        assert_eq!(sentences(text), expected);
    }
}
