//! The program describing itself: shell completions and the man page. Both are generated from
//! the clap definition that parses the command line, so a new option or subcommand reaches
//! `--help`, the completions and the man page at once; the man page's keys come from the one
//! key table in `action`.

use std::io;

use clap_complete::Shell;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::action::{Context, KEYS};
use crate::{briefing, cli, countdown, ui};

/// A completion script for `shell`, for the program's own name.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut command = cli::command();
    let name = command.get_name().to_owned();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, name, &mut script);
    script
}

/// One example per subcommand (and a few for the dashboard and the board, `""`), shown in
/// EXAMPLES. A test
/// checks that every subcommand has one and that each parses, so a new subcommand needs a line
/// here. Entries for a subcommand this build does not have are left out of the page.
const EXAMPLES: &[(&str, &str, &str)] = &[
    (
        "",
        "mandate-countdown --as-of 2025-09-22T14:00",
        "The dashboard as it stood during the UN meeting, ticking on from there.",
    ),
    (
        "",
        "mandate-countdown --present 20 --theme contrast",
        "Presentation mode for a projector: a slide every 20 seconds, high contrast.",
    ),
    (
        "",
        "mandate-countdown --briefing briefings/",
        "The board: every briefing in the folder on one screen, soonest lapse first; Enter \
         opens one, Esc comes back.",
    ),
    (
        "print",
        "mandate-countdown print --format json | jq .days_remaining",
        "The same facts as JSON, for scripts.",
    ),
    (
        "export",
        "mandate-countdown export --format svg --size 120x40 -o briefing.svg",
        "The dashboard as a picture, 120 columns by 40 rows.",
    ),
    (
        "check",
        "mandate-countdown check my-briefing.toml",
        "Prove every quote and figure of a briefing against its sources.",
    ),
    (
        "draft",
        "mandate-countdown draft article.txt -o my-briefing.toml",
        "Draft a briefing from an article, ready for check.",
    ),
    (
        "completions",
        "mandate-countdown completions bash > ~/.local/share/bash-completion/completions/mandate-countdown",
        "Install completions for bash (README: \"Shell completions\" for the other shells).",
    ),
    (
        "manpage",
        "mandate-countdown manpage > ~/.local/share/man/man1/mandate-countdown.1",
        "Install this page, for man mandate-countdown.",
    ),
];

/// The man page, as roff source.
pub fn manpage() -> io::Result<Vec<u8>> {
    // Built as `clap_mangen` builds a page: no `help` subcommand, bin names set on subcommands.
    let mut command = cli::command().disable_help_subcommand(true);
    command.build();
    let man = Man::new(command.clone())
        .title(command.get_name().to_uppercase())
        .manual("User Commands")
        .source(format!(
            "{} {}",
            command.get_name(),
            env!("CARGO_PKG_VERSION")
        ))
        // No date of its own: an empty argument, not a missing one, keeps .TH's fields in place.
        .date("\"\"");
    let mut page = Page::default();
    page.push_rendered(|out| man.render_title(out))?;
    // Names like mandate-countdown and --as-of read badly hyphenated across lines.
    page.push(Roff::new().control("nh", []));
    page.push_rendered(|out| man.render_name_section(out))?;
    page.push_rendered(|out| man.render_synopsis_section(out))?;
    page.push(&description());
    page.push_rendered(|out| man.render_options_section(out))?;
    push_subcommands(&mut page, &command)?;
    page.push(&keys());
    page.push(&countdown_convention());
    page.push(&exit_status());
    page.push(&environment());
    page.push(&examples(&command));
    page.push_rendered(|out| man.render_version_section(out))?;
    Ok(page.into_bytes())
}

/// The page being assembled from pieces that each come with roff's apostrophe preamble; it is
/// kept once, at the top.
#[derive(Default)]
struct Page {
    body: Vec<u8>,
}

const PREAMBLE: [&str; 2] = [".ie \\n(.g .ds Aq \\(aq", ".el .ds Aq '"];

impl Page {
    /// A section rendered by `clap_mangen`.
    fn push_rendered(
        &mut self,
        render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
    ) -> io::Result<()> {
        self.push_rendered_under(render, true)
    }

    /// A section rendered by `clap_mangen`, with its `.SH` heading when `heading` is true and
    /// without it when the text goes under a heading of this page's own.
    fn push_rendered_under(
        &mut self,
        render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
        heading: bool,
    ) -> io::Result<()> {
        let mut piece = Vec::new();
        render(&mut piece)?;
        let source = String::from_utf8_lossy(&piece);
        let lines = source
            .lines()
            .filter(|line| heading || !line.starts_with(".SH "));
        self.push_lines(lines);
        Ok(())
    }

