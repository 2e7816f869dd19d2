//! `export` as scripts and people meet it (see PRODUCT.md, "Non-interactive outputs"): golden
//! files of each format, the README screenshot kept current, escaping of hostile briefing text,
//! and the exit codes of bad usage.
//!
//! Golden files live in tests/golden/. When one is missing, or `UPDATE_GOLDEN=1` is set, the
//! test writes it; review the diff before committing. On CI (`CI=true`) writing one still fails,
//! so a missing golden file can never pass silently.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{assert_refused, mandate_countdown};
use rstest::rstest;

const AS_OF: &str = "2025-09-22T14:00";

/// The README's screenshot, made by `cargo run --release -- export` with these arguments and
/// `-o assets/screenshot.svg`.
const SCREENSHOT_ARGS: [&str; 9] = [
    "export", "--format", "svg", "--size", "160x48", "--as-of", AS_OF, "--theme", "dark",
];
const SCREENSHOT: &str = "assets/screenshot.svg";

fn package_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Runs `export` with `args` to standard output and returns what it wrote.
fn export(args: &[&str]) -> String {
    let output = mandate_countdown()
        .arg("export")
        .args(args)
        .args(["-o", "-"])
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "exit {:?}, stderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("export writes UTF-8")
}

/// The dashboard on the day of the UN meeting.
fn export_dashboard(format: &str, size: &str) -> String {
    export(&[
        "--format", format, "--size", size, "--as-of", AS_OF, "--theme", "dark",
    ])
}

/// Compares `actual` with the golden file `name`, or writes it (see the module comment).
fn assert_golden(name: &str, actual: &str) {
    let path = package_path("tests/golden").join(name);
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|value| value == "1");
    if update || !path.exists() {
        std::fs::create_dir_all(path.parent().expect("golden files have a folder"))
            .expect("create tests/golden");
        std::fs::write(&path, actual).expect("write the golden file");
        let on_ci = std::env::var("CI").is_ok_and(|value| value == "true");
        assert!(
            !on_ci,
            "tests/golden/{name} was missing or UPDATE_GOLDEN=1 is set on CI: generate golden \
             files locally with `UPDATE_GOLDEN=1 cargo test --test export` and commit them"
        );
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("the golden file is readable UTF-8");
    if expected != actual {
        let (line, (want, got)) = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .find(|(_, (want, got))| want != got)
            .map_or((0, ("(end)", "(end)")), |(index, pair)| (index + 1, pair));
        panic!(
            "the export differs from tests/golden/{name}, first at line {line}:\n  \
             golden: {want}\n  export: {got}\nIf the change is intended, regenerate with \
             `UPDATE_GOLDEN=1 cargo test --test export` and review the diff."
        );
    }
}

/// The text of an SVG as rows of characters, placed by each `<text>` element's position.
fn svg_rows(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    let number = |node: roxmltree::Node, name: &str| -> usize {
        node.attribute(name)
            .and_then(|value| value.parse().ok())
            .unwrap_or_else(|| panic!("<text> without a whole-number {name}"))
    };
    let mut rows: BTreeMap<usize, BTreeMap<usize, String>> = BTreeMap::new();
    for node in document.descendants().filter(|n| n.has_tag_name("text")) {
        let text: String = node
            .descendants()
            .filter_map(|n| n.is_text().then(|| n.text()).flatten())
            .collect();
        rows.entry(number(node, "y"))
            .or_default()
            .insert(number(node, "x"), text);
    }
    let cell_width = 16;
    rows.into_values()
        .map(|runs| {
            let mut row = String::new();
            for (x, text) in runs {
                let column = x / cell_width;
                let width = row.chars().count();
                row.extend(std::iter::repeat_n(' ', column.saturating_sub(width)));
                row.push_str(&text);
            }
            row
        })
        .collect()
}

fn element_text<'a>(document: &'a roxmltree::Document, tag: &str) -> Option<&'a str> {
    document
        .descendants()
        .find(|node| node.has_tag_name(tag))
        .and_then(|node| node.text())
}

