//! mandate-countdown: a terminal briefing dashboard for the MSS Haiti mandate transition.
//!
//! The binary (`main.rs`) parses the command line and hands off to these modules; they are a
//! library so that the benchmarks can time the same code the program runs.
//!
//! - domain, no terminal code: [`countdown`], [`clock`], [`briefing`], [`presentation`]
//! - state and the run loop: [`app`], with keys in [`action`]
//! - drawing: [`ui`] (pure render functions) and [`theme`]
//! - outputs: [`summary`] (`print`), [`export`], [`check`], [`draft`] (a briefing from
//!   articles); [`manual`] (completions, man page)
//! - the terminal itself: [`terminal`]

pub mod action;
pub mod app;
pub mod board;
pub mod briefing;
pub mod check;
pub mod cli;
pub mod clock;
pub mod countdown;
pub mod draft;
pub mod export;
pub mod manual;
pub mod presentation;
pub mod summary;
pub mod terminal;
pub mod theme;
pub mod ui;
