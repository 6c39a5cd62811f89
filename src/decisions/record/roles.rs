//! Who may do what on a case's record, as data: `data/roles.json`, compiled in and checked by
//! [`Roles::read`], which also reads a replacement loaded at run time (`loadCaseRoles`). The stages
//! kept apart, the units and roles, the system accounts (`qp{town}zau`: the town's own code in the
//! middle, as the policy masks it `qp**zau`), and each action's stage, units, roles, account and
//! the `caseTimeline` event it dates.

use crate::data::{self, given, Entries, Object, Text};
use crate::decisions::words::{refused, required, Words};
use crate::documents::Bilingual;
use crate::failure::{Code, Failure};
use crate::path::Path;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::sync::OnceLock;

impl Code {
    /// Roles data of the wrong shape (param `expected`), or naming a stage, unit, role, account
    /// kind or action that it does not define, or one twice (param `reason`, `value`).
    pub const INVALID_CASE_ROLES: Code = Code::new("invalidCaseRoles");
}

const CODE: Code = Code::INVALID_CASE_ROLES;
/// Where an account pattern holds the town's code.
pub const TOWN: &str = "{town}";

/// A key of the data and its name in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub key: String,
    pub name: Bilingual,
}

/// One action of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRule {
    pub action: String,
    pub name: Bilingual,
    /// The stage of 受理/审核/审批 it belongs to, if any.
    pub stage: Option<String>,
    /// Who may do it (anyone when empty).
    pub units: Vec<String>,
    pub roles: Vec<String>,
    /// The kind of system account it is done with (`approval`, `dataEntry`).
    pub account: Option<String>,
    /// The `caseTimeline` event it dates.
    pub event: Option<String>,
}

/// The roles in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    pub stages: Vec<Named>,
    pub units: Vec<Named>,
    pub roles: Vec<Named>,
    /// Account kinds and their patterns.
    pub accounts: Vec<(String, Vec<String>)>,
    /// A division's code and its code in account names.
    pub town_codes: Vec<(String, String)>,
    pub actions: Vec<ActionRule>,
    pub sequences: Vec<Vec<String>>,
    source: Value,
}

impl Serialize for Roles {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.source.serialize(serializer)
    }
}

/// data/roles.json as given; what serde cannot say (names that must exist, patterns, codes) is
/// checked after.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RolesData {
    #[serde(default, deserialize_with = "given")]
    stages: Option<Entries<Object<Words>>>,
    #[serde(default, deserialize_with = "given")]
    units: Option<Entries<Object<Words>>>,
    #[serde(default, deserialize_with = "given")]
    roles: Option<Entries<Object<Words>>>,
    #[serde(default, deserialize_with = "given")]
    accounts: Option<Entries<Vec<Text>>>,
    /// Checked after, so that a code of the wrong type is quoted as given.
    #[serde(default, deserialize_with = "given")]
    town_codes: Option<Map<String, Value>>,
    #[serde(default, deserialize_with = "given")]
    actions: Option<Vec<Object<ActionData>>>,
    #[serde(default, deserialize_with = "given")]
    sequences: Option<Vec<Vec<String>>>,
}

#[derive(Deserialize)]
struct ActionData {
    #[serde(default, deserialize_with = "given")]
    action: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    name: Option<Object<Words>>,
    #[serde(default, deserialize_with = "given")]
    stage: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    units: Option<Vec<Text>>,
    #[serde(default, deserialize_with = "given")]
    roles: Option<Vec<Text>>,
    #[serde(default, deserialize_with = "given")]
    account: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    event: Option<Text>,
}

fn named(given: Option<Entries<Object<Words>>>, path: Path) -> Result<Vec<Named>, Failure> {
    let Entries(items) = required(given, path.clone(), CODE, "object")?;
    if items.is_empty() {
        return Err(Failure::new(CODE, path).with("expected", "object"));
    }
    let mut list = Vec::new();
    for (key, Object(words)) in items {
        list.push(Named {
            name: words.read(&[], &path.key(&key), CODE)?,
            key,
        });
    }
    Ok(list)
}

fn has(list: &[Named], key: &str) -> bool {
    list.iter().any(|n| n.key == key)
}

