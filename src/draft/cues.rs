//! Attributions: the words next to a quotation that say who said it. After it: `X said`,
//! `said X`, `according to X`, a trailing dash. Before it: `X said:`, `X said the mission
//! was`, `According to X,`. A speaker phrase may carry a role between commas on either side of
//! the name ("Jean Dupont, a spokesman for the mission, said"; "the council's chair, Miguel
//! Nsue, said") or an aside ("A spokesperson, speaking on condition of anonymity, said").

use std::ops::Range;

use super::speakers;
use super::tokens::{self, Token};
use super::words;

/// The speaker phrase's words and where the attribution is.
pub type Cue<'a> = (Vec<Token<'a>>, Range<usize>);

/// The attribution after a quotation: a trailing dash, "according to X", "X said", "said X".
pub fn cue_after<'a>(after: &[Token<'a>]) -> Option<Cue<'a>> {
    let start = after.iter().position(|t| t.is_word() || is_dash(t))?;
    let after = &after[start..];
    // "Burundi's President Évariste Ndayishimiye (Summit Chairperson) said": an aside in
    // brackets just before the verb is passed over.
    let without_aside: Vec<Token<'a>>;
    let after = match aside_before_cue(after) {
        Some(aside) => {
            without_aside = after[..aside.start]
                .iter()
                .chain(&after[aside.end..])
                .copied()
                .collect();
            &without_aside[..]
        }
        None => after,
    };
    let stop = after
        .iter()
        .enumerate()
        .position(|(i, t)| ends_speaker(t) && !is_bracketed_acronym(after, i))
        .unwrap_or(after.len());
    let mut clause = &after[..stop];
    if clause.first().is_some_and(is_dash) {
        // "” – again suggesting that ...": after a dash, a speaker opens with a capital or an
        // article; anything else goes on the sentence.
        if clause.get(1).is_some_and(can_start_speaker) {
            let phrase: Vec<Token<'a>> = clause[1..].to_vec();
            let span = span_of(&phrase)?;
            return Some((phrase, span));
        }
        clause = &clause[1..];
    }
    // "..., according to Congolese Foreign Minister Christophe Lutundula."
    if let Some(at) = clause
        .windows(2)
        .position(|w| w[0].is("according") && w[1].is("to"))
    {
        let phrase = according_to(&clause[at + 2..]);
        let span = clause[at].at..span_of(&phrase)?.end;
        return Some((phrase, span));
    }
    // "“...” during a patrol of the village of Sam-Ouandja in the eastern prefecture of
    // Haute-Kotto, UN Secretary-General Antonio Guterres' spokesman Stephane Dujarric told
    // reporters": the verb may come late in the sentence.
    // "“...” as vanguard of the troops Nigeria had promised to send, he said": a verb with an
    // infinitive after it is what someone did, not who spoke, when another cue follows.
    let cues: Vec<usize> = (0..clause.len().min(40))
        .filter(|&i| is_cue_at(clause, i))
        .collect();
    let cue = cues
        .iter()
        .copied()
        .find(|&i| !takes_infinitive(clause, i))
        .or(cues.first().copied())?;
    // "” on the question of the Moroccan Sahara, underlined Mr. Hilale.": after an adverbial
    // phrase and its comma, the speaker follows the verb.
    let adverbial = clause.first().is_some_and(|t| {
        matches!(
            t.text,
            "on" | "in" | "at" | "about" | "regarding" | "during" | "for" | "with" | "after"
        )
    });
    if adverbial && cue > 0 && clause[cue - 1].text == "," {
        let phrase = speaker_after(&clause[cue + 1..]);
        if !phrase.is_empty() {
            let span = clause[cue].at..span_of(&phrase)?.end;
            return Some((phrase, span));
        }
    }
    if cue == 0 {
        let phrase = speaker_after(&clause[1..]);
        let span = clause[0].at..span_of(&phrase)?.end;
        Some((phrase, span))
    } else {
        let phrase = speaker_before(&clause[..cue]);
        let span = start_of(&phrase)?..clause[cue].end();
        Some((phrase, span))
    }
}

