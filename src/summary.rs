//! The dashboard's facts as plain text, Markdown or JSON, for notes, slides and scripts.
//! No colour codes: these are pasted into other documents.

mod board;

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::briefing::text::thousands;
use crate::briefing::{Briefing, Force, NO_FORCES, NO_QUOTES, Source};
use crate::cli::Format;
use crate::countdown::{Countdown, format_clock};

pub use board::render as render_board;

pub fn render(briefing: &Briefing, now: DateTime<Utc>, format: Format) -> String {
    match format {
        Format::Text => text(briefing, now),
        Format::Markdown => markdown(briefing, now),
        Format::Json => json(briefing, now),
    }
}

/// The fields of `print --format json`. Their names and meanings are a stable contract.
#[derive(Serialize)]
struct Json<'a> {
    briefing: &'a str,
    as_of: String,
    mandate: JsonMandate<'a>,
    status: &'static str,
    days_remaining: i64,
    days_since_expiry: Option<i64>,
    seconds_remaining: i64,
    forces: Vec<JsonForce<'a>>,
    ratio: Option<f64>,
    quotes: Vec<JsonQuote<'a>>,
    milestones: Vec<JsonMilestone<'a>>,
}

#[derive(Serialize)]
struct JsonMandate<'a> {
    name: &'a str,
    expires: String,
    timezone: &'static str,
}

#[derive(Serialize)]
struct JsonForce<'a> {
    label: &'a str,
    personnel: u32,
    basis: &'static str,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    speaker: &'a str,
    role: &'a str,
    date: String,
    text: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonMilestone<'a> {
    date: String,
    label: &'a str,
}

fn json(briefing: &Briefing, now: DateTime<Utc>) -> String {
    let mut out = serde_json::to_string_pretty(&json_summary(briefing, now)).unwrap_or_default();
    out.push('\n');
    out
}

fn json_summary(briefing: &Briefing, now: DateTime<Utc>) -> Json<'_> {
    let deadline = briefing.mandate.deadline;
    let countdown = deadline.countdown_at(now);
    Json {
        briefing: &briefing.title,
        as_of: as_of(briefing, now),
        mandate: JsonMandate {
            name: &briefing.mandate.name,
            expires: deadline.expires.to_string(),
            timezone: deadline.timezone.name(),
        },
        status: countdown.status.key(),
        days_remaining: countdown.days_remaining,
        days_since_expiry: countdown.days_since_expiry,
        seconds_remaining: countdown.until_lapse.num_seconds(),
        forces: briefing
            .forces
            .iter()
            .map(|force| JsonForce {
                label: &force.label,
                personnel: force.personnel,
                basis: force.basis.key(),
                source: force.source.describe(),
            })
            .collect(),
        ratio: briefing.ratio().map(|r| (r * 100.0).round() / 100.0),
        quotes: briefing
            .quotes
            .iter()
            .map(|quote| JsonQuote {
                speaker: &quote.speaker,
                role: &quote.role,
                date: quote.date.to_string(),
                text: &quote.text.value,
                source: quote.source_name(),
            })
            .collect(),
        milestones: briefing
            .milestones
            .iter()
            .map(|m| JsonMilestone {
                date: m.date.to_string(),
                label: &m.label,
            })
            .collect(),
    }
}