/// A town's part of an account name: 1 to 8 letters or digits.
pub(super) fn is_town_code(code: &str) -> bool {
    (1..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// An account pattern: letters and digits, with the town's code at most once.
fn pattern_ok(pattern: &str) -> bool {
    let rest = match pattern.split_once(TOWN) {
        Some((before, after)) => {
            let mut joined = before.to_owned();
            joined.push_str(after);
            joined
        }
        None => pattern.to_owned(),
    };
    !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric())
}

impl Roles {
    /// The compiled-in roles (data/roles.json), read once with the checks of [`Self::read`].
    pub fn embedded() -> Option<Roles> {
        static EMBEDDED: OnceLock<Option<Roles>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let text = include_str!(concat!(env!("OUT_DIR"), "/roles.json"));
                crate::data::embedded(text).and_then(|data| Roles::read(&data).ok())
            })
            .clone()
    }

    /// Reads and checks roles shaped like data/roles.json.
    pub fn read(data: &Value) -> Result<Roles, Failure> {
        let root = Path::root();
        let Object(table): Object<RolesData> = data::read(data, CODE, &root)?;
        let stages = named(table.stages, root.key("stages"))?;
        let units = named(table.units, root.key("units"))?;
        let roles = named(table.roles, root.key("roles"))?;
        let path = root.key("accounts");
        let Entries(items) = required(table.accounts, path.clone(), CODE, "object")?;
        let mut accounts = Vec::new();
        for (key, patterns) in items {
            if patterns.is_empty() {
                return Err(Failure::new(CODE, path.key(&key)).with("expected", "array"));
            }
            for (i, Text(pattern)) in patterns.iter().enumerate() {
                if !pattern_ok(pattern) {
                    return Err(refused(CODE, path.key(&key).index(i), "pattern", pattern));
                }
            }
            let patterns = patterns.iter().map(|p| p.0.to_ascii_lowercase()).collect();
            accounts.push((key, patterns));
        }
        let path = root.key("townCodes");
        let codes = required(table.town_codes, path.clone(), CODE, "object")?;
        let mut town_codes = Vec::new();
        for (division, code) in codes {
            let ok = code.as_str().filter(|c| is_town_code(c));
            let Some(code) = ok else {
                return Err(refused(
                    CODE,
                    path.key(&division),
                    "townCode",
                    &code.to_string(),
                ));
            };
            town_codes.push((division, code.to_ascii_lowercase()));
        }
        let path = root.key("actions");
        let items = required(table.actions, path.clone(), CODE, "array")?;
        let mut actions: Vec<ActionRule> = Vec::new();
        for (i, Object(item)) in items.into_iter().enumerate() {
            let at = path.index(i);
            let action = read_action(item, &at, &stages, &units, &roles, &accounts)?;
            if actions.iter().any(|a| a.action == action.action) {
                return Err(refused(CODE, at.key("action"), "duplicate", &action.action));
            }
            actions.push(action);
        }
        let path = root.key("sequences");
        let sequences = required(table.sequences, path.clone(), CODE, "array")?;
        for (i, names) in sequences.iter().enumerate() {
            for (j, name) in names.iter().enumerate() {
                if !actions.iter().any(|a| &a.action == name) {
                    return Err(refused(CODE, path.index(i).index(j), "action", name));
                }
            }
        }
        Ok(Roles {
            stages,
            units,
            roles,
            accounts,
            town_codes,
            actions,
            sequences,
            source: data.clone(),
        })
    }

    pub fn action(&self, name: &str) -> Option<&ActionRule> {
        self.actions.iter().find(|a| a.action == name)
    }

    pub fn name_of<'r>(list: &'r [Named], key: &str) -> Option<&'r Bilingual> {
        list.iter().find(|n| n.key == key).map(|n| &n.name)
    }

    /// The patterns of an account kind.
    pub fn patterns(&self, kind: &str) -> &[String] {
        self.accounts
            .iter()
            .find(|(k, _)| k == kind)
            .map_or(&[], |(_, p)| p.as_slice())
    }

    /// The account code of the division `code`.
    pub fn town_code(&self, code: &str) -> Option<&str> {
        self.town_codes
            .iter()
            .find(|(d, _)| d == code)
            .map(|(_, c)| c.as_str())
    }
}

