//! One walk over the application in form order that builds the [`Application`] model, checks each
//! field on its own (required, type, format, choices, amounts) and records the normalised values.
//! Without options ([`Application::read`]) it only builds the model.

use super::model::*;
use super::{Finding, Options};
use crate::calendar::parse_date;
use crate::divisions::Divisions;
use crate::failure::{excerpt, Code, Failure};
use crate::identity::name::{code_point, unpublishable_character};
use crate::identity::{
    check_bank_account, check_phone, validate_id_number, Gender, IdCheck, IdType, Severity,
};
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

/// The most members a household may list: far above any real household, low enough that every
/// rule comparing members with each other stays quick.
pub const MAX_MEMBERS: usize = 50;

/// Longest accepted texts, in characters.
const NAME_MAX: usize = 50;
const TEXT_MAX: usize = 200;

pub(crate) struct Reader {
    /// Whether findings are recorded (validation) or only the model is built.
    collect: bool,
    pub today: Option<NaiveDate>,
    pub findings: Vec<Finding>,
    /// Normalised values: (path, value) for every field whose stored form differs from the input.
    pub patches: Vec<(Path, String)>,
}

/// `members.{i}`.
pub(crate) fn member_at(i: usize) -> Path {
    Path::root().key("members").index(i)
}

/// What a field holds, as the readers need it: nothing (absent, null or a blank string), a string
/// (with its trimmed form), or a value of another type.
enum Given<'j> {
    Nothing,
    Text { raw: &'j str, trimmed: &'j str },
    Other,
}

fn given(value: Option<&Value>) -> Given<'_> {
    match value {
        None | Some(Value::Null) => Given::Nothing,
        Some(Value::String(raw)) => match raw.trim() {
            "" => Given::Nothing,
            trimmed => Given::Text { raw, trimmed },
        },
        Some(_) => Given::Other,
    }
}

fn blank(value: Option<&Value>) -> bool {
    matches!(given(value), Given::Nothing)
}

impl Reader {
    pub fn fail(&mut self, failure: Failure) {
        self.flag(failure, Severity::Error, Vec::new());
    }

    /// Records a finding with the paths of other fields it depends on.
    pub fn flag(&mut self, failure: Failure, severity: Severity, related: Vec<Path>) {
        if self.collect {
            self.findings.push(Finding {
                failure,
                severity,
                related,
            });
        }
    }

    fn at(&mut self, code: Code, parent: &Path, key: &str) {
        if self.collect {
            self.fail(Failure::new(code, parent.key(key)));
        }
    }

    fn wrong_type(&mut self, parent: &Path, key: &str, expected: &'static str) {
        if self.collect {
            let path = if key.is_empty() {
                parent.clone()
            } else {
                parent.key(key)
            };
            self.fail(
                Failure::new(Code::WRONG_TYPE, path)
                    .with("reason", expected)
                    .with("expected", expected),
            );
        }
    }

    fn patch(&mut self, parent: &Path, key: &str, value: impl Into<String>) {
        if self.collect {
            self.patches.push((parent.key(key), value.into()));
        }
    }

