//! Publicity notices (公示 before approval, 公布 after it) from an application, by allow-list:
//! 条例 第33/38条 require them, 第48条 keeps everything else confidential, and 青民〔2022〕21号 says
//! the notice protects privacy and discloses nothing unrelated to the application (DOMAIN.md §6).
//!
//! How it cannot leak:
//! 1. **Allow-list.** Only the category, the town (its name from the divisions table, never the
//!    input text), the committee, the applicant's name (masked unless `nameStyle: "full"`), the
//!    household size, the proposed monthly amount, the period, a supervision phone and how to object
//!    are ever read from the input (`facts.rs`). Everything else is withheld, fields added to the
//!    model later included: the audit walks the whole input (`withheld.rs`).
//! 2. **Fail closed.** An allow-listed value of an unexpected shape is withheld with a reason, never
//!    passed through or guessed at (`mask.rs` for names; committees below).
//! 3. **Second pass.** Every published value is scanned for ID numbers, phone numbers and bank
//!    account numbers (`scan.rs`), and free text for any other value of the application.
//! 4. **Escaped HTML.** Every value is escaped where it is written (`render.rs`).

mod facts;
mod mask;
mod render;
mod scan;
mod withheld;

pub use scan::{scan, Leak};
pub use withheld::{Reason, REASONS};

use crate::calendar::{parse_date, Calendar, Mode};
use crate::deadlines::{period_end, Period, Unit};
use crate::divisions;
use crate::failure::{Code, Failure};
// JSON strings are written by the one JSON writer, not an escaper of the notice's own.
use crate::json::{write_string as string, Json};
use crate::messages::publicity as words;
use crate::messages::Locale;
use crate::prelude::*;
use chrono::NaiveDate;

impl Code {
    /// `monthlyAmount` is not an amount in yuan from 0 to 99999.99 with at most two decimals.
    pub const INVALID_MONTHLY_AMOUNT: Code = Code::new("invalidMonthlyAmount");
    /// `supervisionPhone` is not a phone number (5 to 11 digits: a hotline, a local or mobile
    /// number, or a landline with its area code).
    pub const INVALID_SUPERVISION_PHONE: Code = Code::new("invalidSupervisionPhone");
}

/// The assistance categories of 上海市社会救助条例 (names since 2024-12-31; DOMAIN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    MinimumLiving,
    LowIncomeMargin,
    RigidExpenditure,
    ExtremePoverty,
    Temporary,
}

impl Category {
    const KEYS: [&'static str; 5] = [
        "minimumLiving",
        "lowIncomeMargin",
        "rigidExpenditure",
        "extremePoverty",
        "temporary",
    ];
    const ALL: [Category; 5] = [
        Category::MinimumLiving,
        Category::LowIncomeMargin,
        Category::RigidExpenditure,
        Category::ExtremePoverty,
        Category::Temporary,
    ];

    pub fn from_key(key: &str) -> Option<Category> {
        let i = Self::KEYS.iter().position(|k| *k == key)?;
        Self::ALL.get(i).copied()
    }

    pub fn key(self) -> &'static str {
        Self::KEYS.get(self as usize).copied().unwrap_or_default()
    }
}

/// 公示 (before approval, with an objection period) or 公布 (after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NoticeKind {
    #[default]
    Notice,
    Announcement,
}

/// How the applicant's name is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameStyle {
    /// First character kept, the rest `*` (see `mask.rs` for the rule and why).
    #[default]
    Masked,
    /// In full, where the district requires it.
    Full,
}

/// What the office decides about a notice (`opts` of `publicityNotice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeOptions {
    pub kind: NoticeKind,
    /// The day the notice is posted: the start of the period (not counted, 民法典 第201条).
    pub posted_on: NaiveDate,
    /// The proposed (or granted) monthly amount, in fen.
    pub monthly_amount: Option<u64>,
    pub supervision_phone: Option<String>,
    pub name_style: NameStyle,
    /// The publicity period: 7 calendar days by default (Shanghai practice, DOMAIN.md §2).
    pub period: Period,
    pub mode: Mode,
    pub locale: Locale,
}

