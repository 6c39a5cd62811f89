//! One walk over the application in form order that builds the [`Application`] model, checks each
//! field on its own (required, type, format, choices, amounts) and records the normalised values.
//! Without a sink ([`Application::from_json`]) it only builds the model.

use super::model::*;
use super::{Finding, Options};
use crate::calendar::{format_date, parse_date};
use crate::divisions;
use crate::failure::{Code, Failure};
use crate::identity::{
    check_bank_account, check_phone, validate_id_number, Gender, IdCheck, IdType, Severity,
};
use crate::json::{same, Json};
use crate::prelude::*;
use chrono::NaiveDate;

/// Longest accepted texts, in characters.
const NAME_MAX: usize = 50;
const TEXT_MAX: usize = 200;

pub(crate) struct Reader {
    collect: bool,
    pub today: Option<NaiveDate>,
    pub findings: Vec<Finding>,
    /// Normalised values: (path, value) for every field whose stored form differs from the input.
    pub patches: Vec<(String, Cow<'static, str>)>,
}

pub(crate) fn join(parent: &str, key: &str) -> String {
    if key.is_empty() {
        parent.to_owned()
    } else if parent.is_empty() {
        key.to_owned()
    } else {
        let mut path = String::with_capacity(parent.len() + key.len() + 1);
        path.push_str(parent);
        path.push('.');
        path.push_str(key);
        path
    }
}

/// `members.{i}`.
pub(crate) fn member_at(i: usize) -> String {
    // Room for the index: growing out of an 8-byte block would copy the path.
    let mut path = String::with_capacity(16);
    path.push_str("members.");
    crate::json::push_index(&mut path, i);
    path
}

/// Whether a value counts as not given: absent, null or an empty (blank) string.
fn blank(value: Option<&Json>) -> bool {
    matches!(given(value), Given::Nothing)
}

/// `s.trim()`, which decodes both ends through the pattern machinery; nearly every value has no
/// white space to remove, and the first byte of its first and of its last character show it.
fn trim(s: &str) -> &str {
    let bytes = s.as_bytes();
    let last = bytes.iter().rev().find(|b| !(0x80..0xC0).contains(*b));
    match (bytes.first(), last) {
        (Some(&first), Some(&last)) if !may_be_space(first) && !may_be_space(last) => s,
        _ => s.trim(),
    }
}

/// Whether a character starting with the byte `lead` may be white space: ASCII space and control
/// characters, or the lead bytes of U+0085, U+00A0, U+1680, U+2000 to U+205F and U+3000.
fn may_be_space(lead: u8) -> bool {
    lead <= b' ' || matches!(lead, 0xC2 | 0xE1..=0xE3)
}

/// What a field holds, as the readers need it: nothing (absent, null or blank), a string (with
/// its trimmed form, worked out once), or a value of another type.
enum Given<'j> {
    Nothing,
    Text { raw: &'j str, trimmed: &'j str },
    Other,
}

fn given<'j>(value: Option<&'j Json>) -> Given<'j> {
    match value {
        None | Some(Json::Null) => Given::Nothing,
        Some(Json::String(raw)) => {
            let trimmed = trim(raw);
            // `is_empty`, not a `""` pattern: that compiles to a string comparison call.
            if trimmed.is_empty() {
                Given::Nothing
            } else {
                Given::Text { raw, trimmed }
            }
        }
        Some(_) => Given::Other,
    }
}

impl Reader {
    pub fn fail(&mut self, failure: Failure) {
        self.flag(failure, Severity::Error, Vec::new());
    }

    /// Records a finding with the paths of other fields it depends on.
    pub fn flag(&mut self, failure: Failure, severity: Severity, related: Vec<String>) {
        if self.collect {
            self.findings.push(Finding {
                failure,
                severity,
                related,
            });
        }
    }

    fn at(&mut self, code: Code, parent: &str, key: &str) {
        if self.collect {
            self.fail(Failure::new(code, join(parent, key)));
        }
    }

    fn wrong_type(&mut self, parent: &str, key: &str, expected: &'static str) {
        if self.collect {
            self.fail(
                Failure::new(Code::WRONG_TYPE, join(parent, key))
                    .with("reason", expected)
                    .with("expected", expected),
            );
        }
    }

    fn patch(&mut self, parent: &str, key: &str, value: impl Into<Cow<'static, str>>) {
        if self.collect {
            self.patches.push((join(parent, key), value.into()));
        }
    }

