//! Pasted or opened HTML reduced to the text a reader sees, with its paragraphs, headings and
//! list items on lines of their own so the sentence splitter keeps them apart.
//!
//! A small scanner rather than an HTML crate: the task is only "which characters are text, and
//! where do blocks break", the input is untrusted and often broken, and a full parser would
//! add much code to the page for no gain in the text it yields. The scanner is linear, never
//! panics and never builds a tree: unclosed tags, a bare `<`, or megabyte attributes just end up
//! as text or get skipped.

use crate::engine::document::At;
use super::windows_1252;

// The lists below are strings of names, not `&[&str]`: each slice entry would be a pointer and a
// length in the page's module, which deflate compresses poorly (docs/performance-log.md, "Download size").

/// Elements whose content is never shown as text.
const HIDDEN: &str = "script style noscript template svg math iframe object canvas audio video select";

/// Elements that start a new paragraph: a blank line before and after.
const PARAGRAPH: &str =
    "p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table section article header footer main aside figure hr address details body html";

/// Elements that start a new line.
const LINE: &str = "div li tr dt dd figcaption nav summary form fieldset caption legend option";

/// Named references decoded, each a name, a space and what it stands for; others are left as
/// written so nothing is silently lost.
const ENTITIES: &str = "amp &\nlt <\ngt >\nquot \"\napos '\nnbsp \u{A0}\nmdash \u{2014}\nndash \u{2013}\nhellip \u{2026}\n\
    rsquo \u{2019}\nlsquo \u{2018}\nrdquo \u{201D}\nldquo \u{201C}\ncopy \u{A9}\nreg \u{AE}\ntrade \u{2122}\neuro \u{20AC}\n\
    pound \u{A3}\nlaquo \u{AB}\nraquo \u{BB}\nbull \u{2022}\nmiddot \u{B7}\ndeg \u{B0}\ntimes \u{D7}\nshy \u{AD}\n\
    sbquo \u{201A}\nbdquo \u{201E}";

/// Whether `name` is one of `list`'s space-separated names, ignoring ASCII case.
fn listed(list: &str, name: &[u8]) -> bool {
    list.split(' ').any(|t| t.as_bytes().eq_ignore_ascii_case(name))
}

/// Whether `text` is probably HTML source (so the page can offer to convert it): a doctype or
/// `<html>` at the start, or at least three tags of common elements including a closing one.
/// Prose that mentions a tag or two ("use <b> for bold") is not.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start().as_bytes();
    if starts_with_ci(head, b"<!doctype html") || starts_with_ci(head, b"<html") {
        return true;
    }
    const COMMON: &str =
        "p div br a span li ul ol h1 h2 h3 h4 h5 h6 strong em b i table tr td article section body head meta script style img blockquote title";
    let b = text.as_bytes();
    let (mut tags, mut closing) = (0, 0);
    let mut i = 0;
    while let Some(off) = b.at(i..).iter().position(|&c| c == b'<') {
        let at = i + off + 1;
        let close = b.get(at) == Some(&b'/');
        let (name, _) = tag_name(b, at + usize::from(close));
        if listed(COMMON, name) {
            tags += 1;
            closing += usize::from(close);
            if tags >= 3 && closing >= 1 {
                return true;
            }
        }
        i = at;
    }
    false
}

