//! mandate-countdown: a terminal briefing dashboard for the MSS Haiti mandate transition.
//! This file only parses the command line and hands off; see `app` for the dashboard.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use mandate_countdown::app::{App, Exit};
use mandate_countdown::board::{self, Board};
use mandate_countdown::briefing::{self, Loaded};
use mandate_countdown::cli::{self, Cli, Command, Common, DraftArgs, ExportFormat, Format, Size};
use mandate_countdown::clock::{self, ReplayClock};
use mandate_countdown::theme::ThemeName;
use mandate_countdown::{check, draft, export, manual, summary, terminal};

/// A problem with what the user gave us (exit 2), as opposed to one met while running (exit 1).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    let cli = cli::parse();
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
    let sources = &cli.common.briefing;
    match &cli.command {
        Some(Command::Completions { shell }) => return write_stdout(&manual::completions(*shell)),
        Some(Command::Manpage) => return write_stdout(&manual::manpage()?),
        Some(Command::Check { files }) => {
            return check(if files.is_empty() { sources } else { files });
        }
        Some(Command::Draft(args)) => return run_draft(args),
        _ => {}
    }
    if board::wants_board(sources) {
        return run_board(cli, sources);
    }
    let wall = Utc::now();
    let briefing_file = sources.first().map(PathBuf::as_path);
    // The dashboard compares the briefing with its sources once its first frame is up.
    let loaded = if cli.command.is_none() {
        briefing::load_unchecked(briefing_file)
    } else {
        briefing::load(briefing_file)
    }
    .map_err(|error| UsageError(error.to_string()))?;
    let start = start_instant(&cli.common, loaded.briefing.mandate.deadline.timezone, wall)?;
    let clock = replay_clock(&cli.common, start, wall);
    let theme = theme(&cli.common);
    match &cli.command {
        Some(Command::Print { format }) => print(&loaded, start, *format),
        Some(Command::Export {
            format,
            size,
            output,
            slide,
        }) => {
            let app = App::new(loaded, ReplayClock::Frozen(start), theme, wall);
            export(app, *slide, *format, *size, output, wall)
        }
        Some(
            Command::Check { .. }
            | Command::Completions { .. }
            | Command::Manpage
            | Command::Draft(_),
        ) => {
            unreachable!("dispatched before loading")
        }
        None => dashboard(
            loaded,
            clock,
            theme,
            cli.common.present,
            sources.first().cloned(),
            wall,
        ),
    }
}

fn check(sources: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let (verdict, report) = if board::wants_board(sources) {
        check::run_several(sources).map_err(|error| UsageError(error.to_string()))?
    } else {
        check::run(sources.first().map(PathBuf::as_path))
            .map_err(|error| UsageError(error.to_string()))?
    };
    print!("{report}");
    Ok(match verdict {
        check::Verdict::Holds => ExitCode::SUCCESS,
        check::Verdict::Fails => ExitCode::FAILURE,
        check::Verdict::CannotLoad => ExitCode::from(2),
    })
}

