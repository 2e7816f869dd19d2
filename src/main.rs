//! mandate-countdown: a terminal briefing dashboard for the MSS Haiti mandate transition.
//! This file only parses the command line and hands off; see `app` for the dashboard.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use chrono::{DateTime, Utc};
use clap::Parser;

use mandate_countdown::app::{App, Exit};
use mandate_countdown::briefing::{self, Loaded};
use mandate_countdown::cli::{Cli, Command, Common, DraftArgs, Format};
use mandate_countdown::clock::{self, ReplayClock};
use mandate_countdown::theme::ThemeName;
use mandate_countdown::{check, draft, export, summary, terminal};

/// A problem with what the user gave us (exit 2), as opposed to one met while running (exit 1).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("mandate-countdown: {error:#}");
            if error.is::<UsageError>() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    if let Some(Command::Check { file }) = &cli.command {
        let file = file.as_deref().or(cli.common.briefing.as_deref());
        let (verdict, report) = check::run(file).map_err(|error| UsageError(error.to_string()))?;
        print!("{report}");
        return Ok(match verdict {
            check::Verdict::Holds => ExitCode::SUCCESS,
            check::Verdict::Fails => ExitCode::FAILURE,
        });
    }
    if let Some(Command::Draft(args)) = &cli.command {
        return run_draft(args);
    }
    let wall = Utc::now();
    let loaded = briefing::load(cli.common.briefing.as_deref())
        .map_err(|error| UsageError(error.to_string()))?;
    let start = start_instant(&cli.common, &loaded, wall)?;
    let clock = if cli.common.as_of.is_some() || cli.common.freeze {
        ReplayClock::starting_at(start, wall, cli.common.freeze)
    } else {
        ReplayClock::REAL
    };
    let theme = theme(&cli.common);
    match &cli.command {
        Some(Command::Print { format }) => print(&loaded, start, *format),
        Some(Command::Export {
            format,
            size,
            output,
            slide,
        }) => {
            let frozen = ReplayClock::Frozen(start);
            let app = App::new(loaded, frozen, theme, wall);
            let app = match slide {
                None => app,
                Some(number) => on_slide(app, *number, wall)?,
            };
            export::write(&app, *format, *size, output)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { .. } | Command::Draft(_)) => {
            unreachable!("check and draft are dispatched before loading")
        }
        None => dashboard(
            loaded,
            clock,
            theme,
            cli.common.present,
            cli.common.briefing.clone(),
            wall,
        ),
    }
}

/// Drafts a briefing: to the -o file (and its seeds/), or to standard output; the report on
/// standard error. Exit 1 when the draft needs editing before it loads or passes `check`.
fn run_draft(args: &DraftArgs) -> anyhow::Result<ExitCode> {
    let request = draft::Request {
        articles: args.articles.clone(),
        output: args.output.clone(),
        published: args.published,
        force: args.force,
    };
    let outcome = draft::run(&request).map_err(|error| UsageError(error.to_string()))?;
    if args.output.is_none() {
        print!("{}", outcome.toml);
    }
    eprint!("{}", outcome.report);
    Ok(if outcome.holds {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The instant to show first: `--as-of`, or now.
fn start_instant(
    common: &Common,
    loaded: &Loaded,
    wall: DateTime<Utc>,
) -> anyhow::Result<DateTime<Utc>> {
    match &common.as_of {
        None => Ok(wall),
        Some(text) => clock::parse_as_of(text, loaded.briefing.mandate.deadline.timezone)
            .map_err(|message| UsageError(message).into()),
    }
}

fn print(loaded: &Loaded, now: DateTime<Utc>, format: Format) -> anyhow::Result<ExitCode> {
    warn_about_sources(loaded);
    let summary = summary::render(&loaded.briefing, now, format);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth reporting.
    match stdout
        .write_all(summary.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(error).context("cannot write to standard output")
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn warn_about_sources(loaded: &Loaded) {
    for problem in &loaded.source_problems {
        eprintln!("mandate-countdown: warning: {}:{problem}", loaded.origin);
    }
}

/// The theme asked for, or mono when `NO_COLOR` is set, or dark.
fn theme(common: &Common) -> ThemeName {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    common.theme.unwrap_or(if no_color {
        ThemeName::Mono
    } else {
        ThemeName::Dark
    })
}

/// The app in presentation mode on slide `number`, counted from 1.
fn on_slide(app: App, number: usize, wall: DateTime<Utc>) -> anyhow::Result<App> {
    let mut app = app.presenting(chrono::TimeDelta::zero());
    let slides = app.presentation().map_or(0, |show| show.slides.len());
    if !(1..=slides).contains(&number) {
        return Err(UsageError(format!(
            "--slide {number}: this briefing has slides 1 to {slides}"
        ))
        .into());
    }
    app.update(mandate_countdown::action::Action::JumpToSlide(number), wall);
    Ok(app)
}

fn dashboard(
    loaded: Loaded,
    clock: ReplayClock,
    theme: ThemeName,
    present: Option<u32>,
    briefing_file: Option<std::path::PathBuf>,
    wall: DateTime<Utc>,
) -> anyhow::Result<ExitCode> {
    let dumb = std::env::var("TERM").is_ok_and(|term| term == "dumb");
    if !std::io::stdout().is_terminal() || dumb {
        return print(&loaded, clock.shown(wall), Format::Text);
    }
    let mut app = App::new(loaded, clock, theme, wall);
    if let Some(seconds) = present {
        app = app.presenting(chrono::TimeDelta::seconds(i64::from(seconds)));
    }
    let mut console =
        terminal::Console::start(briefing_file).context("cannot set up the terminal")?;
    let result = app.run(&mut console);
    // Give the terminal back before saying anything about how the run ended.
    drop(console);
    match result.context("terminal failed")? {
        Exit::Quit => Ok(ExitCode::SUCCESS),
        Exit::Signal(signal) => Ok(ExitCode::from(u8::try_from(128 + signal).unwrap_or(1))),
    }
}