impl NoticeOptions {
    /// The defaults for a notice posted on `posted_on`.
    pub fn new(posted_on: NaiveDate) -> NoticeOptions {
        NoticeOptions {
            kind: NoticeKind::Notice,
            posted_on,
            monthly_amount: None,
            supervision_phone: None,
            name_style: NameStyle::Masked,
            period: Period {
                length: 7,
                unit: Unit::CalendarDays,
            },
            mode: Mode::Published,
            locale: Locale::ZhCn,
        }
    }

    /// Reads `{ postedOn, kind, monthlyAmount, supervisionPhone, nameStyle, publicityDays,
    /// publicityUnit, provisional, locale }`; absent or null means the default.
    pub fn from_json(opts: &Json) -> Result<NoticeOptions, Failure> {
        if !opts.is_null() && opts.as_object().is_none() {
            return Err(invalid("opts", "object"));
        }
        let get = |key: &str| opts.get(key).filter(|v| !v.is_null());
        let posted_on = match get("postedOn") {
            Some(Json::String(s)) => parse_date(s, "opts.postedOn")?,
            other => {
                let shown = other.map_or_else(|| "undefined".to_owned(), Json::to_json);
                return Err(Failure::new(Code::INVALID_DATE, "opts.postedOn").with("value", shown));
            }
        };
        let mut o = NoticeOptions::new(posted_on);
        if two(
            get("kind"),
            "notice",
            "announcement",
            "opts.kind",
            "\"notice\" | \"announcement\"",
        )? {
            o.kind = NoticeKind::Announcement;
        }
        if two(
            get("nameStyle"),
            "masked",
            "full",
            "opts.nameStyle",
            "\"masked\" | \"full\"",
        )? {
            o.name_style = NameStyle::Full;
        }
        if two(
            get("publicityUnit"),
            "calendarDays",
            "workingDays",
            "opts.publicityUnit",
            "\"calendarDays\" | \"workingDays\"",
        )? {
            o.period.unit = Unit::WorkingDays;
        }
        if let Some(days) = get("publicityDays") {
            match days.as_f64() {
                Some(n) if n.fract() == 0.0 && (1.0..=60.0).contains(&n) => {
                    o.period.length = n as u32
                }
                _ => return Err(invalid("opts.publicityDays", "integer")),
            }
        }
        match get("provisional").map(Json::as_bool) {
            None | Some(Some(false)) => {}
            Some(Some(true)) => o.mode = Mode::Provisional,
            Some(None) => return Err(invalid("opts.provisional", "boolean")),
        }
        if let Some(tag) = get("locale") {
            match tag.as_str().and_then(Locale::parse) {
                Some(locale) => o.locale = locale,
                None => return Err(invalid("opts.locale", "locale")),
            }
        }
        if let Some(amount) = get("monthlyAmount") {
            let fen = amount.as_f64().map(|n| n * 100.0);
            match fen {
                Some(f) if (0.0..=9_999_999.0).contains(&f) && (f - f.round()).abs() < 1e-6 => {
                    o.monthly_amount = Some(f.round() as u64)
                }
                _ => return Err(failure(Code::INVALID_MONTHLY_AMOUNT, "opts.monthlyAmount")),
            }
        }
        if let Some(phone) = get("supervisionPhone") {
            o.supervision_phone = phone.as_str().and_then(supervision_phone);
            if o.supervision_phone.is_none() {
                return Err(failure(
                    Code::INVALID_SUPERVISION_PHONE,
                    "opts.supervisionPhone",
                ));
            }
        }
        Ok(o)
    }
}

/// The facts without which a notice is not ready to post.
const REQUIRED: [&str; 5] = ["category", "town", "committee", "name", "householdSize"];

/// An option with two values: whether it is `other` (absent or `default` is false). `expected`
/// names both as the message shows them: `"masked" | "full"`. The two values as arguments, not an
/// array built at each call.
fn two(
    value: Option<&Json>,
    default: &str,
    other: &str,
    path: &str,
    expected: &str,
) -> Result<bool, Failure> {
    match value.map(Json::as_str) {
        None => Ok(false),
        Some(Some(v)) if v == default || v == other => Ok(v == other),
        _ => Err(invalid(path, expected)),
    }
}

fn invalid(path: &str, expected: &str) -> Failure {
    failure(Code::INVALID_ARGUMENT, path).with("expected", expected)
}