/// The readable text of an HTML document or fragment.
pub fn html_to_text(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = Out::default();
    let mut title: Option<String> = None;
    let mut i = 0;
    let mut text_from = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // Everything up to here is text.
        out.text(html.at(text_from..i));
        text_from = i;
        let rest = b.at(i..);
        if rest.starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, i + 2, b">").map_or(b.len(), |e| e + 1);
        } else if rest.len() > 1 && (rest[1] == b'/' || rest[1].is_ascii_alphabetic()) {
            let close = rest[1] == b'/';
            let (name, name_end) = tag_name(b, i + 1 + usize::from(close));
            let Some(end) = tag_end(b, name_end) else {
                // No `>` anywhere after: not a tag, just a `<` in the text.
                i += 1;
                continue;
            };
            let name = String::from_utf8_lossy(name).to_ascii_lowercase();
            i = end;
            if !close && listed(HIDDEN, name.as_bytes()) {
                i = skip_element(b, i, &name);
            } else if !close && name == "title" {
                let close_at = find_close(b, i, "title");
                let inner = html.at(i..close_at.unwrap_or(b.len()));
                if title.is_none() {
                    let mut t = Out::default();
                    t.text(inner);
                    title = Some(t.finish());
                }
                i = close_at.map_or(b.len(), |c| tag_end(b, c + 2).unwrap_or(b.len()));
            } else {
                out.tag(&name, close);
            }
        } else {
            // A `<` followed by anything else is text.
            i += 1;
            continue;
        }
        text_from = i;
    }
    out.text(html.at(text_from.min(b.len())..));
    let body = out.finish();
    match title.filter(|t| !t.is_empty()) {
        // A title that is also the first line (a page's <h1>) is not repeated.
        Some(t) if body.lines().next() != Some(t.as_str()) => {
            if body.is_empty() {
                t
            } else {
                format!("{t}\n\n{body}")
            }
        }
        _ => body,
    }
}

/// The text being built: whitespace outside `<pre>` collapses to one space, and block
/// boundaries become pending line breaks that are written only before the next visible text.
#[derive(Default)]
struct Out {
    s: String,
    space: bool,
    breaks: u8,
    pre: usize,
    /// Just after `<pre>`: its first newline is not content (as in browsers).
    pre_start: bool,
    /// Just after a list item's "- ": a paragraph opening inside the item stays on its line.
    marker: bool,
}

impl Out {
    fn text(&mut self, raw: &str) {
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            self.chars(rest.at(..amp));
            let (decoded, used) = entity(rest.at(amp..));
            match decoded {
                Some(d) => {
                    for c in d.chars() {
                        self.visible(c);
                    }
                }
                None => self.chars(rest.at(amp..amp + used)),
            }
            rest = rest.at(amp + used..);
        }
        self.chars(rest);
    }

    fn chars(&mut self, s: &str) {
        for c in s.chars() {
            if self.pre > 0 {
                if std::mem::take(&mut self.pre_start) && c == '\n' {
                    continue;
                }
                self.visible(c);
            } else if c.is_whitespace() && c != '\u{A0}' {
                self.space = true;
            } else {
                self.visible(c);
            }
        }
    }

    /// Writes `c` as it is, after any pending break or space.
    fn visible(&mut self, c: char) {
        self.pre_start = false;
        if !self.s.is_empty() {
            if self.breaks > 0 {
                while self.s.ends_with(' ') {
                    self.s.pop();
                }
                for _ in 0..self.breaks {
                    self.s.push('\n');
                }
            } else if self.space && !self.s.ends_with([' ', '\n']) {
                self.s.push(' ');
            }
        }
        self.breaks = 0;
        self.space = false;
        self.marker = false;
        self.s.push(c);
    }

    fn brk(&mut self, n: u8) {
        if self.marker {
            return;
        }
        self.breaks = self.breaks.max(n);
        self.space = false;
    }

    fn tag(&mut self, name: &str, close: bool) {
        if name == "li" {
            // The item (or the next one) ends here: its marker no longer holds breaks back.
            self.marker = false;
        }
        match name {
            "br" => {
                // Each <br> is one line break, so two make a blank line.
                self.breaks = (self.breaks + 1).min(2);
                self.space = false;
            }
            "li" if !close => {
                self.brk(1);
                self.visible('-');
                self.visible(' ');
                self.marker = true;
            }
            "td" | "th" => self.space = true,
            "pre" => {
                self.brk(2);
                if close {
                    self.pre = self.pre.saturating_sub(1);
                } else {
                    self.pre += 1;
                    self.pre_start = true;
                }
            }
            _ if listed(PARAGRAPH, name.as_bytes()) => self.brk(2),
            _ if listed(LINE, name.as_bytes()) => self.brk(1),
            _ => {}
        }
    }

    fn finish(mut self) -> String {
        let end = self.s.trim_end().len();
        self.s.truncate(end);
        self.s
    }
}

