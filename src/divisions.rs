//! Qingpu's town-level divisions (data/divisions.json): a town is named by its 9-digit code or its
//! name. Applications are decided by the town of the applicant's hukou; notices name it.

use crate::global::Global;
use crate::json::Json;
use crate::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    pub code: String,
    pub name: String,
}

static EMBEDDED: &str = include_str!("../data/divisions.json");

/// The compiled-in divisions.
pub fn divisions() -> &'static [Division] {
    static DIVISIONS: Global<Vec<Division>> = Global::new(|| {
        Json::parse(EMBEDDED)
            .map(|data| parse(&data))
            .unwrap_or_default()
    });
    DIVISIONS.get()
}

fn parse(data: &Json) -> Vec<Division> {
    let items = data
        .get("divisions")
        .and_then(Json::as_array)
        .unwrap_or_default();
    items
        .iter()
        .filter_map(|d| {
            Some(Division {
                code: d.get("code")?.as_str()?.to_owned(),
                name: d.get("name")?.as_str()?.to_owned(),
            })
        })
        .collect()
}

/// The division named by `code_or_name` (surrounding spaces ignored).
pub fn find(code_or_name: &str) -> Option<&'static Division> {
    let wanted = code_or_name.trim();
    divisions()
        .iter()
        .find(|d| d.code == wanted || d.name == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_eleven_divisions_load() {
        assert_eq!(divisions().len(), 11);
        assert_eq!(find("310118105").map(|d| d.name.as_str()), Some("赵巷镇"));
        assert_eq!(
            find(" 夏阳街道 ").map(|d| d.code.as_str()),
            Some("310118001")
        );
        assert!(find("310118999").is_none());
    }
}
