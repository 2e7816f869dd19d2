//! What a key can do, and the one table that maps keys to it. Dispatch, the footer and the help
//! screen all read `KEYS`, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    ToggleHelp,
    FocusNext,
    FocusPrevious,
    SelectPrevious,
    SelectNext,
    ToggleSource,
    /// Move the shown date by this many calendar days in the mandate's zone.
    StepDays(i64),
    BackToNow,
    CycleTheme,
}

pub struct Binding {
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

pub const KEYS: &[Binding] = &[
    Binding {
        keys: &[
            (NONE, KeyCode::Char('q')),
            (NONE, KeyCode::Esc),
            (KeyModifiers::CONTROL, KeyCode::Char('c')),
        ],
        label: "q",
        action: Action::Quit,
        help: "quit (also Esc, Ctrl-C)",
        hint: Some("quit"),
    },
    Binding {
        keys: &[(NONE, KeyCode::Char('?')), (SHIFT, KeyCode::Char('?'))],
        label: "?",
        action: Action::ToggleHelp,
        help: "show or hide this help",
        hint: Some("help"),
    },
    Binding {
        keys: &[
            (NONE, KeyCode::Tab),
            (NONE, KeyCode::Right),
            (NONE, KeyCode::Char('l')),
        ],
        label: "Tab",
        action: Action::FocusNext,
        help: "focus the next panel (also \u{2192}, l)",
        hint: Some("focus"),
    },
    Binding {
        keys: &[
            (SHIFT, KeyCode::BackTab),
            (NONE, KeyCode::BackTab),
            (NONE, KeyCode::Left),
            (NONE, KeyCode::Char('h')),
        ],
        label: "S-Tab",
        action: Action::FocusPrevious,
        help: "focus the previous panel (also \u{2190}, h)",
        hint: None,
    },
    Binding {
        keys: &[(NONE, KeyCode::Up), (NONE, KeyCode::Char('k'))],
        label: "\u{2191}/k",
        action: Action::SelectPrevious,
        help: "previous quote",
        hint: None,
    },
    Binding {
        keys: &[(NONE, KeyCode::Down), (NONE, KeyCode::Char('j'))],
        label: "\u{2193}/j",
        action: Action::SelectNext,
        help: "next quote",
        hint: Some("quote"),
    },
    Binding {
        keys: &[(NONE, KeyCode::Enter)],
        label: "Enter",
        action: Action::ToggleSource,
        help: "open or close the selected quote's source",
        hint: Some("source"),
    },
    Binding {
        keys: &[(NONE, KeyCode::Char('['))],
        label: "[",
        action: Action::StepDays(-1),
        help: "show the day before",
        hint: None,
    },
    Binding {
        keys: &[(NONE, KeyCode::Char(']'))],
        label: "[ ]",
        action: Action::StepDays(1),
        help: "show the day after",
        hint: Some("day"),
    },
    Binding {
        keys: &[(NONE, KeyCode::Char('{')), (SHIFT, KeyCode::Char('{'))],
        label: "{",
        action: Action::StepDays(-7),
        help: "show the week before",
        hint: None,
    },
    Binding {
        keys: &[(NONE, KeyCode::Char('}')), (SHIFT, KeyCode::Char('}'))],
        label: "{ }",
        action: Action::StepDays(7),
        help: "show the week after",
        hint: Some("week"),
    },
    Binding {
        keys: &[(NONE, KeyCode::Char('0'))],
        label: "0",
        action: Action::BackToNow,
        help: "back to the real date and time",
        hint: Some("now"),
    },
    Binding {
        keys: &[(NONE, KeyCode::Char('t'))],
        label: "t",
        action: Action::CycleTheme,
        help: "next theme (dark, light, contrast, mono)",
        hint: Some("theme"),
    },
    Binding {
        keys: &[(KeyModifiers::CONTROL, KeyCode::Char('z'))],
        label: "Ctrl-Z",
        action: Action::Suspend,
        help: "suspend to the shell (fg to return)",
        hint: None,
    },
];

/// The action for a key press. Releases and repeats do nothing, so no key acts twice.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    KEYS.iter()
        .find(|binding| binding.keys.contains(&(key.modifiers, key.code)))
        .map(|binding| binding.action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn press(modifiers: KeyModifiers, code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[rstest]
    #[case(NONE, KeyCode::Char('q'), Action::Quit)]
    #[case(NONE, KeyCode::Esc, Action::Quit)]
    #[case(KeyModifiers::CONTROL, KeyCode::Char('c'), Action::Quit)]
    #[case(SHIFT, KeyCode::Char('?'), Action::ToggleHelp)]
    #[case(NONE, KeyCode::Char('j'), Action::SelectNext)]
    #[case(NONE, KeyCode::Char(']'), Action::StepDays(1))]
    #[case(SHIFT, KeyCode::Char('{'), Action::StepDays(-7))]
    #[case(NONE, KeyCode::Char('0'), Action::BackToNow)]
    fn maps_keys_to_actions(
        #[case] modifiers: KeyModifiers,
        #[case] code: KeyCode,
        #[case] action: Action,
    ) {
        assert_eq!(action_for(press(modifiers, code)), Some(action));
    }

    #[test]
    fn release_and_repeat_do_not_act() {
        for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
            let mut key = press(NONE, KeyCode::Char(']'));
            key.kind = kind;
            assert_eq!(action_for(key), None);
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = Vec::new();
        for key in KEYS.iter().flat_map(|binding| binding.keys) {
            assert!(!seen.contains(key), "{key:?} is bound twice");
            seen.push(*key);
        }
    }
}