/// One constructor for every failure of the options: each inlined copy cost wasm.
#[inline(never)]
fn failure(code: Code, path: &str) -> Failure {
    Failure::new(code, path)
}

/// A phone as the notice prints it: full-width digits made ASCII, 5 to 11 digits with spaces,
/// dashes or brackets between them.
fn supervision_phone(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut digits = 0;
    for c in raw.trim().chars() {
        if let Some(d) = scan::digit(c) {
            out.push(char::from(b'0' + d));
            digits += 1;
        } else if matches!(c, ' ' | '-' | '(' | ')' | '（' | '）' | '－') {
            out.push(if c == '－' { '-' } else { c });
        } else {
            return None;
        }
    }
    (5..=11).contains(&digits).then_some(out)
}

/// One published line: a stable key, its label and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
}

/// A value of the input (or an option) left off the notice, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    pub path: String,
    pub reason: Reason,
}

/// A finished notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicityNotice {
    pub kind: NoticeKind,
    pub locale: Locale,
    pub title: String,
    pub fields: Vec<Field>,
    pub text: String,
    pub html: String,
    /// The first and last day of the period (a notice), and the nominal last day when a rest day
    /// moved it (民法典 第203条). None for an announcement.
    pub period: Option<(NaiveDate, NaiveDate, Option<NaiveDate>)>,
    pub withheld: Vec<Withheld>,
    /// Keys of the facts every notice should carry that this one lacks (`category`, `town`,
    /// `committee`, `name`, `householdSize`): a notice with any is not ready to post.
    pub missing: Vec<&'static str>,
}

impl PublicityNotice {
    /// The notice as a JSON value (the same as [`PublicityNotice::json_text`], parsed).
    pub fn to_json(&self) -> Json<'static> {
        Json::parse(&self.json_text()).map_or(Json::Null, Json::into_owned)
    }

    /// The notice as JSON text, written directly rather than through a `Json` tree: less wasm.
    pub fn json_text(&self) -> String {
        let kind = match self.kind {
            NoticeKind::Notice => "notice",
            NoticeKind::Announcement => "announcement",
        };
        let mut out = String::with_capacity(1024);
        member(&mut out, "{\"kind\":", kind);
        member(&mut out, ",\"title\":", &self.title);
        out.push_str(",\"fields\":[");
        for (i, f) in self.fields.iter().enumerate() {
            member(
                &mut out,
                if i > 0 { ",{\"key\":" } else { "{\"key\":" },
                f.key,
            );
            member(&mut out, ",\"label\":", f.label);
            member(&mut out, ",\"value\":", &f.value);
            out.push('}');
        }
        member(&mut out, "],\"text\":", &self.text);
        member(&mut out, ",\"html\":", &self.html);
        out.push_str(",\"period\":");
        match self.period {
            Some((start, end, from)) => {
                // Dates need no escapes: written between quotes as they are.
                push!(
                    out,
                    "{\"start\":\"",
                    start,
                    "\",\"end\":\"",
                    end,
                    "\",\"extendedFrom\":"
                );
                match from {
                    Some(d) => push!(out, '"', d, '"'),
                    None => out.push_str("null"),
                }
                out.push('}');
            }
            None => out.push_str("null"),
        }
        out.push_str(",\"withheld\":[");
        for (i, w) in self.withheld.iter().enumerate() {
            member(
                &mut out,
                if i > 0 { ",{\"path\":" } else { "{\"path\":" },
                &w.path,
            );
            member(&mut out, ",\"reason\":", w.reason.as_str());
            member(
                &mut out,
                ",\"message\":",
                words::reason(w.reason, self.locale),
            );
            out.push('}');
        }
        out.push_str("],\"missing\":[");
        for (i, key) in self.missing.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            string(&mut out, key);
        }
        out.push_str("]}");
        out
    }
}

/// `key` (the text before the value: punctuation and the quoted name) and the string `value`.
fn member(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    string(out, value);
}

/// Builds the notice field by field: each value is checked before it is published, and what is
/// not published is remembered with its reason.
struct Builder<'a> {
    locale: Locale,
    announcement: bool,
    fields: Vec<Field>,
    /// Input paths whose value was published.
    published: Vec<&'a str>,
    /// Allow-listed paths withheld for a reason of their own.
    refused: Vec<Withheld>,
    missing: Vec<&'static str>,
    /// Strings of the input that a free-text value must not contain (path, trimmed value).
    private: Vec<(&'a str, String)>,
}