/// The attribution before a quotation: "X said:", "X said the mission was", "According to X,".
pub fn cue_before<'a>(before: &[Token<'a>]) -> Option<Cue<'a>> {
    // "According to Reuters, ECOWAS commissioner, Abdel-Fatau Musah, was quoted to have said":
    // a verb of speech after "according to" names the speaker, not the outlet.
    let last_cue = (0..before.len()).rev().find(|&i| is_cue_at(before, i));
    if let Some(at) = before
        .windows(2)
        .rposition(|w| w[0].is("according") && w[1].is("to"))
        && last_cue.is_none_or(|cue| cue < at)
    {
        let phrase = according_to(&before[at + 2..]);
        if !phrase.is_empty() {
            let span = before[at].at..span_of(&phrase)?.end;
            return Some((phrase, span));
        }
    }
    let cue = last_cue?;
    if let Some(quoted) = quoted_as_saying(before, cue) {
        let span = start_of(&quoted)?..before[cue].end();
        return Some((quoted, span));
    }
    let phrase = speaker_before(&before[..cue]);
    // "China criticized the US ..., and said the penholder ...": the verb's subject is the
    // clause's first.
    // "Ahmet Yildiz paid tribute to the fallen, saying:": so is a participle's after a comma.
    // "Mudavadi announced his arrival in the country stating, “...”": so is one with no comma
    // when no subject stands just before it ("Footage shows a soldier saying:" is the soldier).
    let participle = cue > 0
        && words::is_participle_cue(before[cue].text)
        && (before[cue - 1].text == "," || phrase.is_empty());
    let and_said = cue > 0 && matches!(before[cue - 1].lower().as_str(), "and" | "but");
    // "Mr Annadif expressed his pain following the attack against the peacekeepers in Mali and
    // said": a phrase that runs into the "and" is the object, not the subject.
    let runs_into_and = phrase
        .last()
        .is_some_and(|t| matches!(t.lower().as_str(), "and" | "but"));
    if (((phrase.is_empty() || runs_into_and) && and_said) || participle)
        && let Some(first) = clause_start(&before[..cue])
    {
        let phrase = speaker_after(&before[first..]);
        if !phrase.is_empty() {
            let span = start_of(&phrase)?..before[cue].end();
            return Some((phrase, span));
        }
    }
    if phrase.is_empty() {
        // "Said Landau: ..." or "asked about it, said the minister:"; but "urged Central
        // African Republic authorities to investigate" names whom the speaker urged.
        let phrase = speaker_after(&before[cue + 1..]);
        let span = before[cue].at..span_of(&phrase)?.end;
        let takes_object = matches!(
            before[cue].lower().as_str(),
            "urged" | "urges" | "asked" | "asks" | "called" | "calls" | "encouraged" | "told"
        );
        let object = takes_object
            && before
                .iter()
                .find(|t| t.at >= span.end)
                .is_some_and(|t| t.is("to"));
        return (!object).then_some((phrase, span));
    }
    let span = start_of(&phrase)?..before[cue].end();
    Some((phrase, span))
}

/// "The council was warned the country is “...” by Nicholas Haysom, head of ...": a verb of
/// speech in the passive before the quotation, and "by" and who spoke right after it.
pub fn passive_by<'a>(before: &[Token<'a>], after: &[Token<'a>]) -> Option<Cue<'a>> {
    let by = after.iter().position(Token::is_word)?;
    if !after[by].is("by") {
        return None;
    }
    // "was warned", "was this week warned", "were repeatedly told".
    let passive = (0..before.len()).any(|at| {
        matches!(
            before[at].lower().as_str(),
            "was" | "were" | "been" | "being"
        ) && (at + 1..before.len().min(at + 5))
            .take_while(|&k| before[k].is_word())
            .any(|k| {
                // "was quoted as saying “...” by the Daily Nation": the outlet only quotes.
                let reported = matches!(
                    before[k].lower().as_str(),
                    "quoted" | "cited" | "reported" | "paraphrased"
                );
                before[k].text.ends_with("ed") && !reported && is_cue_at(before, k)
            })
    });
    if !passive {
        return None;
    }
    let phrase = speaker_after(&after[by + 1..]);
    let span = after[by].at..span_of(&phrase)?.end;
    Some((phrase, span))
}

/// "Major Mpho Mathebula ... quotes him as saying:": the one quoted is the speaker, not the
/// one quoting ("was quoted as saying" has no one between, and goes on as any other cue).
fn quoted_as_saying<'a>(before: &[Token<'a>], cue: usize) -> Option<Vec<Token<'a>>> {
    if cue < 2 || !before[cue - 1].is("as") {
        return None;
    }
    let verb = (cue.saturating_sub(10)..cue - 1)
        .rev()
        .find(|&i| matches!(before[i].lower().as_str(), "quotes" | "quoted" | "quoting"))?;
    let object = &before[verb + 1..cue - 1];
    match object {
        [] => None,
        [pronoun] if matches!(pronoun.lower().as_str(), "him" | "her" | "them") => {
            Some(vec![*pronoun])
        }
        _ => Some(speaker_after(object)).filter(|phrase| !phrase.is_empty()),
    }
}