/// The characters inside an HTML export's `<pre>`, tags removed and entities decoded.
fn html_grid(html: &str) -> String {
    let start = html.find("<pre>").expect("a <pre>") + "<pre>".len();
    let end = html.find("</pre>").expect("a </pre>");
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[rstest]
fn matches_the_golden_files(
    #[values("svg", "html", "txt")] format: &str,
    #[values("80x24", "120x40")] size: &str,
) {
    assert_golden(
        &format!("dashboard_{size}.{format}"),
        &export_dashboard(format, size),
    );
}

#[test]
fn keeps_the_readme_screenshot_current() {
    let command = format!(
        "cargo run --release -- {} -o {SCREENSHOT}",
        SCREENSHOT_ARGS.join(" ")
    );
    let readme = std::fs::read_to_string(package_path("README.md")).expect("README.md");
    assert!(
        readme.contains(&command),
        "README.md should show the command that makes the screenshot: {command}"
    );
    assert!(
        readme.contains(&format!("]({SCREENSHOT})")),
        "README.md shows {SCREENSHOT}"
    );
    let rendered = export(&SCREENSHOT_ARGS[1..]);
    let committed = std::fs::read_to_string(package_path(SCREENSHOT)).unwrap_or_default();
    assert!(
        committed == rendered,
        "{SCREENSHOT} no longer matches what the code renders; regenerate it with\n  \
         {command}\nand commit it"
    );
}

#[rstest]
#[case::small("80x24")]
#[case::large("120x40")]
fn writes_the_day_count_as_svg_text(#[case] size: &str) {
    let svg = export_dashboard("svg", size);
    let rows = svg_rows(&svg);
    assert!(
        rows.iter().any(|row| row.contains("10 days remaining")),
        "no row reads \"10 days remaining\":\n{}",
        rows.join("\n")
    );
    let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert_eq!(
        element_text(&document, "title"),
        Some("MSS Haiti: mandate transition")
    );
    assert_eq!(
        element_text(&document, "desc"),
        Some("Multinational Security Support mission in Haiti: 10 days remaining")
    );
}

#[test]
fn shows_the_same_characters_in_html_as_in_txt() {
    let html = export_dashboard("html", "120x40");
    let mut grid = String::new();
    for line in html_grid(&html).lines() {
        grid.push_str(line.trim_end());
        grid.push('\n');
    }
    assert_eq!(grid, export_dashboard("txt", "120x40"));
    assert!(!html.contains("<script"), "HTML exports carry no scripts");
    for fetch in ["src=", "href=", "url(", "@import"] {
        assert!(
            !html.contains(fetch),
            "HTML exports load nothing else: {fetch}"
        );
    }
}

#[rstest]
#[case::svg("svg")]
#[case::html("html")]
#[case::txt("txt")]
fn keeps_hostile_briefing_text_as_text(#[case] format: &str) {
    let out = export(&[
        "--format",
        format,
        "--size",
        "120x40",
        "--as-of",
        AS_OF,
        "--briefing",
        "tests/briefings/hostile.toml",
    ]);
    for forbidden in ["\u{1b}", "\u{7}", "\u{9b}", "pwned"] {
        assert!(!out.contains(forbidden), "{forbidden:?} in:\n{out}");
    }
    if format == "txt" {
        assert!(out.contains("<script>alert(1)</script>"), "{out}");
    } else {
        assert!(!out.contains("<script"), "raw markup in:\n{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
    }
    if format == "svg" {
        let document = roxmltree::Document::parse(&out).expect("well-formed XML");
        assert_eq!(
            element_text(&document, "title"),
            Some("MSS Haiti <script>alert(1)</script>")
        );
    }
}

#[test]
fn exports_a_presentation_slide() {
    let svg = export(&[
        "--format", "svg", "--size", "80x24", "--as-of", AS_OF, "--slide", "1",
    ]);
    let rows = svg_rows(&svg);
    assert!(
        rows.iter().any(|row| row.contains("10 days remaining")),
        "{}",
        rows.join("\n")
    );
}

#[rstest]
#[case::slide_past_the_end(&["--slide", "99"], &["--slide 99", "slides 1 to"])]
#[case::slide_zero(&["--slide", "0"], &["--slide 0", "slides 1 to"])]
#[case::bad_briefing(
    &["--briefing", "tests/briefings/bad/unknown_time_zone.toml"],
    &["unknown_time_zone.toml", "unknown time zone \"Africa/Port-au-Prince\""]
)]
#[case::zero_size(&["--size", "0x0"], &["\"0x0\" is not a usable size", "120x40"])]
#[case::no_size(&["--size", "abc"], &["\"abc\" is not a size", "COLSxROWS"])]
#[case::huge_size(
    &["--size", "100000x100000"],
    &["\"100000x100000\" is not a usable size", "1000", "500"]
)]
#[case::unknown_format(&["--format", "pdf"], &["invalid value 'pdf'", "svg", "html", "txt"])]
fn refuses_bad_usage_with_exit_2(#[case] args: &[&str], #[case] fragments: &[&str]) {
    let mut defaults = BTreeMap::from([("--format", "svg"), ("--size", "80x24")]);
    let mut command = mandate_countdown();
    command.arg("export").args(["-o", "-"]).args(args);
    for flag in args.iter().filter(|arg| arg.starts_with("--")) {
        defaults.remove(flag);
    }
    for (flag, value) in defaults {
        command.args([flag, value]);
    }
    let output = command.output().expect("the binary runs");
    assert_refused(&output, fragments);
}