fn read_action(
    item: ActionData,
    path: &Path,
    stages: &[Named],
    units: &[Named],
    roles: &[Named],
    accounts: &[(String, Vec<String>)],
) -> Result<ActionRule, Failure> {
    let Text(action) = required(item.action, path.key("action"), CODE, "string")?;
    let Object(name) = required(item.name, path.key("name"), CODE, "object")?;
    let name = name.read(&[], &path.key("name"), CODE)?;
    let stage = item.stage.map(|Text(s)| s);
    if let Some(stage) = stage.as_deref().filter(|s| !has(stages, s)) {
        return Err(refused(CODE, path.key("stage"), "stage", stage));
    }
    let mut lists = [Vec::new(), Vec::new()];
    let given = [("units", item.units, units), ("roles", item.roles, roles)];
    for (slot, (key, names, known)) in lists.iter_mut().zip(given) {
        for (i, Text(name)) in names.unwrap_or_default().into_iter().enumerate() {
            if !has(known, &name) {
                return Err(refused(CODE, path.key(key).index(i), "unknown", &name));
            }
            slot.push(name);
        }
    }
    let account = item.account.map(|Text(a)| a);
    if let Some(kind) = account
        .as_deref()
        .filter(|k| !accounts.iter().any(|(a, _)| a == k))
    {
        return Err(refused(CODE, path.key("account"), "account", kind));
    }
    let [units, roles] = lists;
    Ok(ActionRule {
        action,
        name,
        stage,
        units,
        roles,
        account,
        event: item.event.map(|Text(e)| e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static SOURCE: &str = include_str!("../../../data/roles.json");

    #[test]
    fn the_embedded_roles_load_and_round_trip() {
        let roles = Roles::embedded().expect("data/roles.json loads");
        assert_eq!(roles.stages.len(), 3);
        assert_eq!(roles.patterns("approval"), ["qp{town}zau"]);
        assert_eq!(roles.action("approved").unwrap().roles, ["deputyHead"]);
        let written = serde_json::to_value(&roles).unwrap();
        assert_eq!(Roles::read(&written).unwrap(), roles);
    }

    #[test]
    fn bad_roles_name_their_path() {
        let base: Value = serde_json::from_str(SOURCE).unwrap();
        let edited = |edit: &dyn Fn(&mut Value)| {
            let mut data = base.clone();
            edit(&mut data);
            Roles::read(&data).unwrap_err()
        };
        let cases: Vec<(Failure, &str, (&str, &str))> = vec![
            (
                Roles::read(&json!(1)).unwrap_err(),
                "",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["stages"] = json!({})),
                "stages",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["roles"]["deputyHead"] = json!({ "zh": "x" })),
                "roles.deputyHead.en",
                ("expected", "string"),
            ),
            (
                edited(&|d| d["accounts"]["approval"] = json!(["qp{town}z-au"])),
                "accounts.approval.0",
                ("reason", "pattern"),
            ),
            (
                edited(&|d| d["accounts"]["approval"] = json!([])),
                "accounts.approval",
                ("expected", "array"),
            ),
            (
                edited(&|d| d["townCodes"] = json!({ "310118105": "z x" })),
                "townCodes.310118105",
                ("reason", "townCode"),
            ),
            (
                edited(&|d| d["actions"][5]["roles"] = json!(["mayor"])),
                "actions.5.roles.0",
                ("reason", "unknown"),
            ),
            (
                edited(&|d| d["actions"][0]["stage"] = json!("filing")),
                "actions.0.stage",
                ("reason", "stage"),
            ),
            (
                edited(&|d| d["actions"][6]["account"] = json!("root")),
                "actions.6.account",
                ("reason", "account"),
            ),
            (
                edited(&|d| d["actions"][1]["action"] = json!("accepted")),
                "actions.1.action",
                ("reason", "duplicate"),
            ),
            (
                edited(&|d| d["sequences"][1] = json!(["stopped", "x"])),
                "sequences.1.1",
                ("reason", "action"),
            ),
            (
                edited(&|d| d["sequences"][0] = json!("accepted")),
                "sequences.0",
                ("expected", "array"),
            ),
            // Not read by position from an array, and null is not absence.
            (
                edited(&|d| d["actions"][2] = json!(["verificationEntrusted"])),
                "actions.2",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["actions"][0]["stage"] = json!(null)),
                "actions.0.stage",
                ("expected", "string"),
            ),
        ];
        for (failure, path, (param, value)) in cases {
            assert_eq!(failure.code, Code::INVALID_CASE_ROLES, "{path}");
            assert_eq!(failure.path, path);
            assert_eq!(failure.param(param), Some(value), "{path}");
        }
    }
}
