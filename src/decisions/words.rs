//! What the module's data tables (data/notices.json, data/roles.json, and what a page loads in
//! their place) share once serde has read them: words in both languages, and the checks serde
//! cannot make (the placeholders a template may name, the members a table requires), each reported
//! with the table's code at the member's path.

use crate::data::{given, Text};
use crate::documents::Bilingual;
use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use serde::Deserialize;

/// `{ zh, en }` as given, each a string with text.
#[derive(Debug, Deserialize)]
pub(crate) struct Words {
    #[serde(default, deserialize_with = "given")]
    pub zh: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    pub en: Option<Text>,
}

impl Words {
    /// Both languages, at `path`, naming only the placeholders `allowed`.
    pub fn read(self, allowed: &[&str], path: &Path, code: Code) -> Result<Bilingual, Failure> {
        let zh = required(self.zh, path.key("zh"), code, "string")?;
        template(&zh.0, allowed, path.key("zh"), code)?;
        let en = required(self.en, path.key("en"), code, "string")?;
        template(&en.0, allowed, path.key("en"), code)?;
        Ok(Bilingual { zh: zh.0, en: en.0 })
    }
}

/// A member the table requires, reported missing at `path` as not the `expected` kind.
pub(crate) fn required<T>(
    member: Option<T>,
    path: Path,
    code: Code,
    expected: &'static str,
) -> Result<T, Failure> {
    member.ok_or_else(|| Failure::new(code, path).with("expected", expected))
}

/// The value at `path` refused for `reason` (`value` quoted).
pub(crate) fn refused(code: Code, path: Path, reason: &'static str, value: &str) -> Failure {
    Failure::new(code, path)
        .with("reason", reason)
        .with("value", excerpt(value))
}

/// Every `{name}` of `template` is one of `allowed`, and every brace closes.
fn template(template: &str, allowed: &[&str], path: Path, code: Code) -> Result<(), Failure> {
    let mut rest = template;
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, after)) = after.split_once('}') else {
            return Err(refused(code, path, "placeholder", after));
        };
        if !allowed.contains(&name) {
            return Err(refused(code, path, "placeholder", name));
        }
        rest = after;
    }
    if rest.contains('}') {
        return Err(refused(code, path, "placeholder", rest));
    }
    Ok(())
}
