//! An article as the drafter reads it: its text exactly as it will be kept in `seeds/`, its
//! dateline, and its paragraphs. Plain text is kept byte for byte; a page saved as HTML is
//! turned into text in the seeds' form (a first line ` date YYYY-MM-DD `, then paragraphs), so
//! every quote the draft takes from it can be checked word for word.

use std::ops::Range;

use chrono::NaiveDate;
use html5gum::{DefaultEmitter, Token, Tokenizer};

#[derive(Debug, Clone)]
pub struct Article {
    /// The name the article was given by, for the report.
    pub name: String,
    /// The file name its copy in `seeds/` takes.
    pub seed_name: String,
    /// The text kept in `seeds/`; every passage of the draft is a slice of it.
    pub text: String,
    pub dateline: NaiveDate,
    /// Whether the text itself states the dateline (else it came from `--published`).
    pub dated_in_text: bool,
    /// The headline, when the page gives one.
    pub title: Option<String>,
    pub paragraphs: Vec<Range<usize>>,
    pub from_html: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    #[error("the file is empty: there is no article to draft from")]
    Empty,
    #[error(
        "binary data (byte {at} is {byte:#04x}): an article is plain text or a page saved as HTML"
    )]
    Binary { at: usize, byte: u8 },
    #[error("not UTF-8 text: save the article as UTF-8 plain text or HTML")]
    NotUtf8,
    #[error("line 1: {found:?} is not a real date: the first line should read ` date YYYY-MM-DD `")]
    BadDate { found: String },
    #[error(
        "no date: the article does not give one (a first line ` date YYYY-MM-DD `, or the page's publication date); give --published YYYY-MM-DD"
    )]
    NoDate,
    #[error("no article text: the page has no paragraphs (<p>) to draft from")]
    NoText,
}

impl Article {
    /// Reads an article from its bytes: HTML when it looks like a page, plain text otherwise.
    /// `published` dates an article that gives no date of its own.
    pub fn parse(
        name: &str,
        bytes: &[u8],
        published: Option<NaiveDate>,
    ) -> Result<Self, ArticleError> {
        if let Some(at) = bytes.iter().position(|b| is_binary(*b)) {
            return Err(ArticleError::Binary {
                at,
                byte: bytes[at],
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ArticleError::NotUtf8)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ArticleError::Empty);
        }
        if looks_like_html(name, text) {
            Self::from_html(name, text, published)
        } else {
            Self::from_text(name, text, published)
        }
    }

    fn from_text(
        name: &str,
        text: &str,
        published: Option<NaiveDate>,
    ) -> Result<Self, ArticleError> {
        let (stated, body_start) = dateline(text)?;
        let dateline = stated.or(published).ok_or(ArticleError::NoDate)?;
        Ok(Self {
            name: name.to_owned(),
            seed_name: file_name(name),
            paragraphs: paragraphs(text, body_start),
            text: text.to_owned(),
            dateline,
            dated_in_text: stated.is_some(),
            title: None,
            from_html: false,
        })
    }

    fn from_html(
        name: &str,
        html: &str,
        published: Option<NaiveDate>,
    ) -> Result<Self, ArticleError> {
        let page = Page::read(html);
        if page.paragraphs.is_empty() {
            return Err(ArticleError::NoText);
        }
        let dateline = page.published.or(published).ok_or(ArticleError::NoDate)?;
        // The seeds' form: the date, then the paragraphs with a blank line between them.
        let mut text = format!(" date {} ", dateline.format("%Y-%m-%d"));
        let body_start = text.len();
        text.push_str(&page.paragraphs.join("\n\n"));
        text.push('\n');
        let stem = file_name(name);
        let stem = stem
            .rsplit_once('.')
            .map_or(stem.as_str(), |(stem, _)| stem)
            .to_owned();
        Ok(Self {
            name: name.to_owned(),
            seed_name: format!("{stem}.txt"),
            paragraphs: paragraphs(&text, body_start),
            text,
            dateline,
            dated_in_text: true,
            title: page.title,
            from_html: true,
        })
    }

    pub fn paragraph_text(&self, index: usize) -> &str {
        &self.text[self.paragraphs[index].clone()]
    }
}

/// NUL and the control characters no article holds; tab, line breaks and form feed are text.
fn is_binary(byte: u8) -> bool {
    byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c) || byte == 0x7f
}

fn file_name(name: &str) -> String {
    std::path::Path::new(name).file_name().map_or_else(
        || "article.txt".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn looks_like_html(name: &str, text: &str) -> bool {
    let lower = name.to_lowercase();
    if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return true;
    }
    let start: String = text
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<meta",
        "<p>",
    ]
    .iter()
    .any(|tag| start.starts_with(tag))
}

