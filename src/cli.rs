//! The command line: the contract that scripts and tests rely on (see README).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// A briefing TOML file (default: the built-in MSS Haiti briefing)
    #[arg(long, global = true, value_name = "FILE")]
    pub briefing: Option<PathBuf>,
    /// Pretend now is INSTANT: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (in the mandate's time zone),
    /// or RFC 3339 with an offset
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}
