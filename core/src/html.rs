//! A small HTML writer for read-only output (result cards, tables, charts).
//!
//! Why not `view!` everywhere: in Leptos every view tree is its own generic rendering code, and
//! read-only output is most of what the pages show. Writing it as one escaped string per region
//! (set with `inner_html`) measured several times smaller in the WebAssembly bundle, and keeps
//! the 250 KB first-visit budget. Inputs and anything interactive stay Leptos components.

/// An HTML string being written. Text and attribute values are always escaped.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(1024))
    }

    /// `<tag a="v" …>`; an attribute with an empty name is skipped, one with value `None` too.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if name.is_empty() {
                continue;
            }
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(value, &mut self.0);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Html {
        escape_into(text, &mut self.0);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup built by this crate's own writers (charts), inserted as it is.
    pub fn raw(&mut self, trusted: &str) -> &mut Html {
        self.0.push_str(trusted);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

fn escape_into(text: &str, out: &mut String) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut h = Html::new();
        h.open("p", &[("title", "a \"b\" <c>"), ("", "skipped")])
            .text("x < y & 'z'")
            .close("p");
        assert_eq!(
            h.finish(),
            "<p title=\"a &quot;b&quot; &lt;c&gt;\">x &lt; y &amp; &#39;z&#39;</p>"
        );
    }
}