/// The dateline a text states on its first line (` date YYYY-MM-DD `), and where its body
/// starts.
fn dateline(text: &str) -> Result<(Option<NaiveDate>, usize), ArticleError> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let Some(after) = rest
        .get(..5)
        .filter(|word| word.eq_ignore_ascii_case("date "))
        .map(|_| &rest[5..])
    else {
        return Ok((None, 0));
    };
    let found: String = after.chars().take_while(|c| !c.is_whitespace()).collect();
    let date =
        NaiveDate::parse_from_str(&found, "%Y-%m-%d").map_err(|_| ArticleError::BadDate {
            found: found.clone(),
        })?;
    let after_date = lead + 5 + found.len();
    let body = after_date + (text[after_date..].len() - text[after_date..].trim_start().len());
    Ok((Some(date), body))
}

/// The paragraphs from `start`, trimmed. A blank line always ends one (the seeds' form); a
/// single line break ends one only after a sentence's end, so text copied with one paragraph
/// a line reads the same as text hard-wrapped at a fixed width, whose lines run on.
fn paragraphs(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut at = start;
    for line in text[start..].split_inclusive('\n') {
        let trimmed = line.trim();
        let lead = line.len() - line.trim_start().len();
        if trimmed.is_empty() {
            out.extend(current.take());
        } else {
            let range = at + lead..at + lead + trimmed.len();
            let merged = match current.take() {
                Some(open) => open.start..range.end,
                None => range,
            };
            if ends_a_paragraph(trimmed) {
                out.push(merged);
            } else {
                current = Some(merged);
            }
        }
        at += line.len();
    }
    out.extend(current);
    out
}

/// Whether a line ends where a paragraph may: after a sentence's end or a closing mark.
fn ends_a_paragraph(line: &str) -> bool {
    line.ends_with([
        '.', '!', '?', ':', '\u{201d}', '"', '\u{2019}', '\'', ')', '\u{bb}', '\u{2026}',
    ])
}

/// What the drafter takes from a saved page.
#[derive(Debug, Default)]
struct Page {
    title: Option<String>,
    published: Option<NaiveDate>,
    paragraphs: Vec<String>,
}

/// Elements whose text is never the article's.
const SKIPPED: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"nav",
    b"header",
    b"footer",
    b"aside",
    b"form",
    b"figure",
    b"figcaption",
    b"button",
    b"select",
    b"iframe",
];

/// Block elements that end an open paragraph (pages do not always close their `<p>`).
const BLOCKS: &[&[u8]] = &[
    b"div",
    b"section",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"ul",
    b"ol",
    b"table",
    b"blockquote",
    b"main",
    b"article",
];

/// Classes of paragraphs that are the page's furniture, not the article: bylines, credits,
/// captions, promotions.
const FURNITURE: &[&str] = &[
    "byline",
    "author",
    "credit",
    "caption",
    "related",
    "promo",
    "newsletter",
    "subscribe",
    "advert",
    "share",
    "copyright",
];

/// Meta tags that give a page's publication date, by `property`, `name` or `itemprop`.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
    "og:article:published_time",
];

/// Stands for `<br>` inside a paragraph's text until it is split there; the page's own line
/// breaks are only white space.
const LINE_BREAK: char = '\u{2028}';

impl Page {
    /// The page's paragraphs: those inside `<article>` (or an `articleBody`) when it has any,
    /// else every paragraph outside navigation, headers, footers and asides. A paragraph that
    /// is only a link ("Read more: ...") is not the article's.
    fn read(html: &str) -> Self {
        let mut emitter = DefaultEmitter::default();
        // Script and style bodies are raw text, not markup to read.
        emitter.naively_switch_states(true);
        let mut reader = Reader::default();
        for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let attribute = |key: &[u8]| {
                        tag.attributes
                            .get(key)
                            .map(|v| String::from_utf8_lossy(&v.value).into_owned())
                    };
                    reader.start(&tag.name.to_ascii_lowercase(), tag.self_closing, &attribute);
                }
                Token::EndTag(tag) => reader.end(&tag.name.to_ascii_lowercase()),
                Token::String(text) => reader.text(&String::from_utf8_lossy(&text.value)),
                _ => {}
            }
        }
        reader.finish_paragraph();
        Self {
            paragraphs: if reader.in_article.is_empty() {
                reader.elsewhere
            } else {
                reader.in_article
            },
            title: reader
                .og_title
                .or(reader.h1)
                .or(Some(reader.title))
                .map(|t| collapse(&t))
                .filter(|t| !t.is_empty()),
            published: reader
                .meta_date
                .or(reader.json_ld_date)
                .or(reader.time_date),
        }
    }
}