    fn push(&mut self, roff: &Roff) {
        self.push_lines(roff.render().lines());
    }

    fn push_lines<'a>(&mut self, lines: impl Iterator<Item = &'a str>) {
        for line in lines.filter(|line| !PREAMBLE.contains(line)) {
            self.body.extend_from_slice(line.as_bytes());
            self.body.push(b'\n');
        }
    }

    fn into_bytes(self) -> Vec<u8> {
        let mut page = PREAMBLE.join("\n").into_bytes();
        page.push(b'\n');
        page.extend(self.body);
        page
    }
}

fn paragraphs(roff: &mut Roff, paragraphs: &[&str]) {
    for (index, text) in paragraphs.iter().enumerate() {
        if index > 0 {
            roff.control("PP", []);
        }
        roff.text([roman(*text)]);
    }
}

fn description() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["DESCRIPTION"]);
    paragraphs(
        &mut roff,
        &[
            "With no command, mandate-countdown shows a full-screen dashboard: the countdown to \
             a mandate's expiry with a live clock, the forces as bars to one scale, and the key \
             quotes beside a timeline. When standard output is not a terminal, or TERM is dumb, \
             it prints the plain-text summary instead.",
            "Every figure and quote comes from a briefing file (TOML) whose sources are files \
             under seeds/ beside it. The MSS Haiti briefing is built in, so the program works \
             from any directory with no set-up and no network.",
            "Given several briefings (--briefing repeated, or a folder of *.toml files), it \
             opens on a board instead: a row per briefing, soonest lapse first and lapsed ones \
             after, with the days left or since the lapse, how much of the mandate period has \
             run and the next milestone. Enter opens a briefing's dashboard, Esc comes back. \
             print, export and check work over the same set.",
        ],
    );
    roff
}

/// A section per subcommand: its synopsis, what it does, and the options of its own (the
/// common ones are under OPTIONS).
fn push_subcommands(page: &mut Page, command: &clap::Command) -> io::Result<()> {
    let mut heading = Roff::new();
    heading.control("SH", ["COMMANDS"]);
    page.push(&heading);
    for subcommand in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let own_options_only = subcommand.clone().mut_args(|arg| {
            let common = arg.is_global_set() || arg.get_id() == "help";
            arg.hide(common)
        });
        let man = Man::new(own_options_only);
        let mut title = Roff::new();
        title.control("SS", [subcommand.get_name()]);
        page.push(&title);
        page.push_rendered_under(|out| man.render_synopsis_section(out), false)?;
        if let Some(about) = subcommand.get_long_about().or(subcommand.get_about()) {
            let mut text = Roff::new();
            text.control("PP", []).text([roman(about.to_string())]);
            page.push(&text);
        }
        page.push_rendered_under(|out| man.render_options_section(out), false)?;
    }
    Ok(())
}

fn keys() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "In the dashboard; ? shows the keys in force on screen. There is no mouse capture, so \
         text can be selected and copied as usual.",
    )]);
    let mut contexts: Vec<Context> = Vec::new();
    for binding in KEYS {
        if !contexts.contains(&binding.context) {
            contexts.push(binding.context);
        }
    }
    // The keys that work everywhere first, those of a pop-up last; modes in table order.
    contexts.sort_by_key(|context| match context {
        Context::Everywhere => 0,
        Context::Overlay => 2,
        _ => 1,
    });
    for context in contexts {
        roff.control("SS", [context.title()]);
        for binding in KEYS.iter().filter(|b| b.context == context) {
            roff.control("TP", []);
            roff.text([bold(plain_key_names(&ui::help::key_names(binding)))]);
            roff.text([roman(binding.help)]);
        }
    }
    roff
}

/// Arrows spelt out: a man page is read through pagers and fonts that may lack them.
fn plain_key_names(names: &str) -> String {
    names
        .replace('\u{2191}', "Up")
        .replace('\u{2193}', "Down")
        .replace('\u{2190}', "Left")
        .replace('\u{2192}', "Right")
}

