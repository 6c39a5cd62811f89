//! The notice as plain text for printing and as HTML safe to insert into a page: every string,
//! labels included, is escaped where it is written.

use super::Field;
use crate::messages::Locale;
use crate::prelude::*;

pub(super) struct Page<'a> {
    pub locale: Locale,
    pub title: &'a str,
    pub intro: &'a str,
    pub fields: &'a [Field],
    pub issuer: Option<&'a str>,
    pub date: &'a str,
}

pub(super) use crate::markup::escape_into as escape;

impl Page<'_> {
    fn colon(&self) -> &'static str {
        if self.locale == Locale::ZhCn {
            "："
        } else {
            ": "
        }
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        push!(out, self.title, "\n\n", self.intro, "\n\n");
        for f in self.fields {
            push!(out, f.label, self.colon(), &f.value, '\n');
        }
        if let Some(issuer) = self.issuer {
            out.push('\n');
            out.push_str(issuer);
        }
        out.push('\n');
        out.push_str(self.date);
        out.push('\n');
        out
    }

    pub fn html(&self) -> String {
        let mut out = String::from("<article class=\"jiuzhu-notice\" lang=\"");
        out.push_str(self.locale.tag());
        out.push_str("\"><h2>");
        escape(&mut out, self.title);
        out.push_str("</h2><p>");
        escape(&mut out, self.intro);
        out.push_str("</p><dl>");
        for f in self.fields {
            out.push_str("<div class=\"jiuzhu-");
            out.push_str(f.key);
            out.push_str("\"><dt>");
            escape(&mut out, f.label);
            out.push_str("</dt><dd>");
            escape(&mut out, &f.value);
            out.push_str("</dd></div>");
        }
        out.push_str("</dl><p class=\"jiuzhu-issuer\">");
        if let Some(issuer) = self.issuer {
            escape(&mut out, issuer);
            out.push_str("<br>");
        }
        escape(&mut out, self.date);
        out.push_str("</p></article>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        let mut out = String::new();
        escape(&mut out, "<img src=x onerror=alert(1)> & \"'");
        assert_eq!(out, "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;&#39;");
    }
}