/// Where a clause's subject starts: its first word, or past an opening phrase and its comma
/// ("In an address at their headquarters on Wednesday, Bawumia commended ... and urged").
pub(super) fn clause_start(tokens: &[Token<'_>]) -> Option<usize> {
    let first = tokens.iter().position(Token::is_word)?;
    if !words::opens_adverbial_phrase(&tokens[first].lower()) {
        return Some(first);
    }
    // "..., Al-Qawzah, Lebanon, Bawumia": a country between commas is still the place.
    let after_commas = (first..tokens.len())
        .filter(|&i| tokens[i].text == ",")
        .map(|i| i + 1);
    let subject = after_commas.into_iter().find(|&at| {
        at < tokens.len()
            && !(words::country_of(tokens[at].text).is_some()
                && tokens.get(at + 1).is_some_and(|t| t.text == ","))
    });
    Some(subject.unwrap_or(first))
}

/// Whether the word at `at` is a verb of speech: "the continued presence", "his noted
/// absence", "Libya continued to be", "is said to be" are not.
fn is_cue_at(tokens: &[Token<'_>], at: usize) -> bool {
    // "..., saying: “...”", and "sent greetings, saying, “...”" just before the quotation.
    let participle = words::is_participle_cue(tokens[at].text)
        && match tokens.get(at + 1) {
            Some(t) if t.text == ":" => true,
            Some(t) => t.text == "," && at + 2 == tokens.len(),
            None => false,
        };
    let infinitive = match (tokens.get(at + 1), tokens.get(at + 2)) {
        (Some(to), Some(next)) if to.is("to") => {
            matches!(
                tokens[at].lower().as_str(),
                "continued" | "continues" | "added"
            ) || matches!(next.lower().as_str(), "be" | "have")
        }
        _ => false,
    };
    (words::is_cue(tokens[at].text) || participle)
        && !infinitive
        && !at.checked_sub(1).is_some_and(|i| {
            matches!(
                tokens[i].lower().as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this"
            )
        })
}

/// "promised to send": a verb of commitment with "to" after it (not "said to applause").
fn takes_infinitive(tokens: &[Token<'_>], at: usize) -> bool {
    matches!(
        tokens[at].lower().as_str(),
        "promised" | "pledged" | "vowed" | "agreed" | "threatened" | "refused" | "offered"
    ) && tokens.get(at + 1).is_some_and(|t| t.is("to"))
        && tokens
            .get(at + 2)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && !t.is("the"))
}

/// Who words are "according to": a speaker phrase, or a pronoun alone ("According to him,").
fn according_to<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    match tokens {
        [pronoun, rest @ ..]
            if matches!(pronoun.lower().as_str(), "him" | "her" | "them")
                && rest.first().is_none_or(|t| !t.is_word()) =>
        {
            vec![*pronoun]
        }
        _ => speaker_after(tokens),
    }
}

/// The speaker phrase that follows a verb: a name or noun phrase, and a role after a comma.
pub fn speaker_after<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // "the Intergovernmental Authority on Development (IGAD) Special Envoy": an acronym
        // in brackets inside the phrase, when the phrase goes on after it.
        if i > 0
            && is_bracketed_acronym(tokens, i)
            && tokens.get(i + 3).is_some_and(|t| {
                t.is_capitalised() && !words::is_weekday(t.bare()) && !words::is_month(t.bare())
            })
        {
            out.extend_from_slice(&tokens[i..i + 3]);
            i += 3;
            continue;
        }
        if !(fits_speaker(&tokens[i]) || (i > 0 && joins_role(tokens, i))) {
            break;
        }
        out.push(tokens[i]);
        i += 1;
    }
    // "The US-drafted resolution for 4,000 additional peacekeepers": a phrase does not end
    // on a word that joins it to the next.
    while out.last().is_some_and(|t| {
        words::is_connector(t.text) || matches!(t.text, "to" | "on" | "in" | "at" | "from")
    }) {
        out.pop();
        i -= 1;
    }
    if tokens.get(i).is_some_and(|t| t.text == ",") {
        let rest = &tokens[i + 1..];
        let end = rest
            .iter()
            .position(|t| matches!(t.text, "," | "." | ";"))
            .unwrap_or(rest.len());
        let appositive = &rest[..end];
        let clause = appositive.first().is_some_and(|t| t.text == "who");
        if appositive.len() <= 14
            && (clause || appositive.iter().take(8).any(|t| words::is_title(t.bare())))
        {
            out.push(tokens[i]);
            out.extend_from_slice(appositive);
        }
    }
    out
}