/// The reference at the start of `s` (which starts with `&`): its text, or `None` when it is not
/// one this decoder knows, and how many bytes to consume either way.
fn entity(s: &str) -> (Option<String>, usize) {
    let b = s.as_bytes();
    // Long enough for every known name and for &#x10FFFF;, short enough to stay cheap.
    let limit = b.len().min(32);
    let Some(semi) = b.at(1..limit).iter().position(|&c| c == b';').map(|p| p + 1) else {
        return (None, 1);
    };
    let body = s.at(1..semi);
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|c| c.is_ascii_hexdigit()) => u32::from_str_radix(hex, 16).ok(),
            None if !num.is_empty() && num.bytes().all(|c| c.is_ascii_digit()) => num.parse().ok(),
            _ => return (None, 1),
        };
        // As browsers do: references to the C1 range mean Windows-1252, and impossible code
        // points become U+FFFD rather than vanishing.
        let c = match value {
            Some(v @ 0x80..=0x9F) => windows_1252(v as u8),
            Some(0) | None => char::REPLACEMENT_CHARACTER,
            Some(v) => char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER),
        };
        c.to_string()
    } else {
        match ENTITIES.lines().find_map(|e| e.split_once(' ').filter(|&(n, _)| n == body)) {
            Some((_, v)) => v.to_string(),
            None => return (None, 1),
        }
    };
    (Some(decoded), semi + 1)
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// The tag name starting at `at` and where it ends.
fn tag_name(b: &[u8], at: usize) -> (&[u8], usize) {
    let at = at.min(b.len());
    let len = b.at(at..).iter().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_')).count();
    (b.at(at..at + len), at + len)
}

/// Just past the `>` that ends a tag whose attributes start at `from`, honouring quoted values
/// (which may hold `>`). `None` when there is no such `>`.
fn tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // A quote only opens a value right after `=` (ignoring spaces); elsewhere it is junk.
                let before = b[from..i].iter().rev().find(|c| !c.is_ascii_whitespace());
                if before == Some(&b'=') {
                    quote = Some(c);
                }
            }
            None if c == b'>' => return Some(i + 1),
            None => {}
        }
        i += 1;
    }
    // An unclosed quoted value: fall back to the first `>` after the quote began, as a lenient
    // reader would, rather than swallowing the rest of the document.
    quote.and_then(|_| find(b, from, b">").map(|e| e + 1))
}

/// Where `</name` starts at or after `from` (case-insensitive), if anywhere.
fn find_close(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.len();
    let mut i = from;
    while let Some(off) = b.get(i..)?.windows(2).position(|w| w == b"</") {
        let at = i + off;
        if b.len() >= at + 2 + n && b.at(at + 2..at + 2 + n).eq_ignore_ascii_case(name.as_bytes()) {
            let next = b.get(at + 2 + n).copied();
            if !next.is_some_and(|c| c.is_ascii_alphanumeric()) {
                return Some(at);
            }
        }
        i = at + 2;
    }
    None
}