#[test]
fn names_an_unwritable_output_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let target = dir.path().join("missing").join("dashboard.svg");
    let output = mandate_countdown()
        .args(["export", "--format", "svg", "--size", "80x24", "-o"])
        .arg(&target)
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "stderr: {stderr}");
    assert!(
        stderr.contains(&target.display().to_string()),
        "the path is not named: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert!(left.is_empty(), "created {left:?}");
}

#[test]
fn replaces_an_existing_file_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let target = dir.path().join("dashboard.txt");
    std::fs::write(&target, "an older export\n").expect("write the old file");
    mandate_countdown()
        .args([
            "export", "--format", "txt", "--size", "80x24", "--as-of", AS_OF, "-o",
        ])
        .arg(&target)
        .assert()
        .success();
    let written = std::fs::read_to_string(&target).expect("the export is there");
    assert_eq!(written, export_dashboard("txt", "80x24"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(names, ["dashboard.txt"]);
}

#[cfg(unix)]
#[test]
fn writes_through_a_symbolic_link_and_keeps_it() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let target = dir.path().join("dashboard.txt");
    std::fs::write(&target, "an older export\n").expect("write the old file");
    let link = dir.path().join("latest.txt");
    std::os::unix::fs::symlink(&target, &link).expect("a link");
    mandate_countdown()
        .args([
            "export", "--format", "txt", "--size", "80x24", "--as-of", AS_OF, "-o",
        ])
        .arg(&link)
        .assert()
        .success();
    assert!(link.is_symlink(), "the link was replaced by a file");
    let written = std::fs::read_to_string(&target).expect("the export is there");
    assert_eq!(written, export_dashboard("txt", "80x24"));
}

/// A pipe stands in for `/dev/null` and other special files: renaming a temporary file over one
/// would replace it with a regular file (this once turned a machine's `/dev/null` into a file).
#[cfg(unix)]
#[test]
fn writes_into_a_pipe_and_leaves_it_a_pipe() {
    use std::io::Read as _;
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let pipe = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo failed");
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(&pipe)
                .and_then(|mut file| file.read_to_string(&mut text))
                .expect("read the pipe");
            text
        })
    };
    mandate_countdown()
        .args([
            "export", "--format", "txt", "--size", "80x24", "--as-of", AS_OF, "-o",
        ])
        .arg(&pipe)
        .assert()
        .success();
    // First, so that a failure does not wait forever on a reader whose pipe was replaced.
    let kind = std::fs::symlink_metadata(&pipe)
        .expect("still there")
        .file_type();
    assert!(kind.is_fifo(), "the pipe became {kind:?}");
    assert_eq!(
        reader.join().expect("the reader"),
        export_dashboard("txt", "80x24")
    );
}