/// Several briefings: the board, and `print` and `export` over all of them.
fn run_board(cli: &Cli, sources: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let wall = Utc::now();
    // Watching starts before the files are read, so an edit in between is seen, not missed.
    let watch = cli.command.is_none().then(|| board::Watch::new(sources));
    let board = Board::open(sources).map_err(|error| UsageError(error.to_string()))?;
    let start = start_instant(&cli.common, board.zone(), wall)?;
    let clock = replay_clock(&cli.common, start, wall);
    let theme = theme(&cli.common);
    match &cli.command {
        Some(Command::Print { format }) => print_board(&board, start, *format),
        Some(Command::Export {
            format,
            size,
            output,
            slide,
        }) => {
            let app = App::with_board(board, ReplayClock::Frozen(start), theme, wall)?;
            export(app, *slide, *format, *size, output, wall)
        }
        Some(
            Command::Check { .. }
            | Command::Completions { .. }
            | Command::Manpage
            | Command::Draft(_),
        ) => {
            unreachable!("dispatched before loading")
        }
        None => {
            if !interactive() {
                return print_board(&board, clock.shown(wall), Format::Text);
            }
            let app = App::with_board(board, clock, theme, wall)?;
            let console = terminal::Console::start(None)
                .context("cannot set up the terminal")?
                .watching_board(watch);
            run_app(app, cli.common.present, console)
        }
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

/// The instant to show first: `--as-of` (read in `zone` when it has no offset), or now.
fn start_instant(common: &Common, zone: Tz, wall: DateTime<Utc>) -> anyhow::Result<DateTime<Utc>> {
    match &common.as_of {
        None => Ok(wall),
        Some(text) => clock::parse_as_of(text, zone).map_err(|message| UsageError(message).into()),
    }
}

fn print(loaded: &Loaded, now: DateTime<Utc>, format: Format) -> anyhow::Result<ExitCode> {
    warn_about_sources(loaded);
    write_stdout(summary::render(&loaded.briefing, now, format).as_bytes())
}

/// `print` over a board: every briefing, and the files that failed, which are also named on
/// standard error.
fn print_board(board: &Board, now: DateTime<Utc>, format: Format) -> anyhow::Result<ExitCode> {
    for entry in &board.entries {
        match &entry.loaded {
            Ok(loaded) => warn_about_sources(loaded),
            Err(error) => eprintln!("mandate-countdown: warning: {error}"),
        }
    }
    write_stdout(summary::render_board(board, now, format).as_bytes())
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth reporting.
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
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

/// The clock the dashboard shows: real time, or replayed (or frozen) from `start`.
fn replay_clock(common: &Common, start: DateTime<Utc>, wall: DateTime<Utc>) -> ReplayClock {
    if common.as_of.is_some() || common.freeze {
        ReplayClock::starting_at(start, wall, common.freeze)
    } else {
        ReplayClock::REAL
    }
}

/// `export`: the screen, or slide `slide` of its show, written to `output`.
fn export(
    app: App,
    slide: Option<usize>,
    format: ExportFormat,
    size: Size,
    output: &Path,
    wall: DateTime<Utc>,
) -> anyhow::Result<ExitCode> {
    let app = match slide {
        None => app,
        Some(number) => on_slide(app, number, wall)?,
    };
    export::write(&app, format, size, output)?;
    Ok(ExitCode::SUCCESS)
}

/// The app in presentation mode on slide `number`, counted from 1.
fn on_slide(app: App, number: usize, wall: DateTime<Utc>) -> anyhow::Result<App> {
    let mut app = app.presenting(chrono::TimeDelta::zero());
    let slides = app.presentation().map_or(0, |show| show.slides.len());
    if !(1..=slides).contains(&number) {
        let shown = if app.board.is_some() {
            "board"
        } else {
            "briefing"
        };
        return Err(UsageError(format!(
            "--slide {number}: this {shown} has slides 1 to {slides}"
        ))
        .into());
    }
    app.update(mandate_countdown::action::Action::JumpToSlide(number), wall);
    Ok(app)
}

/// Whether standard output is a terminal that can show the dashboard.
fn interactive() -> bool {
    let dumb = std::env::var("TERM").is_ok_and(|term| term == "dumb");
    std::io::stdout().is_terminal() && !dumb
}

fn dashboard(
    mut loaded: Loaded,
    clock: ReplayClock,
    theme: ThemeName,
    present: Option<u32>,
    briefing_file: Option<PathBuf>,
    wall: DateTime<Utc>,
) -> anyhow::Result<ExitCode> {
    if !interactive() {
        loaded.check_sources();
        return print(&loaded, clock.shown(wall), Format::Text);
    }
    let app = App::new(loaded, clock, theme, wall);
    let console = terminal::Console::start(briefing_file).context("cannot set up the terminal")?;
    run_app(app, present, console)
}

fn run_app(
    mut app: App,
    present: Option<u32>,
    mut console: terminal::Console,
) -> anyhow::Result<ExitCode> {
    if let Some(seconds) = present {
        app = app.presenting(chrono::TimeDelta::seconds(i64::from(seconds)));
    }
    let result = app.run(&mut console);
    // Give the terminal back before saying anything about how the run ended.
    drop(console);
    match result.context("terminal failed")? {
        Exit::Quit => Ok(ExitCode::SUCCESS),
        Exit::Signal(signal) => Ok(ExitCode::from(u8::try_from(128 + signal).unwrap_or(1))),
    }
}