/// "Now" as RFC 3339, in the mandate's own offset.
fn as_of(briefing: &Briefing, now: DateTime<Utc>) -> String {
    now.with_timezone(&briefing.mandate.deadline.timezone)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

fn local(briefing: &Briefing, now: DateTime<Utc>) -> String {
    let tz = briefing.mandate.deadline.timezone;
    format!(
        "{} ({tz})",
        now.with_timezone(&tz).format("%a %-d %b %Y %H:%M:%S %Z")
    )
}

fn expiry(briefing: &Briefing) -> String {
    let deadline = briefing.mandate.deadline;
    let when = deadline.lapse_time.map_or_else(
        || "end of day".to_owned(),
        |t| t.format("%H:%M").to_string(),
    );
    format!(
        "{}, {when}, {} (lapses {})",
        deadline.expires.format("%a %-d %b %Y"),
        deadline.timezone,
        deadline
            .lapse_instant()
            .to_rfc3339_opts(SecondsFormat::Secs, true)
    )
}

fn clock(countdown: &Countdown) -> String {
    let direction = if countdown.until_lapse.num_seconds() > 0 {
        "until"
    } else {
        "since"
    };
    format!(
        "{} {direction} the lapse",
        format_clock(countdown.until_lapse)
    )
}

fn basis(force: &Force) -> String {
    let how = match force.source {
        Source::Seed(_) => "in",
        Source::Citation(_) => "by",
    };
    format!("{} {how} {}", force.basis.key(), force.source.describe())
}

fn ratio_line(briefing: &Briefing) -> Option<String> {
    let ratio = briefing.ratio()?;
    let (first, last) = (briefing.forces.first()?, briefing.forces.last()?);
    Some(format!(
        "{} / {} = {ratio:.2} ({ratio:.1}x)",
        thousands(last.personnel),
        thousands(first.personnel)
    ))
}

// `write!` into a String cannot fail; the results are ignored on purpose below.
fn text(briefing: &Briefing, now: DateTime<Utc>) -> String {
    let countdown = briefing.mandate.deadline.countdown_at(now);
    let mut out = String::new();
    let _ = writeln!(out, "{}", briefing.title);
    let _ = writeln!(out, "As of:    {}", local(briefing, now));
    let _ = writeln!(
        out,
        "Mandate:  {} ({})",
        briefing.mandate.name, briefing.mandate.short_name
    );
    let _ = writeln!(out, "Expiry:   {}", expiry(briefing));
    let _ = writeln!(
        out,
        "Status:   {} ({})",
        countdown.sentence(),
        countdown.status.key()
    );
    let _ = writeln!(out, "Clock:    {}", clock(&countdown));
    if let Some(convention) = &briefing.mandate.convention {
        let _ = writeln!(out, "Note:     {convention}");
    }
    let _ = writeln!(out, "\nForces");
    if briefing.forces.is_empty() {
        let _ = writeln!(out, "  {NO_FORCES}");
    }
    let label_width = briefing
        .forces
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    for force in &briefing.forces {
        let _ = writeln!(
            out,
            "  {:<label_width$}  {:>7}  {:>4.1}x  {}",
            force.label,
            thousands(force.personnel),
            briefing.ratio_of(force).unwrap_or(1.0),
            basis(force)
        );
    }
    if let Some(line) = ratio_line(briefing) {
        let _ = writeln!(out, "  Ratio: {line}");
    }
    let _ = writeln!(out, "\nQuotes");
    if briefing.quotes.is_empty() {
        let _ = writeln!(out, "  {NO_QUOTES}");
    }
    for quote in &briefing.quotes {
        let _ = writeln!(
            out,
            "  {}  {}, {}\n    \u{201c}{}\u{201d}\n    Source: {}",
            quote.date,
            quote.speaker,
            quote.role,
            quote.text.value,
            quote.source_name()
        );
    }
    let _ = writeln!(out, "\nMilestones");
    for (date, label) in milestones_with_now(briefing, &countdown) {
        let _ = writeln!(out, "  {date}  {label}");
    }
    out
}

fn markdown(briefing: &Briefing, now: DateTime<Utc>) -> String {
    let countdown = briefing.mandate.deadline.countdown_at(now);
    let mandate = &briefing.mandate;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&briefing.title));
    let _ = writeln!(out, "- **As of:** {}", local(briefing, now));
    let _ = writeln!(
        out,
        "- **Mandate:** {} ({})",
        md(&mandate.name),
        md(&mandate.short_name)
    );
    let _ = writeln!(out, "- **Expiry:** {}", expiry(briefing));
    let _ = writeln!(
        out,
        "- **Status:** {} (`{}`)",
        countdown.sentence(),
        countdown.status.key()
    );
    let _ = writeln!(out, "- **Clock:** {}", clock(&countdown));
    if let Some(convention) = &mandate.convention {
        let _ = writeln!(out, "- **Note:** {}", md(convention));
    }
    let _ = writeln!(out, "\n## Forces\n");
    if briefing.forces.is_empty() {
        let _ = writeln!(out, "{NO_FORCES}");
    } else {
        let _ = writeln!(out, "| Force | Personnel | Ratio | Basis |");
        let _ = writeln!(out, "|---|--:|--:|---|");
    }
    for force in &briefing.forces {
        let _ = writeln!(
            out,
            "| {} | {} | {:.1}x | {} |",
            md(&force.label),
            thousands(force.personnel),
            briefing.ratio_of(force).unwrap_or(1.0),
            md(&basis(force))
        );
    }
    if let Some(line) = ratio_line(briefing) {
        let _ = writeln!(out, "\nRatio: {}", md(&line));
    }
    let _ = writeln!(out, "\n## Quotes\n");
    if briefing.quotes.is_empty() {
        let _ = writeln!(out, "{NO_QUOTES}\n");
    }
    for quote in &briefing.quotes {
        let _ = writeln!(
            out,
            "> \u{201c}{}\u{201d}\n>\n> \u{2014} {}, {}, {} (source: {})\n",
            md(&quote.text.value),
            md(&quote.speaker),
            md(&quote.role),
            quote.date,
            md(quote.source_name())
        );
    }
    let _ = writeln!(out, "## Milestones\n");
    for (date, label) in milestones_with_now(briefing, &countdown) {
        let _ = writeln!(out, "- {date}: {}", md(&label));
    }
    out
}

/// Briefing text as Markdown shows it: characters that Markdown or HTML would act on are
/// escaped, so a `<script>` or a stray `*` in a briefing is printed, never interpreted.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The milestones in order, with a "now" entry where the shown date falls among them.
fn milestones_with_now(briefing: &Briefing, countdown: &Countdown) -> Vec<(String, String)> {
    let now = (countdown.today.to_string(), "<- now".to_owned());
    let mut out = Vec::new();
    let mut marked = false;
    for milestone in &briefing.milestones {
        if !marked && milestone.date > countdown.today {
            out.push(now.clone());
            marked = true;
        }
        out.push((milestone.date.to_string(), milestone.label.clone()));
    }
    if !marked {
        out.push(now);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_what_markdown_and_html_would_act_on() {
        assert_eq!(
            md("<script>a*b_c|d</script>"),
            "\\<script\\>a\\*b_c\\|d\\</script\\>"
        );
        assert_eq!(
            md("plain words, 5,500 (stated)"),
            "plain words, 5,500 (stated)"
        );
    }
}