    /// An object member that must be an object (or, unless `required`, absent or null).
    fn object<'j>(
        &mut self,
        obj: &'j Json<'j>,
        parent: &str,
        key: &str,
        required: bool,
    ) -> Option<&'j Json<'j>> {
        match obj.get(key) {
            Some(value @ Json::Object(_)) => Some(value),
            None | Some(Json::Null) => {
                if required {
                    self.at(Code::REQUIRED, parent, key);
                }
                None
            }
            Some(_) => {
                self.wrong_type(parent, key, "object");
                None
            }
        }
    }

    /// A text, trimmed; blank is absent.
    fn text(
        &mut self,
        obj: &Json,
        parent: &str,
        key: &str,
        required: bool,
        max: usize,
    ) -> Option<String> {
        let (raw, text) = match given(obj.get(key)) {
            Given::Text { raw, trimmed } => (raw, trimmed),
            Given::Nothing => {
                if required {
                    self.at(Code::REQUIRED, parent, key);
                }
                return None;
            }
            Given::Other => {
                self.wrong_type(parent, key, "string");
                return None;
            }
        };
        // A character takes at least one byte: only a long text needs counting.
        if text.len() > max && crate::pieces::char_count(text) > max {
            if self.collect {
                self.fail(Failure::new(Code::TOO_LONG, join(parent, key)).with("max", max));
            }
        } else if text.len() != raw.len() {
            self.patch(parent, key, text.to_owned());
        }
        Some(text.to_owned())
    }

    /// A person's name: a text without digits or symbols other than the middle dot of names.
    fn name(&mut self, obj: &Json, parent: &str, key: &str, required: bool) -> Option<String> {
        let name = self.text(obj, parent, key, required, NAME_MAX)?;
        let odd = odd_name(&name);
        if odd {
            self.at(Code::NAME_FORMAT, parent, key);
        }
        Some(name)
    }

    /// One of a closed set of strings (`keys`): its index.
    fn choice(
        &mut self,
        obj: &Json,
        parent: &str,
        key: &str,
        required: bool,
        keys: &[&str],
    ) -> Option<usize> {
        let wanted = match given(obj.get(key)) {
            Given::Text { trimmed, .. } => Some(trimmed),
            Given::Nothing => {
                if required {
                    self.at(Code::REQUIRED, parent, key);
                }
                return None;
            }
            Given::Other => None,
        };
        let found = wanted.and_then(|w| keys.iter().position(|k| k.len() == w.len() && same(k, w)));
        if found.is_none() {
            self.at(Code::INVALID_OPTION, parent, key);
        }
        found
    }

    fn flag_value(&mut self, obj: &Json, parent: &str, key: &str) -> Option<bool> {
        self.boolean(obj.get(key), parent, key)
    }

    /// A boolean, looked up by the caller (a consent reads it once for both of its checks).
    fn boolean(&mut self, value: Option<&Json>, parent: &str, key: &str) -> Option<bool> {
        match value {
            None | Some(Json::Null) => None,
            Some(Json::Bool(b)) => Some(*b),
            Some(_) => {
                self.wrong_type(parent, key, "boolean");
                None
            }
        }
    }

    /// A consent: must be `true`.
    fn consent(&mut self, obj: &Json, key: &str) -> Option<bool> {
        let given = obj.get(key);
        let value = self.boolean(given, "consents", key);
        if value != Some(true) && matches!(given, None | Some(Json::Null | Json::Bool(_))) {
            self.at(Code::CONSENT_REQUIRED, "consents", key);
        }
        value
    }

    fn date(&mut self, obj: &Json, parent: &str, key: &str, required: bool) -> Option<NaiveDate> {
        let text = match given(obj.get(key)) {
            Given::Text { trimmed, .. } => trimmed,
            Given::Nothing => {
                if required {
                    self.at(Code::REQUIRED, parent, key);
                }
                return None;
            }
            Given::Other => "",
        };
        let Ok(date) = parse_date(text, "") else {
            self.at(Code::DATE_FORMAT, parent, key);
            return None;
        };
        if let Some(today) = self.today {
            if date > today && self.collect {
                self.fail(
                    Failure::new(Code::DATE_IN_FUTURE, join(parent, key))
                        .with("today", format_date(today)),
                );
            }
        }
        Some(date)
    }

    /// An amount of money in yuan: a finite, non-negative number with at most two decimals.
    fn money(&mut self, obj: &Json, parent: &str, key: &str, required: bool) -> Option<f64> {
        match obj.get(key) {
            None | Some(Json::Null) => {
                if required {
                    self.at(Code::REQUIRED, parent, key);
                }
                None
            }
            Some(Json::Number(n)) => {
                let n = *n;
                if n < 0.0 {
                    self.at(Code::MONEY_NEGATIVE, parent, key);
                } else if !whole_fen(n) {
                    self.at(Code::MONEY_DECIMALS, parent, key);
                }
                Some(n)
            }
            Some(_) => {
                self.wrong_type(parent, key, "number");
                None
            }
        }
    }

    /// `idType` and `idNumber` of a member or the agent.
    fn identity(&mut self, obj: &Json, parent: &str) -> (Option<IdType>, Option<IdCheck>) {
        let declared = pick(
            &IdType::ALL,
            self.choice(obj, parent, "idType", false, IdType::KEYS),
        );
        let value = obj.get("idNumber");
        if blank(value) {
            self.at(Code::REQUIRED, parent, "idNumber");
            return (declared, None);
        }
        let value = value.unwrap_or(&Json::Null);
        let check = validate_id_number(value, declared, self.today);
        if let Some(failure) = &check.failure {
            if self.collect {
                let mut failure = failure.clone();
                if failure.code == Code::ID_TYPE_MISMATCH {
                    failure.path = join(parent, "idType");
                    self.flag(failure, check.severity, vec![join(parent, "idNumber")]);
                } else {
                    failure.path = join(parent, "idNumber");
                    self.flag(failure, check.severity, Vec::new());
                }
            }
        }
        if check.valid() {
            if !value.as_str().is_some_and(|v| same(v, &check.normalized)) {
                self.patch(parent, "idNumber", check.normalized.clone());
            }
            if declared.is_none() {
                if let Some(found) = check.id_type {
                    self.patch(parent, "idType", found.as_str());
                }
            }
        }
        (declared.or(check.id_type), Some(check))
    }

    fn phone(&mut self, obj: &Json, parent: &str, key: &str, required: bool) -> Option<String> {
        let value = obj.get(key);
        if blank(value) {
            if required {
                self.at(Code::REQUIRED, parent, key);
            }
            return None;
        }
        let Some(raw) = value.and_then(Json::as_str) else {
            self.at(Code::PHONE_FORMAT, parent, key);
            return None;
        };
        match check_phone(raw) {
            Ok(digits) => {
                if !same(&digits, raw) {
                    self.patch(parent, key, digits.clone());
                }
                Some(digits)
            }
            Err(mut failure) => {
                failure.path = join(parent, key);
                self.fail(failure);
                None
            }
        }
    }
}