/// Where the tokenizer is in the page, and what it has collected.
#[derive(Debug, Default)]
struct Reader {
    skipped: usize,
    article_depth: usize,
    link_depth: usize,
    in_title: bool,
    in_h1: bool,
    json_ld: bool,
    paragraph: Option<Paragraph>,
    in_article: Vec<String>,
    elsewhere: Vec<String>,
    title: String,
    h1: Option<String>,
    og_title: Option<String>,
    meta_date: Option<NaiveDate>,
    json_ld_date: Option<NaiveDate>,
    time_date: Option<NaiveDate>,
}

impl Reader {
    fn start(
        &mut self,
        name: &[u8],
        self_closing: bool,
        attribute: &dyn Fn(&[u8]) -> Option<String>,
    ) {
        if BLOCKS.contains(&name) {
            self.finish_paragraph();
        }
        let article_body = attribute(b"itemprop").is_some_and(|p| p == "articleBody");
        match name {
            b"meta" => self.meta(attribute),
            b"time" if self.time_date.is_none() => {
                self.time_date = attribute(b"datetime").and_then(|d| date_prefix(&d));
            }
            b"script" => {
                self.json_ld = attribute(b"type").is_some_and(|t| t.contains("ld+json"));
                self.skipped += 1;
            }
            b"title" => self.in_title = true,
            b"h1" => self.in_h1 = self.h1.is_none(),
            b"article" => self.article_depth += 1,
            b"a" => self.link_depth += 1,
            b"br" => {
                if let Some(p) = self.paragraph.as_mut() {
                    p.text.push(LINE_BREAK);
                }
            }
            b"p" if self.skipped == 0 => {
                self.finish_paragraph();
                let class = attribute(b"class").unwrap_or_default().to_lowercase();
                let furniture = FURNITURE.iter().any(|word| class.contains(word));
                self.paragraph = (!furniture).then(|| Paragraph {
                    in_article: self.article_depth > 0 || article_body,
                    ..Paragraph::default()
                });
            }
            other if SKIPPED.contains(&other) && !self_closing => self.skipped += 1,
            _ if article_body => self.article_depth += 1,
            _ => {}
        }
    }

    fn meta(&mut self, attribute: &dyn Fn(&[u8]) -> Option<String>) {
        let key = attribute(b"property")
            .or_else(|| attribute(b"name"))
            .or_else(|| attribute(b"itemprop"))
            .unwrap_or_default()
            .to_lowercase();
        let content = attribute(b"content").unwrap_or_default();
        if key == "og:title" {
            self.og_title = Some(content);
        } else if PUBLISHED_META.contains(&key.as_str()) && self.meta_date.is_none() {
            self.meta_date = date_prefix(&content);
        }
    }

    fn end(&mut self, name: &[u8]) {
        if BLOCKS.contains(&name) {
            self.finish_paragraph();
        }
        match name {
            b"title" => self.in_title = false,
            b"h1" => self.in_h1 = false,
            b"article" => self.article_depth = self.article_depth.saturating_sub(1),
            b"a" => self.link_depth = self.link_depth.saturating_sub(1),
            b"p" => self.finish_paragraph(),
            b"script" => {
                self.json_ld = false;
                self.skipped = self.skipped.saturating_sub(1);
            }
            other if SKIPPED.contains(&other) => self.skipped = self.skipped.saturating_sub(1),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.json_ld && self.json_ld_date.is_none() {
            self.json_ld_date = json_date(text);
        } else if self.in_title {
            self.title.push_str(text);
        } else if self.in_h1 && self.skipped == 0 {
            self.h1.get_or_insert_with(String::new).push_str(text);
        } else if self.skipped == 0
            && let Some(p) = self.paragraph.as_mut()
        {
            p.text.push_str(text);
            if self.link_depth == 0 && !text.trim().is_empty() {
                p.outside_links = true;
            }
        }
    }

    /// Keeps the open paragraph's lines, unless it is only a link.
    fn finish_paragraph(&mut self) {
        let Some(paragraph) = self.paragraph.take() else {
            return;
        };
        if !paragraph.outside_links {
            return;
        }
        for line in paragraph.text.split(LINE_BREAK) {
            let text = collapse(line);
            if !text.is_empty() {
                if paragraph.in_article {
                    self.in_article.push(text);
                } else {
                    self.elsewhere.push(text);
                }
            }
        }
    }
}

#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    in_article: bool,
    outside_links: bool,
}

