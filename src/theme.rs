//! Every colour the dashboard uses, as data: one `Theme` per kind of room. Panels ask for a role
//! ("muted", "critical"), never for a colour, and meaning is always also carried by words.

use clap::ValueEnum;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    /// Pure black and white plus one accent, for washed-out projectors.
    Contrast,
    /// No colour at all: state is carried by words and shapes.
    Mono,
}

impl ThemeName {
    #[must_use]
    pub const fn next(self) -> Self {
        match self {
            Self::Dark => Self::Light,
            Self::Light => Self::Contrast,
            Self::Contrast => Self::Mono,
            Self::Mono => Self::Dark,
        }
    }

    pub const fn theme(self) -> &'static Theme {
        match self {
            Self::Dark => &DARK,
            Self::Light => &LIGHT,
            Self::Contrast => &CONTRAST,
            Self::Mono => &MONO,
        }
    }
}

/// How close the deadline is, which decides the countdown's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Calm,
    Warning,
    Critical,
    Expired,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub muted: Style,
    pub border: Style,
    pub border_focused: Style,
    pub selected: Style,
    pub replay: Style,
    pub warning_banner: Style,
    pub calm: Style,
    pub warning: Style,
    pub critical: Style,
    pub expired: Style,
    pub bar_baseline: Style,
    pub bar_other: Style,
    pub key: Style,
}

impl Theme {
    pub const fn urgency(&self, urgency: Urgency) -> Style {
        match urgency {
            Urgency::Calm => self.calm,
            Urgency::Warning => self.warning,
            Urgency::Critical => self.critical,
            Urgency::Expired => self.expired,
        }
    }
}

const fn fg(color: Color) -> Style {
    Style::new().fg(color)
}

const fn bold(color: Color) -> Style {
    Style::new().fg(color).add_modifier(Modifier::BOLD)
}

pub const DARK: Theme = Theme {
    base: Style::new().fg(Color::Gray).bg(Color::Black),
    title: bold(Color::White),
    muted: fg(Color::DarkGray),
    border: fg(Color::DarkGray),
    border_focused: fg(Color::Cyan),
    selected: Style::new().fg(Color::Black).bg(Color::Cyan),
    replay: Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD),
    warning_banner: Style::new()
        .fg(Color::Black)
        .bg(Color::LightRed)
        .add_modifier(Modifier::BOLD),
    // Blue / orange / magenta rather than green / red, so the steps survive colour blindness.
    calm: bold(Color::LightBlue),
    warning: bold(Color::Yellow),
    critical: bold(Color::LightMagenta),
    expired: bold(Color::White),
    bar_baseline: fg(Color::LightBlue),
    bar_other: fg(Color::Yellow),
    key: bold(Color::Cyan),
};

pub const LIGHT: Theme = Theme {
    base: Style::new().fg(Color::Black).bg(Color::White),
    title: bold(Color::Black),
    muted: fg(Color::DarkGray),
    border: fg(Color::Gray),
    border_focused: fg(Color::Blue),
    selected: Style::new().fg(Color::White).bg(Color::Blue),
    replay: Style::new()
        .fg(Color::Black)
        .bg(Color::LightYellow)
        .add_modifier(Modifier::BOLD),
    warning_banner: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD),
    calm: bold(Color::Blue),
    warning: bold(Color::Rgb(0xb3, 0x58, 0x06)),
    critical: bold(Color::Magenta),
    expired: bold(Color::Black),
    bar_baseline: fg(Color::Blue),
    bar_other: fg(Color::Rgb(0xb3, 0x58, 0x06)),
    key: bold(Color::Blue),
};

pub const CONTRAST: Theme = Theme {
    base: Style::new().fg(Color::White).bg(Color::Black),
    title: bold(Color::White),
    muted: fg(Color::White),
    border: fg(Color::White),
    border_focused: bold(Color::Yellow),
    selected: Style::new().fg(Color::Black).bg(Color::White),
    replay: Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD),
    warning_banner: Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD),
    calm: bold(Color::White),
    warning: bold(Color::Yellow),
    critical: Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD),
    expired: bold(Color::White),
    bar_baseline: fg(Color::White),
    bar_other: fg(Color::Yellow),
    key: bold(Color::Yellow),
};

/// No colours at all: emphasis by bold and reverse video only.
pub const MONO: Theme = Theme {
    base: Style::new(),
    title: Style::new().add_modifier(Modifier::BOLD),
    muted: Style::new(),
    border: Style::new(),
    border_focused: Style::new().add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    replay: Style::new().add_modifier(Modifier::REVERSED),
    warning_banner: Style::new().add_modifier(Modifier::REVERSED),
    calm: Style::new().add_modifier(Modifier::BOLD),
    warning: Style::new().add_modifier(Modifier::BOLD),
    critical: Style::new().add_modifier(Modifier::BOLD.union(Modifier::REVERSED)),
    expired: Style::new().add_modifier(Modifier::BOLD),
    bar_baseline: Style::new(),
    bar_other: Style::new(),
    key: Style::new().add_modifier(Modifier::BOLD),
};

/// The entry of a named colour in the terminal's 16-colour palette, as terminals number them:
/// the terminal output and the exported pictures both read it. `None` for the rest.
pub const fn palette_index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Reset | Color::Indexed(_) | Color::Rgb(..) => return None,
    })
}