/// Whether a name has digits (ASCII or full-width) or ASCII symbols other than `.`, `-` and `'`.
/// Byte by byte, without decoding characters: the full-width digits ０ to ９ (U+FF10 to U+FF19) are
/// EF BC 90 to EF BC 99.
fn odd_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'.' | b'-' | b'\'' => false,
        b'!'..=b'@' | b'['..=b'`' | b'{'..=b'~' => true,
        0xEF => bytes.get(i + 1) == Some(&0xBC) && matches!(bytes.get(i + 2), Some(0x90..=0x99)),
        _ => false,
    })
}

/// The choice at index `i`.
fn pick<T: Copy>(all: &[T], i: Option<usize>) -> Option<T> {
    all.get(i?).copied()
}

/// At most two decimals, judged with a tolerance: `0.1 + 0.2` arrives as 0.30000000000000004.
pub fn whole_fen(n: f64) -> bool {
    let fen = n * 100.0;
    n.is_finite() && (fen - fen.round()).abs() < 1e-6 + fen.abs() * 4.0 * f64::EPSILON
}

/// Required amounts, read in order into `out` (one body for every group of amounts).
fn amounts(r: &mut Reader, obj: &Json, parent: &str, keys: &[&str], out: &mut [Option<f64>]) {
    for (slot, key) in out.iter_mut().zip(keys) {
        *slot = r.money(obj, parent, key, true);
    }
}

const INCOME: [&str; 5] = ["wages", "business", "property", "transfer", "other"];
const ASSETS: [&str; 4] = [
    "deposits",
    "securities",
    "vehicles",
    "nonResidentialProperty",
];
const EXPENSES: [&str; 2] = ["medical", "education"];