/// Runs of white space (line breaks and no-break spaces among them) as one space, trimmed; and
/// no control characters, which a page's text never means.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

fn date_prefix(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// `"datePublished": "2025-09-23T..."` in a JSON-LD block.
fn json_date(json: &str) -> Option<NaiveDate> {
    let at = json.find("\"datePublished\"")?;
    let rest = &json[at + "\"datePublished\"".len()..];
    let value = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    date_prefix(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reads_the_seed_form_with_its_date_before_the_first_paragraph() {
        let text = " date 2025-09-23 First paragraph.\n\nSecond one.\n";
        let article = Article::parse("seeds/a.txt", text.as_bytes(), None).unwrap();
        assert_eq!(article.dateline, date("2025-09-23"));
        assert!(article.dated_in_text);
        assert_eq!(article.paragraph_text(0), "First paragraph.");
        assert_eq!(article.paragraph_text(1), "Second one.");
        assert_eq!(article.seed_name, "a.txt");
        assert_eq!(article.text, text, "plain text is kept byte for byte");
    }

    #[test]
    fn dates_an_undated_text_by_published_or_refuses_it() {
        let text = b"Just a paragraph.";
        let published = Some(date("2024-01-02"));
        let article = Article::parse("a.txt", text, published).unwrap();
        assert_eq!(article.dateline, date("2024-01-02"));
        assert!(!article.dated_in_text);
        assert_eq!(
            Article::parse("a.txt", text, None).unwrap_err(),
            ArticleError::NoDate
        );
    }

    #[test]
    fn refuses_empty_binary_and_badly_dated_files() {
        assert_eq!(
            Article::parse("a", b" \n\n ", None).unwrap_err(),
            ArticleError::Empty
        );
        assert_eq!(
            Article::parse("a", b"date 2025-01-01 \x00\x01", None).unwrap_err(),
            ArticleError::Binary { at: 16, byte: 0 }
        );
        assert_eq!(
            Article::parse("a", b"\xff\xfe text", None).unwrap_err(),
            ArticleError::NotUtf8
        );
        assert!(matches!(
            Article::parse("a", b" date 2025-02-30 Text.", None).unwrap_err(),
            ArticleError::BadDate { .. }
        ));
    }

    #[test]
    fn takes_the_article_paragraphs_and_date_out_of_a_saved_page() {
        let html = r#"<!DOCTYPE html><html><head><title>Site | Story</title>
            <meta property="og:title" content="Council votes on Haiti force">
            <meta property="article:published_time" content="2025-10-01T14:00:00Z">
            <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
            <body><nav><p>Home | World</p></nav>
            <article><h1>Council votes</h1>
            <p>The council&rsquo;s vote was &ldquo;historic,&rdquo; he said.</p>
            <figure><figcaption><p>A photo caption.</p></figcaption></figure>
            <p><a href="/x">Read more: other story</a></p>
            <p>Second
               paragraph&nbsp;here.</p></article>
            <footer><p>Copyright</p></footer></body></html>"#;
        let article = Article::parse("page.html", html.as_bytes(), None).unwrap();
        assert!(article.from_html);
        assert_eq!(article.dateline, date("2025-10-01"));
        assert_eq!(
            article.title.as_deref(),
            Some("Council votes on Haiti force")
        );
        assert_eq!(article.seed_name, "page.txt");
        assert_eq!(
            article.text,
            " date 2025-10-01 The council\u{2019}s vote was \u{201c}historic,\u{201d} he said.\n\nSecond paragraph here.\n"
        );
    }

    #[test]
    fn reads_the_date_from_json_ld_or_a_time_element() {
        let html = r#"<html><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-12-31T23:00:00-05:00"}</script><p>Text here.</p></html>"#;
        let article = Article::parse("p.html", html.as_bytes(), None).unwrap();
        assert_eq!(article.dateline, date("2024-12-31"));
        let html =
            r#"<html><body><time datetime="2024-05-06">May 6</time><p>Text.</p></body></html>"#;
        let article = Article::parse("p.html", html.as_bytes(), None).unwrap();
        assert_eq!(article.dateline, date("2024-05-06"));
    }

    #[test]
    fn a_page_without_paragraphs_is_refused() {
        let html = b"<html><body><div>No paragraphs</div></body></html>";
        assert_eq!(
            Article::parse("p.html", html, Some(date("2025-01-01"))).unwrap_err(),
            ArticleError::NoText
        );
    }
}
