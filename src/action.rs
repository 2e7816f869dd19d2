//! What a key can do, and the one table that maps keys to it. Dispatch, the footer and the help
//! screen all read `KEYS`, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    ToggleHelp,
    CloseOverlay,
    FocusNext,
    FocusPrevious,
    SelectPrevious,
    SelectNext,
    /// Show where the focused panel's facts come from, in full.
    ToggleSource,
    /// Move the shown date by this many calendar days in the mandate's zone.
    StepDays(i64),
    BackToNow,
    CycleTheme,
    TogglePresentation,
    NextSlide,
    PreviousSlide,
    /// Go to slide N, counted from 1 as on screen.
    JumpToSlide(usize),
    TogglePause,
    ToggleBlank,
    /// Open the board's selected briefing on the full dashboard.
    OpenBriefing,
    /// Back from a briefing to the board it was opened from.
    Back,
}

/// Where a binding applies. The help overlay's keys win over the mode's, which win over the
/// keys that work everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Everywhere,
    Dashboard,
    Presenting,
    /// A pop-up (help, a source) is open.
    Overlay,
    /// The board of several briefings.
    Board,
    /// A briefing's dashboard opened from the board: the dashboard's keys, and a way back.
    FromBoard,
}

impl Context {
    pub const fn title(self) -> &'static str {
        match self {
            Self::Everywhere => "Everywhere",
            Self::Dashboard => "Dashboard",
            Self::Presenting => "Presenting",
            Self::Overlay => "In a pop-up",
            Self::Board => "Board",
            Self::FromBoard => "Dashboard opened from the board",
        }
    }

    /// The contexts whose keys are in force here, most specific first (a key bound in an
    /// earlier one hides the same key in a later one); `Everywhere` is always under them.
    pub const fn layers(self) -> &'static [Self] {
        match self {
            Self::FromBoard => &[Self::FromBoard, Self::Dashboard],
            Self::Everywhere => &[Self::Everywhere],
            Self::Dashboard => &[Self::Dashboard],
            Self::Presenting => &[Self::Presenting],
            Self::Overlay => &[Self::Overlay],
            Self::Board => &[Self::Board],
        }
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [(KeyModifiers, KeyCode)],
    /// How the keys are written in the footer and help.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    /// The word shown in the footer; bindings without one appear only in help.
    pub hint: Option<&'static str>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CONTROL: KeyModifiers = KeyModifiers::CONTROL;

const fn bind(
    context: Context,
    keys: &'static [(KeyModifiers, KeyCode)],
    label: &'static str,
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        label,
        action,
        help,
        hint,
    }
}

use Context::{Board, Dashboard, Everywhere, FromBoard, Overlay, Presenting};

