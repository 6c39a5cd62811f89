//! Compiles the tables of `data/` in: each file is read with serde_json, every `YYYY-MM-DD` string
//! in it is checked to be a real date with chrono, the comments (members whose key starts with `_`)
//! are dropped, and the rest is written to `OUT_DIR` as compact JSON. The core reads it with the
//! same serde types and checks as data loaded at run time, so a typo fails the build or a test,
//! never a resident's page.

use chrono::NaiveDate;
use serde_json::Value;
use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=data");
    let mut names: Vec<_> = fs::read_dir("data")
        .expect("the data folder")
        .map(|entry| entry.expect("a data file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut data: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        check(&mut data, &path.display().to_string());
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), data.to_string()).expect("write to OUT_DIR");
    }
}

/// Drops comment members and checks that every date-shaped string is a real date.
fn check(value: &mut Value, at: &str) {
    match value {
        Value::Object(members) => {
            members.retain(|key, _| !key.starts_with('_'));
            for (key, member) in members.iter_mut() {
                check(member, &format!("{at}.{key}"));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                check(item, &format!("{at}.{i}"));
            }
        }
        Value::String(text) if looks_like_a_date(text) => {
            assert!(
                NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
                "{at}: no such date {text}"
            );
        }
        _ => {}
    }
}

fn looks_like_a_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}