    /// A member that must be an object (or, unless `required`, absent or null).
    fn object<'j>(
        &mut self,
        obj: &'j Value,
        parent: &Path,
        key: &str,
        required: bool,
    ) -> Option<&'j Value> {
        match obj.get(key) {
            Some(value @ Value::Object(_)) => Some(value),
            None | Some(Value::Null) => {
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
        obj: &Value,
        parent: &Path,
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
        if text.chars().count() > max {
            if self.collect {
                self.fail(Failure::new(Code::TOO_LONG, parent.key(key)).with("max", max));
            }
        } else if text.len() != raw.len() {
            self.patch(parent, key, text);
        }
        Some(text.to_owned())
    }

    /// A person's name: only the characters a name may have (`identity::name`, the rule the
    /// publicity notice applies too). Digits and ASCII symbols are refused as they always were;
    /// any other character (an invisible one, a direction override, another script) is named by
    /// its code point, since the person may not see it.
    fn name(&mut self, obj: &Value, parent: &Path, key: &str, required: bool) -> Option<String> {
        let name = self.text(obj, parent, key, required, NAME_MAX)?;
        if odd_name(&name) {
            self.at(Code::NAME_FORMAT, parent, key);
        } else if let Some(c) = unpublishable_character(&name) {
            if self.collect {
                self.fail(
                    Failure::new(Code::NAME_FORMAT, parent.key(key))
                        .with("reason", "character")
                        .with("char", code_point(c)),
                );
            }
        }
        Some(name)
    }

    /// One of a closed set of choices, by key.
    fn choice<T: Copy>(
        &mut self,
        obj: &Value,
        parent: &Path,
        key: &str,
        required: bool,
        parse: fn(&str) -> Option<T>,
    ) -> Option<T> {
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
        let found = wanted.and_then(parse);
        if found.is_none() {
            self.at(Code::INVALID_OPTION, parent, key);
        }
        found
    }

    /// A boolean.
    fn boolean(&mut self, value: Option<&Value>, parent: &Path, key: &str) -> Option<bool> {
        match value {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.wrong_type(parent, key, "boolean");
                None
            }
        }
    }

    /// A consent: must be `true`.
    fn consent(&mut self, obj: &Value, parent: &Path, key: &str) -> Option<bool> {
        let given = obj.get(key);
        let value = self.boolean(given, parent, key);
        if value != Some(true) && matches!(given, None | Some(Value::Null | Value::Bool(_))) {
            self.at(Code::CONSENT_REQUIRED, parent, key);
        }
        value
    }

    fn date(&mut self, obj: &Value, parent: &Path, key: &str, required: bool) -> Option<NaiveDate> {
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
        let Ok(date) = parse_date(text, Path::root()) else {
            self.at(Code::DATE_FORMAT, parent, key);
            return None;
        };
        if let Some(today) = self.today {
            if date > today && self.collect {
                self.fail(Failure::new(Code::DATE_IN_FUTURE, parent.key(key)).with("today", today));
            }
        }
        Some(date)
    }

    /// An amount of money in yuan: a finite, non-negative number with at most two decimals.
    fn money(&mut self, obj: &Value, parent: &Path, key: &str, required: bool) -> Option<f64> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.at(Code::REQUIRED, parent, key);
                }
                None
            }
            Some(Value::Number(n)) => {
                let n = n.as_f64().unwrap_or(f64::NAN);
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

    /// Required amounts, read in order.
    fn amounts<const N: usize>(
        &mut self,
        obj: &Value,
        parent: &Path,
        keys: [&str; N],
    ) -> [Option<f64>; N] {
        keys.map(|key| self.money(obj, parent, key, true))
    }

    /// `idType` and `idNumber` of a member or the agent.
    fn identity(&mut self, obj: &Value, parent: &Path) -> (Option<IdType>, Option<IdCheck>) {
        let declared = self.choice(obj, parent, "idType", false, IdType::parse);
        let value = obj.get("idNumber");
        if blank(value) {
            self.at(Code::REQUIRED, parent, "idNumber");
            return (declared, None);
        }
        let value = value.unwrap_or(&Value::Null);
        let check = validate_id_number(value, declared, self.today);
        if let Some(failure) = &check.failure {
            let failure = failure.clone();
            if failure.code == Code::ID_TYPE_MISMATCH {
                let related = vec![parent.key("idNumber")];
                self.flag(failure.at(parent.key("idType")), check.severity, related);
            } else {
                self.flag(
                    failure.at(parent.key("idNumber")),
                    check.severity,
                    Vec::new(),
                );
            }
        }
        if let Some(converted) = check.converted() {
            let converted = converted.at(parent.key("idNumber"));
            self.flag(converted, Severity::Warning, Vec::new());
        }
        if check.valid() {
            if value.as_str() != Some(check.normalized.as_str()) {
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

    fn phone(&mut self, obj: &Value, parent: &Path, key: &str, required: bool) -> Option<String> {
        let value = obj.get(key);
        if blank(value) {
            if required {
                self.at(Code::REQUIRED, parent, key);
            }
            return None;
        }
        let Some(raw) = value.and_then(Value::as_str) else {
            self.at(Code::PHONE_FORMAT, parent, key);
            return None;
        };
        match check_phone(raw) {
            Ok(digits) => {
                if digits != raw {
                    self.patch(parent, key, digits.clone());
                }
                Some(digits)
            }
            Err(failure) => {
                self.fail(failure.at(parent.key(key)));
                None
            }
        }
    }

    fn bank_account(&mut self, bank: &Value, parent: &Path) -> BankAccount {
        let mut account = BankAccount {
            bank_name: self.text(bank, parent, "bankName", true, TEXT_MAX),
            ..BankAccount::default()
        };
        let number = bank.get("accountNumber");
        if blank(number) {
            self.at(Code::REQUIRED, parent, "accountNumber");
        } else if let Some(raw) = number.and_then(Value::as_str) {
            match check_bank_account(raw) {
                Ok((digits, warning)) => {
                    if raw != digits {
                        self.patch(parent, "accountNumber", digits.clone());
                    }
                    if let Some(warning) = warning {
                        let warning = warning.at(parent.key("accountNumber"));
                        self.flag(warning, Severity::Warning, Vec::new());
                    }
                    account.account_number = Some(digits);
                }
                Err(failure) => self.fail(failure.at(parent.key("accountNumber"))),
            }
        } else {
            self.at(Code::BANK_ACCOUNT_FORMAT, parent, "accountNumber");
        }
        account.holder_name = self.name(bank, parent, "holderName", true);
        account
    }
}

/// Whether a name has digits (ASCII or full-width) or ASCII symbols other than `.`, `-` and `'`.
fn odd_name(name: &str) -> bool {
    name.chars().any(|c| {
        c.is_ascii_digit()
            || (c.is_ascii_punctuation() && !matches!(c, '.' | '-' | '\''))
            || ('０'..='９').contains(&c)
    })
}

/// At most two decimals, judged with a tolerance: `0.1 + 0.2` arrives as 0.30000000000000004.
pub fn whole_fen(n: f64) -> bool {
    let fen = n * 100.0;
    n.is_finite() && (fen - fen.round()).abs() < 1e-6 + fen.abs() * 4.0 * f64::EPSILON
}

impl Application {
    /// Reads any JSON value; never fails. A value that is not an object is an empty application.
    pub fn read(json: &Value, divisions: &Divisions) -> Application {
        read(json, divisions, None).0
    }
}

/// Reads `json` as an application; with `options`, also checks every field on its own.
pub(crate) fn read(
    json: &Value,
    divisions: &Divisions,
    options: Option<&Options>,
) -> (Application, Reader) {
    let mut r = Reader {
        collect: options.is_some(),
        today: options.and_then(|o| o.today),
        findings: Vec::new(),
        patches: Vec::new(),
    };
    let mut app = Application::default();
    if !json.is_object() {
        if r.collect {
            r.fail(Failure::new(Code::NOT_AN_APPLICATION, Path::root()));
        }
        return (app, r);
    }
    let root = Path::root();
    app.category = r.choice(json, &root, "category", true, Category::parse);
    // Temporary assistance is decided on need alone: no full economic declaration required.
    let full = app.category != Some(Category::Temporary);
    app.submitted_on = r.date(json, &root, "submittedOn", false);
    if let Some(town) = r.text(json, &root, "town", true, TEXT_MAX) {
        app.town = divisions.find(&town).cloned();
        match &app.town {
            Some(d) if d.code != town => r.patch(&root, "town", d.code.clone()),
            Some(_) => {}
            None => {
                if r.collect {
                    r.fail(Failure::new(Code::UNKNOWN_TOWN, "town").with("value", excerpt(&town)));
                }
            }
        }
    }
    app.committee = r.text(json, &root, "committee", true, TEXT_MAX);
    if let Some(contact) = r.object(json, &root, "contact", true) {
        let p = root.key("contact");
        app.contact.phone = r.phone(contact, &p, "phone", true);
        app.contact.hukou_address = r.text(contact, &p, "hukouAddress", true, TEXT_MAX);
        app.contact.residence_address = r.text(contact, &p, "residenceAddress", true, TEXT_MAX);
    }
    match json.get("members") {
        Some(Value::Array(items)) if items.len() > MAX_MEMBERS => {
            if r.collect {
                r.fail(
                    Failure::new(Code::INPUT_TOO_LARGE, "members")
                        .with("reason", "members")
                        .with("limit", MAX_MEMBERS),
                );
            }
        }
        Some(Value::Array(items)) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                app.members.push(member(&mut r, item, &member_at(i), full));
            }
        }
        Some(Value::Array(_)) | None | Some(Value::Null) => r.at(Code::REQUIRED, &root, "members"),
        Some(_) => r.wrong_type(&root, "members", "array"),
    }
    if let Some(assets) = r.object(json, &root, "assets", full) {
        let keys = [
            "deposits",
            "securities",
            "vehicles",
            "nonResidentialProperty",
        ];
        let [deposits, securities, vehicles, non_residential_property] =
            r.amounts(assets, &root.key("assets"), keys);
        app.assets = Assets {
            deposits,
            securities,
            vehicles,
            non_residential_property,
        };
    }
    let rigid = app.category == Some(Category::RigidExpenditure);
    if let Some(expenses) = r.object(json, &root, "expenses", rigid) {
        let [medical, education] =
            r.amounts(expenses, &root.key("expenses"), ["medical", "education"]);
        app.expenses = Expenses { medical, education };
    }
    if let Some(bank) = r.object(json, &root, "bankAccount", full) {
        app.bank_account = Some(r.bank_account(bank, &root.key("bankAccount")));
    }
    if let Some(agent) = r.object(json, &root, "agent", false) {
        let p = root.key("agent");
        let name = r.name(agent, &p, "name", true);
        let (id_type, id) = r.identity(agent, &p);
        app.agent = Some(Agent {
            name,
            id_type,
            id,
            phone: r.phone(agent, &p, "phone", true),
            kind: r.choice(agent, &p, "kind", true, AgentKind::parse),
        });
    }
    if let Some(consents) = r.object(json, &root, "consents", true) {
        let p = root.key("consents");
        app.consents = Consents {
            verification_authorized: r.consent(consents, &p, "verificationAuthorized"),
            declaration_truthful: r.consent(consents, &p, "declarationTruthful"),
        };
    }
    (app, r)
}

fn member(r: &mut Reader, item: &Value, p: &Path, full: bool) -> Member {
    let mut m = Member::default();
    if !item.is_object() {
        r.wrong_type(p, "", "object");
        return m;
    }
    m.name = r.name(item, p, "name", true);
    (m.id_type, m.id) = r.identity(item, p);
    m.declared_birth_date = r.date(item, p, "birthDate", false);
    m.declared_gender = r.choice(item, p, "gender", false, Gender::parse);
    m.relationship = r.choice(item, p, "relationship", true, Relationship::parse);
    m.hukou = r.choice(item, p, "hukou", true, Hukou::parse);
    m.lives_together = r.boolean(item.get("livesTogether"), p, "livesTogether");
    m.employment = r.choice(item, p, "employment", full, Employment::parse);
    if let Some(disability) = r.object(item, p, "disability", false) {
        let dp = p.key("disability");
        let category = r.choice(disability, &dp, "category", true, DisabilityCategory::parse);
        let grade = match disability.get("grade") {
            Some(Value::Number(g)) => match g.as_f64() {
                Some(g) if (1.0..=4.0).contains(&g) && g.fract() == 0.0 => Some(g as u8),
                _ => {
                    r.at(Code::INVALID_OPTION, &dp, "grade");
                    None
                }
            },
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
        let keys = ["wages", "business", "property", "transfer", "other"];
        let [wages, business, property, transfer, other] =
            r.amounts(income, &p.key("monthlyIncome"), keys);
        m.monthly_income = Income {
            wages,
            business,
            property,
            transfer,
            other,
        };
    }
    m
}

#[cfg(test)]
mod tests {
    use super::{odd_name, whole_fen};
    use crate::Code;

    #[test]
    fn names_with_characters_no_notice_shows_are_refused_by_code_point() {
        use crate::application::{validate, Options};
        use crate::divisions::Divisions;
        let divisions = Divisions::embedded();
        for (name, char) in [
            ("张\u{202E}三", "U+202E"),
            ("张\u{200B}三", "U+200B"),
            ("张\u{200D}三", "U+200D"),
            ("张三（户主）", "U+FF08"),
        ] {
            let app = serde_json::json!({ "members": [{ "name": name }] });
            let report = validate(&app, &divisions, &Options::default());
            let f = report
                .findings
                .iter()
                .map(|f| &f.failure)
                .find(|f| f.path == "members.0.name")
                .unwrap_or_else(|| panic!("{name} is refused"));
            assert_eq!(f.code, Code::NAME_FORMAT);
            assert_eq!(
                (f.param("reason"), f.param("char")),
                (Some("character"), Some(char))
            );
        }
    }

    #[test]
    fn names_without_digits_or_symbols() {
        for name in ["张伟", "阿依古丽·买买提", "O'Brien", "Jean-Luc", "J. Smith"] {
            assert!(!odd_name(name), "{name}");
        }
        for name in ["张伟1", "张３", "张@伟", "a_b", "x/y"] {
            assert!(odd_name(name), "{name}");
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