pub const KEYS: &[Binding] = &[
    bind(
        Overlay,
        &[(NONE, KeyCode::Esc)],
        "Esc",
        Action::CloseOverlay,
        "close the pop-up",
        None,
    ),
    bind(
        Overlay,
        &[(NONE, KeyCode::Up), (NONE, KeyCode::Char('k'))],
        "\u{2191}",
        Action::SelectPrevious,
        "scroll the pop-up up",
        None,
    ),
    bind(
        Overlay,
        &[(NONE, KeyCode::Down), (NONE, KeyCode::Char('j'))],
        "\u{2193}",
        Action::SelectNext,
        "scroll the pop-up down",
        None,
    ),
    bind(
        FromBoard,
        &[(NONE, KeyCode::Esc)],
        "Esc",
        Action::Back,
        "back to the board",
        Some("board"),
    ),
    bind(
        Dashboard,
        &[(NONE, KeyCode::Esc)],
        "Esc",
        Action::Quit,
        "quit",
        None,
    ),
    bind(
        Board,
        &[(NONE, KeyCode::Esc)],
        "Esc",
        Action::Quit,
        "quit",
        None,
    ),
    bind(
        Presenting,
        &[(NONE, KeyCode::Esc)],
        "Esc",
        Action::TogglePresentation,
        "leave presentation mode",
        None,
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('q')), (CONTROL, KeyCode::Char('c'))],
        "q",
        Action::Quit,
        "quit",
        Some("quit"),
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('?')), (SHIFT, KeyCode::Char('?'))],
        "?",
        Action::ToggleHelp,
        "show or hide this help",
        Some("help"),
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('p'))],
        "p",
        Action::TogglePresentation,
        "start or leave presentation mode",
        Some("present"),
    ),
    bind(
        Dashboard,
        &[
            (NONE, KeyCode::Tab),
            (NONE, KeyCode::Right),
            (NONE, KeyCode::Char('l')),
        ],
        "Tab",
        Action::FocusNext,
        "focus the next panel",
        Some("focus"),
    ),
    bind(
        Dashboard,
        &[
            (SHIFT, KeyCode::BackTab),
            (NONE, KeyCode::BackTab),
            (NONE, KeyCode::Left),
            (NONE, KeyCode::Char('h')),
        ],
        "S-Tab",
        Action::FocusPrevious,
        "focus the previous panel",
        None,
    ),
    bind(
        Dashboard,
        &[(NONE, KeyCode::Up), (NONE, KeyCode::Char('k'))],
        "\u{2191}",
        Action::SelectPrevious,
        "previous quote (or force, in the forces panel)",
        None,
    ),
    bind(
        Dashboard,
        &[(NONE, KeyCode::Down), (NONE, KeyCode::Char('j'))],
        "\u{2193}",
        Action::SelectNext,
        "next quote (or force, in the forces panel)",
        Some("quote"),
    ),
    bind(
        Dashboard,
        &[(NONE, KeyCode::Enter)],
        "Enter",
        Action::ToggleSource,
        "where the focused panel's facts come from, in full",
        Some("source"),
    ),
    bind(
        Board,
        &[(NONE, KeyCode::Up), (NONE, KeyCode::Char('k'))],
        "\u{2191}",
        Action::SelectPrevious,
        "previous briefing",
        None,
    ),
    bind(
        Board,
        &[(NONE, KeyCode::Down), (NONE, KeyCode::Char('j'))],
        "\u{2193}",
        Action::SelectNext,
        "next briefing",
        Some("select"),
    ),
    bind(
        Board,
        &[(NONE, KeyCode::Enter)],
        "Enter",
        Action::OpenBriefing,
        "open the selected briefing's dashboard (Esc comes back)",
        Some("open"),
    ),
    bind(
        Presenting,
        &[
            (NONE, KeyCode::Char(' ')),
            (NONE, KeyCode::Char('n')),
            (NONE, KeyCode::Right),
            (NONE, KeyCode::PageDown),
        ],
        "Space",
        Action::NextSlide,
        "next slide",
        Some("next"),
    ),
    bind(
        Presenting,
        &[
            (NONE, KeyCode::Char('b')),
            (NONE, KeyCode::Left),
            (NONE, KeyCode::PageUp),
        ],
        "b",
        Action::PreviousSlide,
        "previous slide",
        Some("back"),
    ),
    bind(
        Presenting,
        &[
            (NONE, KeyCode::Char('1')),
            (NONE, KeyCode::Char('2')),
            (NONE, KeyCode::Char('3')),
            (NONE, KeyCode::Char('4')),
            (NONE, KeyCode::Char('5')),
            (NONE, KeyCode::Char('6')),
            (NONE, KeyCode::Char('7')),
            (NONE, KeyCode::Char('8')),
            (NONE, KeyCode::Char('9')),
        ],
        "1-9",
        Action::JumpToSlide(0),
        "go to slide 1 to 9",
        None,
    ),
    bind(
        Presenting,
        &[(NONE, KeyCode::Char('.'))],
        ".",
        Action::TogglePause,
        "pause or resume auto-advance",
        Some("pause"),
    ),
    bind(
        Presenting,
        &[(NONE, KeyCode::Char('x'))],
        "x",
        Action::ToggleBlank,
        "blank the screen (black) and back",
        Some("blank"),
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('['))],
        "[",
        Action::StepDays(-1),
        "show the day before",
        None,
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char(']'))],
        "[ ]",
        Action::StepDays(1),
        "show the day after",
        Some("day"),
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('{')), (SHIFT, KeyCode::Char('{'))],
        "{",
        Action::StepDays(-7),
        "show the week before",
        None,
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('}')), (SHIFT, KeyCode::Char('}'))],
        "{ }",
        Action::StepDays(7),
        "show the week after",
        Some("week"),
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('0'))],
        "0",
        Action::BackToNow,
        "back to the real date and time",
        Some("now"),
    ),
    bind(
        Everywhere,
        &[(NONE, KeyCode::Char('t'))],
        "t",
        Action::CycleTheme,
        "next theme (dark, light, contrast, mono)",
        Some("theme"),
    ),
    bind(
        Everywhere,
        &[(CONTROL, KeyCode::Char('z'))],
        "Ctrl-Z",
        Action::Suspend,
        "suspend to the shell (fg to return)",
        None,
    ),
];

/// The bindings in force, most specific first: a pop-up's (when one is open), the mode's, then
/// those that work everywhere.
pub fn active(mode: Context, overlay_open: bool) -> impl Iterator<Item = &'static Binding> {
    let pop_up = overlay_open.then_some(Overlay);
    let contexts = pop_up
        .into_iter()
        .chain(mode.layers().iter().copied())
        .chain([Everywhere]);
    contexts.flat_map(|context| {
        KEYS.iter()
            .filter(move |binding| binding.context == context)
    })
}