/// The subject before a verb. Its clause is read in comma-separated parts from the verb back:
/// the part just before the verb is the subject; when a comma stands before the verb, the
/// parts are a name and a role in either order ("X, ROLE, said"; "ROLE, X, said"), maybe with
/// an aside to pass over ("X, speaking on condition of anonymity, said").
pub fn speaker_before<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut parts: Vec<&[Token<'a>]> = tokens.split(|t| t.text == ",").collect();
    parts.reverse();
    let Some(last) = parts.first() else {
        return Vec::new();
    };
    let subject = subject_tail(last);
    // "Nicholas Haysom, head of UNMISS told journalists": a role with no closing comma before
    // the verb, after the name it describes.
    // The name must be the whole part: "at Jamaica House in St Andrew, the prime minister
    // said" is a place and a title, not a name and a role.
    if let Some(before) = parts.get(1).map(|p| subject_tail(p))
        && is_role(subject)
        && !names_someone(subject)
        && names_someone(before)
        && parts
            .get(1)
            .is_some_and(|p| tokens::trim_marks(p).len() == before.len())
    {
        let mut phrase = before.to_vec();
        phrase.push(Token { at: 0, text: "," });
        phrase.extend_from_slice(subject);
        return phrase;
    }
    if !subject.is_empty() || parts.len() < 2 {
        return subject.to_vec();
    }
    let mut rest: Vec<&[Token<'a>]> = parts[1..].to_vec();
    // "Rubio, a former US Senator, who was born in Miami, Florida to Cuban immigrants, said":
    // a relative clause, whatever commas it holds, describes the subject before it.
    let relative = rest.iter().position(|part| {
        part.iter()
            .find(|t| t.is_word())
            .is_some_and(|t| matches!(t.lower().as_str(), "who" | "whose"))
    });
    // Only when no part between it and the verb is a role ("Addressing the soldiers, who
    // returned on Friday, the army commander, General Peter Njoroge, said").
    if let Some(who) = relative.filter(|&who| {
        who + 1 < rest.len()
            && rest[..who]
                .iter()
                .all(|part| !is_role(tokens::trim_marks(part)))
    }) {
        rest.drain(..=who);
    }
    while rest.len() > 1 && is_aside(rest[0]) {
        rest.remove(0);
    }
    let nearest = subject_tail(rest[0]);
    let further = rest.get(1).map_or(&[][..], |p| subject_tail(p));
    let comma = Token { at: 0, text: "," };
    // "Mohammed Omar, representative of the Polisario Front, said": a part opening with a
    // lower-case office is the role of the name before it, whatever capitals end it.
    let role_part = tokens::trim_marks(rest[0]);
    let opens_with_office = role_part
        .first()
        .is_some_and(|t| !t.is_capitalised() && words::is_title(t.bare()));
    if opens_with_office && names_someone(further) {
        let mut phrase = further.to_vec();
        phrase.push(comma);
        phrase.extend_from_slice(role_part);
        return phrase;
    }
    if names_someone(nearest) {
        let mut phrase = nearest.to_vec();
        if !further.is_empty() && !names_someone(further) && is_role(further) {
            phrase.push(comma);
            phrase.extend_from_slice(further);
        }
        return phrase;
    }
    // "Wu Haitao, the charge d'affaires of China's Permanent Mission to the United Nations,
    // told": the whole part between the commas is the role, not just its capitalised tail.
    if is_role(role_part) && names_someone(further) {
        let mut phrase = further.to_vec();
        phrase.push(comma);
        phrase.extend_from_slice(role_part);
        return phrase;
    }
    nearest.to_vec()
}

/// The trailing words of a part that can make a speaker phrase, starting at a word that can
/// begin one.
pub fn subject_tail<'b, 'a>(part: &'b [Token<'a>]) -> &'b [Token<'a>] {
    // "Fils-Aimé also hailed", "Ruto has repeatedly said": words between subject and verb.
    let mut part = part;
    loop {
        match part {
            [rest @ .., last] if is_between_subject_and_verb(last) => part = rest,
            // "The Caribbean Community (CARICOM) on Wednesday said".
            [rest @ .., on, day] if on.is("on") && words::is_weekday(day.bare()) => part = rest,
            // "the UN in a report on Wednesday called".
            [rest @ .., in_, a, document]
                if in_.is("in")
                    && matches!(a.lower().as_str(), "a" | "its" | "the")
                    && words::is_document(document.bare()) =>
            {
                part = rest;
            }
            _ => break,
        }
    }
    // "... (MONUSCO) said": the acronym in brackets names the speaker.
    if let [.., open, acronym, close] = part
        && open.text == "("
        && close.text == ")"
        && speakers::is_acronym(acronym.text)
    {
        return &part[part.len() - 2..part.len() - 1];
    }
    let mut start = part.len();
    loop {
        if start > 0 && (fits_speaker(&part[start - 1]) || joins_role(part, start - 1)) {
            start -= 1;
        } else if start >= 3 && is_bracketed_acronym(part, start - 3) {
            // "A senior Lesotho Defence Force (LDF) official said".
            start -= 3;
        } else {
            break;
        }
    }
    // "But she warned": a sentence's opening conjunction is not part of who spoke.
    while start < part.len()
        && (!can_start_speaker(&part[start])
            || (part.len() - start > 1 && words::is_opening_word(part[start].text)))
    {
        start += 1;
    }
    // "a statement issued after a summit in Tanzania on Friday said": a place is not who
    // spoke; "in Abuja the Authority of Heads of State said": who follows it is.
    if start > 0 && matches!(part[start - 1].text, "in" | "at") {
        while start < part.len() && part[start].is_capitalised() {
            start += 1;
        }
        if part.get(start).is_none_or(|t| !t.is("the")) {
            return &[];
        }
    }
    &part[start..]
}