/// Past the closing tag of the hidden element whose content starts at `from` (or the end).
fn skip_element(b: &[u8], from: usize, name: &str) -> usize {
    match find_close(b, from, name) {
        Some(at) => tag_end(b, at + 2).unwrap_or(b.len()),
        None => b.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_to_text_table() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("plain text", "plain text"),
            ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
            ("<p>  spaced \n\t out  </p>", "spaced out"),
            ("<h1>Title</h1><p>Body text.</p>", "Title\n\nBody text."),
            ("<div>a</div><div>b</div>", "a\nb"),
            ("line<br>next<br/><br />after blank", "line\nnext\n\nafter blank"),
            ("<ul><li>one</li><li>two <b>bold</b></li></ul>", "- one\n- two bold"),
            ("<p>x</p><ol>\n<li>first\n</li></ol><p>y</p>", "x\n\n- first\n\ny"),
            ("<ul><li><p>para in item</p></li><li>\n  <div>div in item</div></li></ul>", "- para in item\n\n- div in item"),
            ("<ul><li></li><li>after an empty item</li></ul>", "-\n- after an empty item"),
            ("<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>40</td></tr></table>", "Name Age\nAnn 40"),
            ("<blockquote>Quoted.</blockquote>After.", "Quoted.\n\nAfter."),
            ("in<span>line</span> <em>words</em>", "inline words"),
            ("<section><header>H</header><article>A</article><footer>F</footer></section>", "H\n\nA\n\nF"),
            // Hidden content.
            ("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "a\n\nb"),
            ("<style>p { color: red }</style>text", "text"),
            ("<noscript>Enable JS</noscript><template><p>t</p></template>shown", "shown"),
            ("a<!-- a comment <p>with tags</p> -->b", "ab"),
            ("<SCRIPT type=x>alert('</scr' + 'ipt>')</SCRIPT >after", "after"),
            ("<svg><text>chart label</text></svg>Caption.", "Caption."),
            // Head and title.
            (
                "<!DOCTYPE html><html><head><meta charset=utf-8><title>The Title</title><style>x{}</style></head><body><p>Body.</p></body></html>",
                "The Title\n\nBody.",
            ),
            ("<title>Same</title><h1>Same</h1><p>Text.</p>", "Same\n\nText."),
            ("<title> A  &amp; B </title>", "A & B"),
            // Entities.
            ("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", "a & b <c> \"d\" 'e'"),
            ("&ldquo;x&rdquo; &lsquo;y&rsquo; a&mdash;b c&ndash;d wait&hellip; &copy;", "\u{201C}x\u{201D} \u{2018}y\u{2019} a\u{2014}b c\u{2013}d wait\u{2026} \u{A9}"),
            ("&#65;&#x42;&#X43; &#8212; &#x1F600;", "ABC \u{2014} \u{1F600}"),
            ("&#150; &#0; &#xD800; &#99999999999;", "\u{2013} \u{FFFD} \u{FFFD} \u{FFFD}"),
            ("a&nbsp;b", "a\u{A0}b"),
            ("&unknown; &amp &#; &#xZZ; AT&T", "&unknown; &amp &#; &#xZZ; AT&T"),
            ("&lt;script&gt;", "<script>"),
            // Pre keeps its whitespace; its first newline is not content.
            ("<p>a</p><pre>\n  x  y\n\n z</pre><p>b   c</p>", "a\n\n  x  y\n\n z\n\nb c"),
            // Broken HTML.
            ("a < b and c > d", "a < b and c > d"),
            ("1 <2", "1 <2"),
            ("<", "<"),
            ("text <p", "text <p"),
            ("<p>unclosed <b>bold", "unclosed bold"),
            ("<p title=\"a > b\">quoted gt</p>", "quoted gt"),
            ("<p title=\"never closed>text", "text"),
            ("<script>never closed", ""),
            ("</p></div>stray closers", "stray closers"),
            ("<!-- unclosed comment", ""),
            ("<?xml version=\"1.0\"?><p>x</p>", "x"),
            ("<a href=\"javascript:alert(1)\">link text</a>", "link text"),
            ("<p>café 👩‍🔬 שלום</p>", "café 👩‍🔬 שלום"),
        ];
        for &(html, text) in cases {
            assert_eq!(html_to_text(html), text, "{html:?}");
        }
    }

    #[test]
    fn huge_attributes_and_junk_do_not_hurt() {
        let huge = format!("<p data-x=\"{}\">ok</p>", "y".repeat(1 << 20));
        assert_eq!(html_to_text(&huge), "ok");
        let lt = "<".repeat(10_000);
        assert_eq!(html_to_text(&lt), lt);
        let junk = "<a<b<c</</<!<!--<?&#&#x&;".repeat(100);
        let _ = html_to_text(&junk);
        for cut in 0..60 {
            let doc = "<html><head><title>T</title></head><body><p>A &amp; B</p></body></html>";
            let _ = html_to_text(&doc[..cut]);
        }
    }

    #[test]
    fn looks_like_html_table() {
        let cases: &[(&str, bool)] = &[
            ("<!DOCTYPE html><html>", true),
            ("  \n<!doctype HTML>", true),
            ("<html lang=en>", true),
            ("<p>One</p><p>Two</p>", true),
            ("<div class=x><span>a</span></div>", true),
            ("Use the <b> tag for bold.", false),
            ("Officials said the river might flood.", false),
            ("if a < b and b > c then <x>", false),
            ("<p>one <p>two <p>three", false),
            ("", false),
        ];
        for &(text, expected) in cases {
            assert_eq!(looks_like_html(text), expected, "{text:?}");
        }
    }
}