impl<'a> Builder<'a> {
    fn refuse(&mut self, key: &'static str, path: &str, reason: Reason) {
        self.refused.push(Withheld {
            path: path.to_owned(),
            reason,
        });
        self.miss(key);
    }

    /// Notes a required fact the notice lacks (optional ones are only in `withheld`).
    fn miss(&mut self, key: &'static str) {
        if REQUIRED.contains(&key) && !self.missing.contains(&key) {
            self.missing.push(key);
        }
    }

    /// Publishes `value` under `key` unless the second pass finds something in it. `free_text`
    /// values (typed by a person) are also checked against every other string of the input.
    fn publish(
        &mut self,
        key: &'static str,
        path: Option<&'a str>,
        value: String,
        free_text: bool,
    ) {
        let leak = scan(&value).filter(|l| !(key == "supervisionPhone" && *l == Leak::Phone));
        let reason = match leak {
            Some(leak) => Some(leak_reason(leak)),
            None if free_text && self.contains_private(&value, path) => {
                Some(Reason::ContainsApplicationData)
            }
            None => None,
        };
        if let Some(reason) = reason {
            // A value that is not read from the input is named by its key.
            return self.refuse(key, path.unwrap_or(key), reason);
        }
        if let Some(path) = path {
            self.published.push(path);
        }
        self.fields.push(Field {
            key,
            label: words::label(key, self.announcement, self.locale),
            value,
        });
    }

    fn contains_private(&self, value: &str, own: Option<&str>) -> bool {
        let value = value.trim();
        self.private.iter().any(|(path, text)| {
            Some(*path) != own
                && crate::pieces::char_count(text) > 1
                && text != value
                && has(value, text)
        })
    }
}

/// Whether `needle` (not empty) occurs in `haystack`: a byte search, which for UTF-8 is a
/// character search, without the standard library's two-way searcher (2 KB of wasm).
pub(super) fn has(haystack: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    !needle.is_empty()
        && haystack
            .as_bytes()
            .windows(needle.len())
            .any(|w| w == needle)
}