fn is_between_subject_and_verb(token: &Token<'_>) -> bool {
    let lower = token.lower();
    matches!(
        lower.as_str(),
        "also"
            | "later"
            | "then"
            | "again"
            | "further"
            | "earlier"
            | "once"
            | "has"
            | "have"
            | "had"
            | "was"
            | "is"
            | "were"
            | "would"
            | "will"
            | "meanwhile"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "too"
            | "both"
            | "all"
            | "had earlier"
    ) || (lower.len() > 4 && lower.ends_with("ly") && token.is_word() && !token.is_capitalised())
}

fn names_someone(part: &[Token<'_>]) -> bool {
    speakers::titled_name(part, 0).is_some_and(|(name, _)| {
        name.end == part.len()
            || speakers::complement(part, name.end).is_some_and(|c| c.end == part.len())
    }) && !part.iter().all(|t| speakers::is_acronym(t.text))
}

fn is_role(part: &[Token<'_>]) -> bool {
    !part.is_empty() && part.iter().any(|t| words::is_title(t.bare()))
}

/// A part that is neither name nor role: "speaking on condition of anonymity", "in a statement".
fn is_aside(part: &[Token<'_>]) -> bool {
    part.first().is_some_and(|t| {
        t.is_word() && !t.is_capitalised() && !can_start_speaker(t) && !words::is_title(t.bare())
    })
}

/// Words that end a speaker phrase after "said": "said Landau on Monday".
fn ends_speaker(token: &Token<'_>) -> bool {
    matches!(
        token.text,
        "." | ";" | ":" | "!" | "?" | "\u{201c}" | "\u{201d}" | "\"" | "("
    )
}

/// The brackets of an aside of a few words that ends just before a verb of speech, when
/// nothing else has ended the phrase before them.
fn aside_before_cue(tokens: &[Token<'_>]) -> Option<Range<usize>> {
    let open = tokens.iter().position(ends_speaker)?;
    if tokens[open].text != "(" || is_bracketed_acronym(tokens, open) {
        return None;
    }
    let close = (open + 1..tokens.len().min(open + 8)).find(|&at| tokens[at].text == ")")?;
    tokens
        .get(close + 1)
        .is_some_and(|verb| words::is_cue(verb.text))
        .then_some(open..close + 1)
}

/// "(NPS)" in "Kenya's National Police Service (NPS) revealed": not the end of the phrase.
fn is_bracketed_acronym(tokens: &[Token<'_>], at: usize) -> bool {
    tokens[at].text == "("
        && tokens
            .get(at + 1)
            .is_some_and(|t| speakers::is_acronym(t.text) || t.text == "US")
        && tokens.get(at + 2).is_some_and(|t| t.text == ")")
}

fn can_start_speaker(token: &Token<'_>) -> bool {
    // "al-Burhan said": a name can open with its particle.
    let particle_name = token.text.contains('-') && words::is_name_particle(token.text);
    token.is_capitalised()
        || particle_name
        || matches!(
            token.lower().as_str(),
            "the"
                | "a"
                | "an"
                | "he"
                | "she"
                | "it"
                | "they"
                | "one"
                | "two"
                | "three"
                | "some"
                | "several"
                | "many"
                | "another"
        )
        || words::is_title(token.bare())
        || words::is_unnamed_group(token.text)
}

/// Words a speaker phrase is made of: names, titles, articles, and the lower-case words of a
/// role ("a spokesperson for the ministry").
fn fits_speaker(token: &Token<'_>) -> bool {
    if !token.is_word() {
        return false;
    }
    let lower = token.lower();
    if words::is_cue(&lower) || words::is_thought(&lower) {
        return false;
    }
    // "The 15-member council": a number joined to a noun describes the body.
    let counted = token.text.split_once('-').is_some_and(|(number, _)| {
        !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
    });
    // Everything that can start a phrase can go on in it, and the lower-case words of a role.
    can_start_speaker(token)
        || counted
        || words::is_title_modifier(token.bare())
        || words::is_connector(token.text)
        || words::is_organisation_noun(token.bare())
        || words::is_document(token.bare())
        || tokens::possessive_stem(token.text).is_some()
        || matches!(
            lower.as_str(),
            "senior"
                | "news"
                | "press"
                | "unnamed"
                | "anonymous"
                | "other"
                | "western"
                | "african"
                | "local"
                | "top"
                | "new"
                | "latest"
                | "final"
                | "joint"
                | "revised"
                | "post"
                | "message"
        )
}

/// "to", "on", "in" inside a role: "ambassador to the United Nations", "representative on the
/// council", "head of the UN office in Port-au-Prince".
/// "the United Nations Interim Force in Lebanon": and after an organisation's capitalised noun.
fn joins_role(tokens: &[Token<'_>], at: usize) -> bool {
    let after_organisation = at > 0
        && tokens[at - 1].is_capitalised()
        && words::is_organisation_noun(tokens[at - 1].bare());
    // "the statement from the Council of the EU".
    if at > 0
        && words::is_document(tokens[at - 1].bare())
        && matches!(tokens[at].text, "from" | "by")
        && tokens
            .get(at + 1)
            .is_some_and(|next| next.is_capitalised() || next.text == "the")
    {
        return true;
    }
    // "sources at the East African Community", "officials in the ministry".
    if at > 0
        && words::ties_group_to_body(tokens[at - 1].text, tokens[at].text)
        && tokens
            .get(at + 1)
            .is_some_and(|next| next.is_capitalised() || next.text == "the")
    {
        return true;
    }
    // "the UN Security Council on Monday": a day is not part of who spoke.
    matches!(tokens[at].text, "to" | "on" | "in" | "at" | "from")
        && tokens.get(at + 1).is_some_and(|next| {
            (next.is_capitalised() && !words::is_not_name(next.bare())) || next.text == "the"
        })
        && (after_organisation || tokens[..at].iter().any(|t| words::is_title(t.bare())))
}

fn is_dash(token: &Token<'_>) -> bool {
    matches!(token.text, "\u{2014}" | "\u{2013}" | "-")
}

/// Where a phrase starts in the text; its parts may be reordered around a comma of our own.
fn start_of(phrase: &[Token<'_>]) -> Option<usize> {
    phrase.iter().filter(|t| t.text != ",").map(|t| t.at).min()
}

fn span_of(tokens: &[Token<'_>]) -> Option<Range<usize>> {
    Some(tokens.first()?.at..tokens.last()?.end())
}
