//! Publicity notices as `publicityNotice` returns them: `{ kind, title, fields: [{ key, label,
//! value }], text, html, period, withheld: [{ path, reason, message }], missing }`, the notice's
//! facts written in its language. `text` is for printing; `html` is safe to insert into a page,
//! every string escaped where it is written. The key order is the JavaScript contract
//! (js/types/publicity.d.ts).

use crate::markup::escape_into;
use crate::messages::publicity as words;
use crate::path::Path;
use crate::publicity::{
    Fact, FieldKey, NoticeKind, NoticePeriod, PublicityNotice, Reason, Withheld,
};
use crate::Locale;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct NoticeView<'n> {
    pub kind: NoticeKind,
    pub title: String,
    pub fields: Vec<FieldView>,
    pub text: String,
    pub html: String,
    pub period: Option<&'n NoticePeriod>,
    pub withheld: Vec<WithheldView<'n>>,
    pub missing: &'n [FieldKey],
}

/// One published line: its key, its label and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldView {
    pub key: FieldKey,
    pub label: &'static str,
    pub value: String,
}

/// A value left off the notice, why, and why in words.
#[derive(Debug, Clone, Serialize)]
pub struct WithheldView<'n> {
    pub path: &'n Path,
    pub reason: Reason,
    pub message: &'static str,
}

pub fn notice(notice: &PublicityNotice, locale: Locale) -> NoticeView<'_> {
    let kind = notice.kind;
    let page = Page {
        locale,
        title: words::title(notice.category, kind, locale),
        intro: words::intro(notice.category, kind, locale),
        fields: (notice.fields.iter())
            .map(|fact| field(fact, kind, locale))
            .collect(),
        issuer: notice.town.as_deref().map(|t| words::issuer(t, locale)),
        date: words::date(notice.posted_on, locale),
    };
    NoticeView {
        kind,
        text: page.text(),
        html: page.html(),
        title: page.title,
        fields: page.fields,
        period: notice.period.as_ref(),
        withheld: (notice.withheld.iter())
            .map(|w| withheld(w, locale))
            .collect(),
        missing: &notice.missing,
    }
}

/// A published fact with its label, in words.
pub fn field(fact: &Fact, kind: NoticeKind, locale: Locale) -> FieldView {
    let value = match fact {
        Fact::Category(category) => words::category(*category, locale).to_owned(),
        Fact::Town(text) | Fact::Committee(text) | Fact::Name(text) => text.clone(),
        Fact::SupervisionPhone(text) => text.clone(),
        Fact::HouseholdSize(n) => words::people(*n, locale),
        Fact::MonthlyAmount(fen) => words::amount(*fen, locale),
        Fact::Period { start, end } => words::period(*start, *end, locale),
        Fact::PostedOn(date) => words::date(*date, locale),
        Fact::Objection { town, phone } => words::objection(town.as_deref(), *phone, kind, locale),
    };
    FieldView {
        key: fact.key(),
        label: words::label(fact.key(), kind, locale),
        value,
    }
}

pub fn withheld(withheld: &Withheld, locale: Locale) -> WithheldView<'_> {
    WithheldView {
        path: &withheld.path,
        reason: withheld.reason,
        message: words::reason(withheld.reason, locale),
    }
}

/// The notice as a page: title, introduction, the fields, and at the foot who posts it and when.
struct Page {
    locale: Locale,
    title: String,
    intro: String,
    fields: Vec<FieldView>,
    issuer: Option<String>,
    date: String,
}

impl Page {
    fn text(&self) -> String {
        let mut out = format!("{}\n\n{}\n\n", self.title, self.intro);
        for f in &self.fields {
            out.push_str(&words::line(f.label, &f.value, self.locale));
            out.push('\n');
        }
        if let Some(issuer) = &self.issuer {
            out.push('\n');
            out.push_str(issuer);
        }
        out.push('\n');
        out.push_str(&self.date);
        out.push('\n');
        out
    }

    fn html(&self) -> String {
        let mut out = format!(
            "<article class=\"jiuzhu-notice\" lang=\"{}\"><h2>",
            self.locale.tag()
        );
        escape_into(&mut out, &self.title);
        out.push_str("</h2><p>");
        escape_into(&mut out, &self.intro);
        out.push_str("</p><dl>");
        for f in &self.fields {
            // The key is one of the library's own identifiers: nothing to escape.
            out.push_str("<div class=\"jiuzhu-");
            out.push_str(f.key.as_str());
            out.push_str("\"><dt>");
            escape_into(&mut out, f.label);
            out.push_str("</dt><dd>");
            escape_into(&mut out, &f.value);
            out.push_str("</dd></div>");
        }
        out.push_str("</dl><p class=\"jiuzhu-issuer\">");
        if let Some(issuer) = &self.issuer {
            escape_into(&mut out, issuer);
            out.push_str("<br>");
        }
        escape_into(&mut out, &self.date);
        out.push_str("</p></article>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn notice_with(fields: Vec<Fact>, town: Option<&str>) -> PublicityNotice {
        PublicityNotice {
            kind: NoticeKind::Announcement,
            posted_on: NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
            category: None,
            town: town.map(str::to_owned),
            fields,
            period: None,
            withheld: vec![Withheld {
                path: Path::from("agent.name"),
                reason: Reason::Agent,
            }],
            missing: vec![FieldKey::Category],
        }
    }

    #[test]
    fn every_value_is_escaped_in_html() {
        let n = notice_with(
            vec![Fact::Committee(
                "赵巷村<img src=x onerror=alert(1)>\"'&".into(),
            )],
            Some("<b>镇"),
        );
        let view = notice(&n, Locale::ZhCn);
        assert!(view
            .html
            .contains("<dd>赵巷村&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</dd>"));
        assert!(view.html.contains("青浦区&lt;b&gt;镇人民政府<br>"));
        assert!(!view.html.contains("<img") && !view.html.contains("<b>"));
        assert!(view.text.contains("村（居）民委员会：赵巷村<img"));
    }

    #[test]
    fn the_view_keeps_the_contract_order() {
        let n = notice_with(
            vec![Fact::PostedOn(
                NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
            )],
            None,
        );
        let json = serde_json::to_string(&notice(&n, Locale::En)).unwrap();
        assert_eq!(
            json,
            concat!(
                r#"{"kind":"announcement","title":"Announcement of assistance granted: Social assistance","#,
                r#""fields":[{"key":"postedOn","label":"Published on","value":"30 September 2025"}],"#,
                r#""text":"Announcement of assistance granted: Social assistance\n\nThe household below applied for assistance (Social assistance). After review and confirmation it was granted assistance, and this is made public for supervision by residents.\n\nPublished on: 30 September 2025\n\n30 September 2025\n","#,
                r#""html":"<article class=\"jiuzhu-notice\" lang=\"en\"><h2>Announcement of assistance granted: Social assistance</h2><p>The household below applied for assistance (Social assistance). After review and confirmation it was granted assistance, and this is made public for supervision by residents.</p><dl><div class=\"jiuzhu-postedOn\"><dt>Published on</dt><dd>30 September 2025</dd></div></dl><p class=\"jiuzhu-issuer\">30 September 2025</p></article>","#,
                r#""period":null,"withheld":[{"path":"agent.name","reason":"agent","message":"The agent is not published"}],"missing":["category"]}"#
            )
        );
    }
}