/// Reads `json` as an application; with `options`, also checks every field on its own.
pub(crate) fn read(json: &Json, options: Option<&Options>, collect: bool) -> (Application, Reader) {
    let mut r = Reader {
        collect,
        today: options.and_then(|o| o.today),
        findings: Vec::new(),
        patches: Vec::new(),
    };
    let mut app = Application::default();
    if !matches!(json, Json::Object(_)) {
        if collect {
            r.fail(Failure::new(Code::NOT_AN_APPLICATION, ""));
        }
        return (app, r);
    }
    app.category = pick(
        Category::ALL,
        r.choice(json, "", "category", true, Category::KEYS),
    );
    // Temporary assistance is decided on need alone: no full economic declaration required.
    let full = app.category != Some(Category::Temporary);
    app.submitted_on = r.date(json, "", "submittedOn", false);
    if let Some(town) = r.text(json, "", "town", true, TEXT_MAX) {
        app.town = divisions::find(&town);
        match app.town {
            Some(d) if d.code != town => r.patch("", "town", d.code.as_str()),
            Some(_) => {}
            None => {
                if r.collect {
                    r.fail(Failure::new(Code::UNKNOWN_TOWN, "town").with("value", &town));
                }
            }
        }
    }
    app.committee = r.text(json, "", "committee", true, TEXT_MAX);
    if let Some(contact) = r.object(json, "", "contact", true) {
        app.contact.phone = r.phone(contact, "contact", "phone", true);
        app.contact.hukou_address = r.text(contact, "contact", "hukouAddress", true, TEXT_MAX);
        app.contact.residence_address =
            r.text(contact, "contact", "residenceAddress", true, TEXT_MAX);
    }
    match json.get("members") {
        Some(Json::Array(items)) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                let parent = member_at(i);
                app.members.push(member(&mut r, item, &parent, full));
            }
        }
        Some(Json::Array(_)) | None | Some(Json::Null) => r.at(Code::REQUIRED, "", "members"),
        Some(_) => r.wrong_type("", "members", "array"),
    }
    if let Some(assets) = r.object(json, "", "assets", full) {
        let mut a = [None; 4];
        amounts(&mut r, assets, "assets", &ASSETS, &mut a);
        let [d, s, v, p] = a;
        app.assets = Assets {
            deposits: d,
            securities: s,
            vehicles: v,
            non_residential_property: p,
        };
    }
    let rigid = app.category == Some(Category::RigidExpenditure);
    if let Some(expenses) = r.object(json, "", "expenses", rigid) {
        let mut a = [None; 2];
        amounts(&mut r, expenses, "expenses", &EXPENSES, &mut a);
        let [m, e] = a;
        app.expenses = Expenses {
            medical: m,
            education: e,
        };
    }
    if let Some(bank) = r.object(json, "", "bankAccount", full) {
        let p = "bankAccount";
        let mut account = BankAccount {
            bank_name: r.text(bank, p, "bankName", true, TEXT_MAX),
            ..BankAccount::default()
        };
        let number = bank.get("accountNumber");
        if blank(number) {
            r.at(Code::REQUIRED, p, "accountNumber");
        } else if let Some(raw) = number.and_then(Json::as_str) {
            match check_bank_account(raw) {
                Ok((digits, warning)) => {
                    if !same(raw, &digits) {
                        r.patch(p, "accountNumber", digits.clone());
                    }
                    if let Some(mut warning) = warning {
                        warning.path = join(p, "accountNumber");
                        r.flag(warning, Severity::Warning, Vec::new());
                    }
                    account.account_number = Some(digits);
                }
                Err(mut failure) => {
                    failure.path = join(p, "accountNumber");
                    r.fail(failure);
                }
            }
        } else {
            r.at(Code::BANK_ACCOUNT_FORMAT, p, "accountNumber");
        }
        account.holder_name = r.name(bank, p, "holderName", true);
        app.bank_account = Some(account);
    }
    if let Some(agent) = r.object(json, "", "agent", false) {
        let p = "agent";
        let name = r.name(agent, p, "name", true);
        let (id_type, id) = r.identity(agent, p);
        app.agent = Some(Agent {
            name,
            id_type,
            id,
            phone: r.phone(agent, p, "phone", true),
            kind: pick(
                AgentKind::ALL,
                r.choice(agent, p, "kind", true, AgentKind::KEYS),
            ),
        });
    }
    if let Some(consents) = r.object(json, "", "consents", true) {
        app.consents = Consents {
            verification_authorized: r.consent(consents, "verificationAuthorized"),
            declaration_truthful: r.consent(consents, "declarationTruthful"),
        };
    }
    (app, r)
}