/// The notice for `app` (the application JSON) with `opts`, periods counted on `calendar`.
///
/// Fails only on arguments it cannot use: `app` not an object, a period that runs off the calendar
/// (`outsideCalendar`). Anything wrong inside the application is withheld and reported instead.
pub fn publicity_notice(
    app: &Json,
    opts: &NoticeOptions,
    calendar: &Calendar,
) -> Result<PublicityNotice, Failure> {
    if app.as_object().is_none() {
        return Err(invalid("app", "object"));
    }
    let period = match opts.kind {
        NoticeKind::Notice => {
            let end = period_end(calendar, opts.posted_on, opts.period, opts.mode)
                .map_err(|f| f.at("opts.postedOn"))?;
            Some((opts.posted_on, end.due, end.extended_from))
        }
        NoticeKind::Announcement => None,
    };
    let locale = opts.locale;
    let facts = facts::read(app);
    let applicant = facts.applicant();
    let (name_path, name) = match applicant {
        Some(i) => facts.name(i),
        None => (String::new(), None),
    };
    let full_name = opts.name_style == NameStyle::Full;

    let all = withheld::all_leaves(app);
    // Published verbatim or in canonical form, these are not "other values" of a free text.
    let canonical = |p: &str| {
        p == facts::CATEGORY
            || p == facts::TOWN
            || p == facts::COMMITTEE
            || (full_name && p == name_path)
    };
    // With full names the applicant's name is public, wherever else it occurs (the account holder).
    let public_name = name
        .filter(|_| full_name)
        .and_then(|n| checked(n, mask::name_shape).ok());
    let mut private = Vec::new();
    for (path, value) in &all {
        let text = match value {
            Json::String(s) => s.trim().to_owned(),
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => words::number(n.abs() as u64),
            _ => continue,
        };
        if !canonical(path) && Some(text.as_str()) != public_name {
            private.push((path.as_str(), text));
        }
    }
    let mut b = Builder {
        locale,
        announcement: opts.kind == NoticeKind::Announcement,
        fields: Vec::new(),
        published: Vec::new(),
        refused: Vec::new(),
        missing: Vec::new(),
        private,
    };

    let category = facts
        .category
        .and_then(Json::as_str)
        .and_then(Category::from_key);
    match (facts.category, category) {
        (_, Some(c)) => b.publish(
            "category",
            Some(facts::CATEGORY),
            words::category(c, locale).to_owned(),
            false,
        ),
        (Some(_), None) => b.refuse("category", facts::CATEGORY, Reason::UnexpectedShape),
        (None, None) => b.miss("category"),
    }

    let town = facts.town.and_then(Json::as_str).and_then(divisions::find);
    match (facts.town, town) {
        (_, Some(t)) => b.publish("town", Some(facts::TOWN), t.name.clone(), false),
        (Some(_), None) => b.refuse("town", facts::TOWN, Reason::UnexpectedShape),
        (None, None) => b.miss("town"),
    }

    // Free text is scanned before its shape is judged, so that a pasted number is named as such.
    let committee = facts.committee.map(|c| checked(c, committee_shape));
    match committee {
        Some(Ok(c)) => b.publish("committee", Some(facts::COMMITTEE), c.to_owned(), true),
        Some(Err(reason)) => b.refuse("committee", facts::COMMITTEE, reason),
        None => b.miss("committee"),
    }

    // The applicant's name; with two `self` members neither is the applicant.
    match name.map(|n| checked(n, mask::name_shape)) {
        Some(Ok(n)) if full_name => b.publish("name", Some(&name_path), n.to_owned(), true),
        Some(Ok(n)) => b.publish("name", Some(&name_path), mask::mask(n), false),
        Some(Err(reason)) => b.refuse("name", &name_path, reason),
        None if facts.selves.len() > 1 => {
            for i in &facts.selves {
                let (path, _) = facts.name(*i);
                b.refuse("name", &path, Reason::UnexpectedShape);
            }
        }
        None => b.miss("name"),
    }

    match facts.members.map(<[Json]>::len) {
        Some(n @ 1..=30) => b.publish("householdSize", None, words::people(n, locale), false),
        Some(0) | None => b.miss("householdSize"),
        Some(_) => b.refuse("householdSize", facts::MEMBERS, Reason::UnexpectedShape),
    }

    if let Some(fen) = opts.monthly_amount {
        b.publish(
            "monthlyAmount",
            Some("opts.monthlyAmount"),
            words::amount(fen, locale),
            false,
        );
    }
    match period {
        Some((start, end, _)) => {
            b.publish("period", None, words::period(start, end, locale), false)
        }
        None => b.publish("postedOn", None, words::date(opts.posted_on, locale), false),
    }
    let mut phone = false;
    if let Some(number) = &opts.supervision_phone {
        if is_application_number(number, &b.private) {
            b.refuse(
                "supervisionPhone",
                "opts.supervisionPhone",
                Reason::ContainsApplicationData,
            );
        } else {
            b.publish(
                "supervisionPhone",
                Some("opts.supervisionPhone"),
                number.clone(),
                false,
            );
            phone = b.fields.last().is_some_and(|f| f.key == "supervisionPhone");
        }
    }

    let office = town.map(|t| t.name.as_str());
    let objection = words::objection(office, phone, b.announcement, locale);
    b.publish("objection", None, objection, false);

    let mut withheld_all = Vec::new();
    for (path, _) in &all {
        if b.published.contains(&path.as_str()) {
            continue;
        }
        let reason = b
            .refused
            .iter()
            .find(|w| w.path == *path)
            .map_or_else(|| withheld::classify(path, applicant), |w| w.reason);
        withheld_all.push(Withheld {
            path: path.clone(),
            reason,
        });
    }
    // Refusals that are not leaves of the input: options, and `members` as a whole.
    for w in &b.refused {
        if !withheld_all.iter().any(|x| x.path == w.path) {
            withheld_all.push(w.clone());
        }
    }

    let title = words::title(category, b.announcement, locale);
    let intro = words::intro(category, b.announcement, locale);
    let issuer = office.map(|t| words::issuer(t, locale));
    let date = words::date(opts.posted_on, locale);
    let page = render::Page {
        locale,
        title: &title,
        intro: &intro,
        fields: &b.fields,
        issuer: issuer.as_deref(),
        date: &date,
    };
    Ok(PublicityNotice {
        kind: opts.kind,
        locale,
        text: page.text(),
        html: page.html(),
        title,
        fields: b.fields,
        period,
        withheld: withheld_all,
        missing: b.missing,
    })
}

