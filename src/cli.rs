//! The command line: the contract that scripts and tests rely on (see README).

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum, ValueHint};

use crate::theme::ThemeName;

#[derive(Debug, Parser)]
#[command(
    name = "mandate-countdown",
    version,
    about = "Briefing dashboard: the MSS Haiti mandate countdown, forces and key quotes",
    after_help = "With no subcommand, shows the full-screen dashboard (a plain summary when stdout is not a terminal).\nKeys: q quit, ? help. Exit codes: 0 success, 1 check found a problem, 2 bad usage or briefing."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub common: Common,
}

/// Options every subcommand takes.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// A briefing TOML file (default: the built-in MSS Haiti briefing). Repeat it, or name a
    /// folder of *.toml files, for a board of several mandates
    #[arg(long, global = true, value_name = "FILE", value_hint = ValueHint::AnyPath)]
    pub briefing: Vec<PathBuf>,
    /// Pretend now is INSTANT: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (in the mandate's time zone;
    /// on a board of several zones, UTC), or with an offset (RFC 3339, seconds optional)
    #[arg(long, global = true, value_name = "INSTANT")]
    pub as_of: Option<String>,
    /// Hold the clock at --as-of instead of ticking on from it
    #[arg(long, global = true)]
    pub freeze: bool,
    /// Start in presentation mode, advancing every SECS seconds (default 12)
    #[arg(long, global = true, value_name = "SECS", num_args = 0..=1, default_missing_value = "12",
          value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub present: Option<u32>,
    /// Colour theme (`NO_COLOR` set means mono unless this is given)
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeName>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the same facts as the dashboard, as text, Markdown or JSON
    Print {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write the dashboard as it would look at a size, as SVG, HTML or plain text
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Terminal size to render, columns by rows, e.g. 120x40
        #[arg(long, value_name = "COLSxROWS", value_parser = parse_size)]
        size: Size,
        /// Output file, or - for standard output
        #[arg(short, long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        output: PathBuf,
        /// Export presentation slide N (from 1) instead of the dashboard
        #[arg(long, value_name = "N")]
        slide: Option<usize>,
    },
    /// Draft a briefing from articles (plain text or pages saved as HTML), ready for check
    Draft(DraftArgs),
    /// Check briefings against their sources: every quote verbatim, every figure in its excerpt
    Check {
        /// The briefings to check, files or folders of *.toml (default: --briefing, else the
        /// built-in one)
        #[arg(value_name = "BRIEFING", value_hint = ValueHint::AnyPath)]
        files: Vec<PathBuf>,
    },
    /// Print a completion script for SHELL to standard output (README: "Shell completions")
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output; `| man -l -` reads it
    Manpage,
}

/// The command line as clap sees it, with the one thing derive cannot say: the built-in
/// briefing's dateline in `--version`. Completions and the man page are generated from this.
pub fn command() -> clap::Command {
    let command = Cli::command();
    match crate::briefing::built_in_dateline() {
        Some(date) => command.version(format!(
            "{} (built-in briefing: article of {date})",
            env!("CARGO_PKG_VERSION")
        )),
        None => command,
    }
}

/// Parses the process's arguments against [`command`], exiting as clap does on bad usage.
pub fn parse() -> Cli {
    let matches = command().get_matches();
    Cli::from_arg_matches(&matches)
        .map_err(|error| error.format(&mut command()))
        .unwrap_or_else(|error| error.exit())
}

#[derive(Debug, Clone, Args)]
pub struct DraftArgs {
    /// The articles: text as in seeds/ (a first line ` date YYYY-MM-DD `), or saved web pages
    #[arg(value_name = "ARTICLE", required = true)]
    pub articles: Vec<PathBuf>,
    /// Write the briefing to FILE, and copies of the articles to seeds/ beside it
    /// (default: the briefing to standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The date of articles that give none of their own
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Replace the briefing at -o FILE if it exists (seeds are never replaced)
    #[arg(long, requires = "output")]
    pub force: bool,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date: write YYYY-MM-DD, e.g. 2025-09-23"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Svg,
    Html,
    Txt,
}

/// A terminal size in cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub cols: u16,
    pub rows: u16,
}

/// The largest export: big enough for any real screen, small enough to write quickly.
pub const MAX_EXPORT: Size = Size {
    cols: 1000,
    rows: 500,
};

fn parse_size(text: &str) -> Result<Size, String> {
    let (cols, rows) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text:?} is not a size: write COLSxROWS, e.g. 120x40"))?;
    let number = |part: &str| part.trim().parse::<u16>().ok().filter(|n| *n > 0);
    match (number(cols), number(rows)) {
        (Some(cols), Some(rows)) if cols <= MAX_EXPORT.cols && rows <= MAX_EXPORT.rows => {
            Ok(Size { cols, rows })
        }
        _ => Err(format!(
            "{text:?} is not a usable size: columns 1 to {} and rows 1 to {}, e.g. 120x40",
            MAX_EXPORT.cols, MAX_EXPORT.rows
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("120x40", Some((120, 40)))]
    #[case("80X24", Some((80, 24)))]
    #[case("1x1", Some((1, 1)))]
    #[case("1000x500", Some((1000, 500)))]
    #[case("0x0", None)]
    #[case("abc", None)]
    #[case("100000x100000", None)]
    #[case("1001x10", None)]
    #[case("-5x10", None)]
    fn reads_export_sizes(#[case] text: &str, #[case] expected: Option<(u16, u16)>) {
        assert_eq!(parse_size(text).ok().map(|s| (s.cols, s.rows)), expected);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}
