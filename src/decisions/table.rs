//! Reading the module's data tables (data/notices.json, data/roles.json, and what a page loads in
//! their place): each object's members read at their own paths, the first fault reported with the
//! table's code and what was expected, so that bad data names the member to fix.

use crate::documents::Bilingual;
use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use serde_json::{Map, Value};

/// One object of a table.
pub(crate) struct Obj<'v> {
    pub map: &'v Map<String, Value>,
    pub path: Path,
    code: Code,
}

impl<'v> Obj<'v> {
    pub fn of(value: &'v Value, path: Path, code: Code) -> Result<Obj<'v>, Failure> {
        match value {
            Value::Object(map) => Ok(Obj { map, path, code }),
            _ => Err(shape(code, path, "object")),
        }
    }

    pub fn get(&self, key: &str) -> Option<&'v Value> {
        self.map.get(key)
    }

    pub fn at(&self, key: &str) -> Path {
        self.path.key(key)
    }

    /// A fault of the member `key`: not the `expected` kind of value.
    pub fn shape(&self, key: &str, expected: &'static str) -> Failure {
        shape(self.code, self.at(key), expected)
    }

    /// A fault of the value at `path`: refused for `reason` (`value` quoted).
    pub fn refused(&self, path: Path, reason: &'static str, value: &str) -> Failure {
        Failure::new(self.code, path)
            .with("reason", reason)
            .with("value", excerpt(value))
    }

    pub fn obj(&self, key: &str) -> Result<Obj<'v>, Failure> {
        match self.get(key) {
            Some(value) => Obj::of(value, self.at(key), self.code),
            None => Err(self.shape(key, "object")),
        }
    }

    /// The object at `value`, a member of this one at `path`.
    pub fn child(&self, value: &'v Value, path: Path) -> Result<Obj<'v>, Failure> {
        Obj::of(value, path, self.code)
    }

    /// A string with something in it.
    pub fn text(&self, key: &str) -> Result<&'v str, Failure> {
        match self.get(key).and_then(Value::as_str) {
            Some(text) if !text.trim().is_empty() => Ok(text),
            _ => Err(self.shape(key, "string")),
        }
    }

    /// An array.
    pub fn list(&self, key: &str) -> Result<&'v Vec<Value>, Failure> {
        match self.get(key) {
            Some(Value::Array(items)) => Ok(items),
            _ => Err(self.shape(key, "array")),
        }
    }

    /// An array of non-empty strings (absent: none).
    pub fn names(&self, key: &str) -> Result<Vec<&'v str>, Failure> {
        let mut names = Vec::new();
        if self.get(key).is_none() {
            return Ok(names);
        }
        for (i, item) in self.list(key)?.iter().enumerate() {
            match item.as_str() {
                Some(name) if !name.trim().is_empty() => names.push(name),
                _ => return Err(shape(self.code, self.at(key).index(i), "string")),
            }
        }
        Ok(names)
    }

    /// `{ zh, en }` at `key`, both non-empty, with the placeholders `allowed` and no others.
    pub fn words(&self, key: &str, allowed: &[&str]) -> Result<Bilingual, Failure> {
        self.obj(key)?.own_words(allowed)
    }

    /// This object's own `zh` and `en`.
    pub fn own_words(&self, allowed: &[&str]) -> Result<Bilingual, Failure> {
        let zh = self.text("zh")?;
        self.template(zh, allowed, self.at("zh"))?;
        let en = self.text("en")?;
        self.template(en, allowed, self.at("en"))?;
        Ok(Bilingual {
            zh: zh.to_owned(),
            en: en.to_owned(),
        })
    }

    /// Every `{name}` of `template` is one of `allowed`, and every brace closes.
    pub fn template(&self, template: &str, allowed: &[&str], path: Path) -> Result<(), Failure> {
        let mut rest = template;
        while let Some((_, after)) = rest.split_once('{') {
            let Some((name, after)) = after.split_once('}') else {
                return Err(self.refused(path, "placeholder", after));
            };
            if !allowed.contains(&name) {
                return Err(self.refused(path, "placeholder", name));
            }
            rest = after;
        }
        if rest.contains('}') {
            return Err(self.refused(path, "placeholder", rest));
        }
        Ok(())
    }
}

fn shape(code: Code, path: Path, expected: &'static str) -> Failure {
    Failure::new(code, path).with("expected", expected)
}