fn leak_reason(leak: Leak) -> Reason {
    match leak {
        Leak::IdNumber => Reason::ContainsIdNumber,
        Leak::Phone => Reason::ContainsPhone,
        Leak::BankAccount => Reason::ContainsBankAccount,
    }
}

/// A free-text value of the input: a string with no number in it, of the shape `shape` accepts.
fn checked<'a>(value: &'a Json<'a>, shape: fn(&str) -> Option<&str>) -> Result<&'a str, Reason> {
    let text = value.as_str().ok_or(Reason::UnexpectedShape)?;
    if let Some(leak) = scan(text) {
        return Err(leak_reason(leak));
    }
    shape(text).ok_or(Reason::UnexpectedShape)
}

/// A committee name as published: trimmed, 2 to 50 characters, at least one Han character, no
/// control characters, no run of 4 or more digits (a pasted number, a house number), and only
/// characters of the scripts a committee name uses (Han, ASCII, full-width forms, CJK punctuation),
/// so that no exotic digit can slip past the scan.
fn committee_shape(raw: &str) -> Option<&str> {
    let name = raw.trim();
    let (mut count, mut run, mut han) = (0, 0, false);
    for c in name.chars() {
        count += 1;
        run = if scan::digit(c).is_some() { run + 1 } else { 0 };
        han |= mask::is_han(c);
        let allowed = mask::is_han(c)
            || (' '..='~').contains(&c)
            || matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF5E | 0xB7);
        if !allowed || run >= 4 {
            return None;
        }
    }
    (han && (2..=50).contains(&count)).then_some(name)
}

/// Whether the supervision phone is a number of the application (the applicant's own phone,
/// pasted in by mistake): its last 8 digits (all, when shorter, from 7) inside a digit run of any
/// string of the input.
fn is_application_number(phone: &str, private: &[(&str, String)]) -> bool {
    let mut digits = Vec::new();
    for b in phone.bytes() {
        if b.is_ascii_digit() {
            digits.push(b);
        }
    }
    let tail = digits
        .get(digits.len().saturating_sub(8)..)
        .unwrap_or_default();
    tail.len() >= 7
        && private.iter().any(|(_, text)| {
            scan::any_run(text, &mut |run| run.windows(tail.len()).any(|w| w == tail))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committee_shapes() {
        assert_eq!(
            committee_shape(" 赵巷村村民委员会 "),
            Some("赵巷村村民委员会")
        );
        assert!(committee_shape("第12居民委员会").is_some());
        assert!(committee_shape("赵巷村<img src=x onerror=alert(1)>").is_some());
        for bad in [
            "",
            "赵",
            "Zhaoxiang",
            "赵巷村1234号",
            "赵巷村\u{7}",
            "赵巷村𝟏𝟑𝟖",
            "赵巷村١٢٣",
        ] {
            assert!(committee_shape(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn supervision_phones() {
        assert_eq!(supervision_phone("１２３４５").as_deref(), Some("12345"));
        assert_eq!(
            supervision_phone(" 021-5972 8888 ").as_deref(),
            Some("021-5972 8888")
        );
        assert_eq!(
            supervision_phone("(021)59728888").as_deref(),
            Some("(021)59728888")
        );
        for bad in ["", "1234", "021-597288881", "call 12345", "12345 转 6"] {
            assert!(supervision_phone(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn json_strings_round_trip() {
        let text = "a\"b\\c\n\u{1}\u{2028}<&>名";
        let mut out = String::new();
        string(&mut out, text);
        assert_eq!(Json::parse(&out), Ok(Json::from(text)));
    }

    #[test]
    fn category_keys_round_trip() {
        for key in Category::KEYS {
            assert_eq!(Category::from_key(key).map(Category::key), Some(key));
        }
        assert_eq!(Category::from_key("最低生活保障"), None);
    }
}