fn member(r: &mut Reader, item: &Json, p: &str, full: bool) -> Member {
    let mut m = Member::default();
    if !matches!(item, Json::Object(_)) {
        r.wrong_type(p, "", "object");
        return m;
    }
    m.name = r.name(item, p, "name", true);
    (m.id_type, m.id) = r.identity(item, p);
    m.declared_birth_date = r.date(item, p, "birthDate", false);
    m.declared_gender = pick(
        Gender::ALL,
        r.choice(item, p, "gender", false, Gender::KEYS),
    );
    m.relationship = pick(
        Relationship::ALL,
        r.choice(item, p, "relationship", true, Relationship::KEYS),
    );
    m.hukou = pick(Hukou::ALL, r.choice(item, p, "hukou", true, Hukou::KEYS));
    m.lives_together = r.flag_value(item, p, "livesTogether");
    m.employment = pick(
        Employment::ALL,
        r.choice(item, p, "employment", full, Employment::KEYS),
    );
    if let Some(disability) = r.object(item, p, "disability", false) {
        // Paths are built only for what is there: two allocations a member otherwise.
        let dp = join(p, "disability");
        let category = pick(
            DisabilityCategory::ALL,
            r.choice(disability, &dp, "category", true, DisabilityCategory::KEYS),
        );
        let grade = match disability.get("grade") {
            Some(Json::Number(g)) if (1.0..=4.0).contains(g) && g.fract() == 0.0 => Some(*g as u8),
            value if blank(value) => {
                r.at(Code::REQUIRED, &dp, "grade");
                None
            }
            _ => {
                r.at(Code::INVALID_OPTION, &dp, "grade");
                None
            }
        };
        m.disability = Some(Disability { category, grade });
    }
    m.health = r.text(item, p, "health", false, TEXT_MAX);
    if let Some(income) = r.object(item, p, "monthlyIncome", full) {
        let ip = join(p, "monthlyIncome");
        let mut a = [None; 5];
        amounts(r, income, &ip, &INCOME, &mut a);
        let [w, b, pr, t, o] = a;
        m.monthly_income = Income {
            wages: w,
            business: b,
            property: pr,
            transfer: t,
            other: o,
        };
    }
    m
}

#[cfg(test)]
mod tests {
    use super::{odd_name, trim, whole_fen};

    #[test]
    fn odd_names_are_found_as_by_characters() {
        let by_chars = |name: &str| {
            name.chars().any(|c| {
                c.is_ascii_digit()
                    || (c.is_ascii_punctuation() && !matches!(c, '.' | '-' | '\''))
                    || ('０'..='９').contains(&c)
            })
        };
        let mut characters: Vec<char> = (0u8..128).map(char::from).collect();
        characters.extend([
            '０', '９', '\u{ff0f}', '\u{ff1a}', '·', '张', 'é', '\u{efbc}', '\u{3000}',
        ]);
        for c in characters {
            for name in [c.to_string(), format!("张{c}伟")] {
                assert_eq!(odd_name(&name), by_chars(&name), "{name:?}");
            }
        }
    }

    #[test]
    fn trims_like_the_standard_library() {
        for s in [
            "",
            " ",
            "a",
            "张伟",
            " 张伟 ",
            "\u{3000}张\u{3000}",
            "\u{a0}x",
            "x\u{85}",
            "\u{1680}x",
            "x\u{2028}",
            "\u{205f}",
            "\t1\n",
            "é",
            "x\u{1}",
            "\u{2000}\u{200a}",
            "a\u{202f}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn two_decimals_with_tolerance() {
        assert!(whole_fen(0.1 + 0.2));
        assert!(whole_fen(1330.25));
        assert!(whole_fen(123_456_789_012.34));
        assert!(whole_fen(0.0));
        assert!(!whole_fen(0.001));
        assert!(!whole_fen(1.005 + 0.0001));
        assert!(!whole_fen(f64::NAN));
        assert!(!whole_fen(f64::INFINITY));
    }
}