/// The action for a key press in `mode`. Releases and repeats do nothing, so no key acts twice.
pub fn action_for(key: KeyEvent, mode: Context, overlay_open: bool) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let binding = active(mode, overlay_open)
        .find(|binding| binding.keys.contains(&(key.modifiers, key.code)))?;
    Some(match (binding.action, key.code) {
        (Action::JumpToSlide(_), KeyCode::Char(digit)) => {
            Action::JumpToSlide(digit.to_digit(10).map_or(0, |d| d as usize))
        }
        (action, _) => action,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn press(modifiers: KeyModifiers, code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[rstest]
    #[case(Dashboard, NONE, KeyCode::Char('q'), Action::Quit)]
    #[case(Dashboard, NONE, KeyCode::Esc, Action::Quit)]
    #[case(FromBoard, NONE, KeyCode::Esc, Action::Back)]
    #[case(FromBoard, NONE, KeyCode::Tab, Action::FocusNext)]
    #[case(FromBoard, NONE, KeyCode::Enter, Action::ToggleSource)]
    #[case(Board, NONE, KeyCode::Esc, Action::Quit)]
    #[case(Board, NONE, KeyCode::Down, Action::SelectNext)]
    #[case(Board, NONE, KeyCode::Char('k'), Action::SelectPrevious)]
    #[case(Board, NONE, KeyCode::Enter, Action::OpenBriefing)]
    #[case(Board, NONE, KeyCode::Char('}'), Action::StepDays(7))]
    #[case(Board, NONE, KeyCode::Char('0'), Action::BackToNow)]
    #[case(Board, NONE, KeyCode::Char('p'), Action::TogglePresentation)]
    #[case(Dashboard, CONTROL, KeyCode::Char('c'), Action::Quit)]
    #[case(Dashboard, SHIFT, KeyCode::Char('?'), Action::ToggleHelp)]
    #[case(Dashboard, NONE, KeyCode::Char('j'), Action::SelectNext)]
    #[case(Dashboard, NONE, KeyCode::Right, Action::FocusNext)]
    #[case(Dashboard, NONE, KeyCode::Char(']'), Action::StepDays(1))]
    #[case(Dashboard, SHIFT, KeyCode::Char('{'), Action::StepDays(-7))]
    #[case(Dashboard, NONE, KeyCode::Char('0'), Action::BackToNow)]
    #[case(Presenting, NONE, KeyCode::Esc, Action::TogglePresentation)]
    #[case(Presenting, NONE, KeyCode::Right, Action::NextSlide)]
    #[case(Presenting, NONE, KeyCode::Char(' '), Action::NextSlide)]
    #[case(Presenting, NONE, KeyCode::Char('b'), Action::PreviousSlide)]
    #[case(Presenting, NONE, KeyCode::Char('7'), Action::JumpToSlide(7))]
    #[case(Presenting, NONE, KeyCode::Char('0'), Action::BackToNow)]
    #[case(Presenting, NONE, KeyCode::Char(']'), Action::StepDays(1))]
    #[case(Presenting, NONE, KeyCode::Char('q'), Action::Quit)]
    fn maps_keys_to_actions_by_mode(
        #[case] mode: Context,
        #[case] modifiers: KeyModifiers,
        #[case] code: KeyCode,
        #[case] action: Action,
    ) {
        assert_eq!(
            action_for(press(modifiers, code), mode, false),
            Some(action)
        );
    }

    #[test]
    fn esc_closes_a_pop_up_before_anything_else() {
        let esc = press(NONE, KeyCode::Esc);
        assert_eq!(action_for(esc, Dashboard, true), Some(Action::CloseOverlay));
        assert_eq!(
            action_for(esc, Presenting, true),
            Some(Action::CloseOverlay)
        );
    }

    #[test]
    fn slide_keys_do_nothing_on_the_dashboard() {
        assert_eq!(
            action_for(press(NONE, KeyCode::Char('7')), Dashboard, false),
            None
        );
        assert_eq!(
            action_for(press(NONE, KeyCode::Char('.')), Dashboard, false),
            None
        );
    }

    #[test]
    fn release_and_repeat_do_not_act() {
        for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
            let mut key = press(NONE, KeyCode::Char(']'));
            key.kind = kind;
            assert_eq!(action_for(key, Dashboard, false), None);
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in [Everywhere, Dashboard, Presenting, Overlay, Board, FromBoard] {
            let mut seen = Vec::new();
            for binding in KEYS
                .iter()
                .filter(|b| b.context == context || b.context == Everywhere)
            {
                for key in binding.keys {
                    assert!(!seen.contains(key), "{key:?} is bound twice in {context:?}");
                    seen.push(*key);
                }
            }
        }
    }
}