fn countdown_convention() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["THE COUNTDOWN"]);
    paragraphs(
        &mut roff,
        &[
            "A mandate is in force through its expiry date and lapses at the end of that day in \
             the mandate's time zone (a briefing may set another time of day). No resolution \
             names an hour: this is a convention, and the dashboard says so.",
            "Days remaining are calendar days from today, the date of now in the mandate's \
             time zone, to the expiry date: 0 on the expiry date itself, whose status is \
             \"expires today\". Once the lapse has passed the status is \"expired N days ago\", \
             N counted in calendar days from the expiry date. Days are never hours divided by \
             24: days with a daylight-saving change have 23 or 25 hours.",
            "The live clock counts the exact time to the lapse instant, and the time since it \
             afterwards, so the clock and the day count never contradict each other.",
            "--as-of without an offset is read in the mandate's time zone; with an offset it \
             is converted into that zone first. On a board whose briefings are in several \
             zones, an --as-of without an offset is read in UTC, as the board's heading shows \
             the time.",
        ],
    );
    if let Ok(loaded) = briefing::load_built_in() {
        let mandate = &loaded.briefing.mandate;
        let deadline = &mandate.deadline;
        roff.control("PP", []);
        roff.text([roman(format!(
            "The built-in briefing: the {} ({}) expires on {} ({}) and lapses at {}.",
            mandate.name,
            mandate.short_name,
            deadline.expires,
            deadline.timezone,
            deadline.lapse_instant().format("%Y-%m-%dT%H:%M:%SZ"),
        ))]);
        if let Some(convention) = &mandate.convention {
            roff.text([roman(format!("{convention}."))]);
        }
        // Worked examples, from the same arithmetic as the dashboard.
        let days = [
            briefing::built_in_dateline(),
            Some(deadline.expires),
            deadline.expires.succ_opt(),
        ];
        for day in days.into_iter().flatten() {
            let noon = countdown::resolve_local(
                deadline.timezone,
                day.and_time(chrono::NaiveTime::MIN) + chrono::TimeDelta::hours(12),
            );
            let sentence = deadline.countdown_at(noon).sentence();
            roff.control("IP", ["\\(bu", "2"]);
            roff.text([roman(format!("At noon on {day}: {sentence}."))]);
        }
    }
    roff
}

fn exit_status() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        ("0", "Success."),
        (
            "1",
            "check found a problem: a misquote, a figure not in its excerpt.",
        ),
        (
            "2",
            "Bad usage, or a briefing that cannot be loaded; the message names the file, line \
             and column.",
        ),
        (
            "128+n",
            "Ended by signal n: 143 for SIGTERM, 129 for SIGHUP.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    roff.control("PP", []);
    roff.text([roman(
        "Errors are one message on standard error, never a backtrace.",
    )]);
    roff
}

fn environment() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["ENVIRONMENT"]);
    roff.control("TP", []);
    roff.text([bold("NO_COLOR")]);
    roff.text([roman(
        "Set and not empty: the mono theme, unless --theme is given.",
    )]);
    roff.control("TP", []);
    roff.text([bold("TERM")]);
    roff.text([roman(
        "dumb: print the plain-text summary instead of the dashboard.",
    )]);
    roff
}

fn examples(command: &clap::Command) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXAMPLES"]);
    // Left-aligned: a command too long for the line would otherwise be spread out to fill it.
    roff.control("ad", ["l"]);
    let exists = |name: &str| name.is_empty() || command.find_subcommand(name).is_some();
    for (_, example, what) in EXAMPLES.iter().filter(|(name, ..)| exists(name)) {
        roff.control("TP", []);
        roff.text([bold(*example)]);
        roff.text([roman(*what)]);
    }
    roff.control("PP", []);
    roff.text([
        roman("Dates are "),
        italic("YYYY-MM-DD"),
        roman(" and times "),
        italic("YYYY-MM-DDTHH:MM[:SS]"),
        roman(" in the mandate's time zone, or with an offset (RFC 3339, seconds optional)."),
    ]);
    roff
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of an example up to a pipe or redirection, as the shell would pass them.
    fn arguments(example: &str) -> Vec<&str> {
        example
            .split_whitespace()
            .take_while(|word| !["|", ">"].contains(word))
            .collect()
    }

    #[test]
    fn every_example_is_valid_usage() {
        let command = cli::command();
        for (name, example, _) in EXAMPLES {
            if !name.is_empty() && command.find_subcommand(name).is_none() {
                continue;
            }
            let words = arguments(example);
            if !name.is_empty() {
                assert_eq!(
                    words.get(1),
                    Some(name),
                    "{example} is not an example of {name}"
                );
            }
            if let Err(error) = cli::command().try_get_matches_from(&words) {
                panic!("{example}: {error}");
            }
        }
    }

    #[test]
    fn every_subcommand_has_an_example() {
        for subcommand in cli::command().get_subcommands() {
            assert!(
                EXAMPLES
                    .iter()
                    .any(|(name, ..)| *name == subcommand.get_name()),
                "no example for {}",
                subcommand.get_name()
            );
        }
    }
}
