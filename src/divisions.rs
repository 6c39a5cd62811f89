//! Qingpu's town-level divisions (data/divisions.json): a town is named by its 9-digit code or its
//! name. Applications are decided by the town of the applicant's hukou; notices name it.

use crate::global::Global;
use crate::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    pub code: String,
    pub name: String,
}

// `DIVISIONS`: data/divisions.json as `(code, name)` pairs, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/divisions.rs"));

/// The compiled-in divisions.
pub fn divisions() -> &'static [Division] {
    static TABLE: Global<Vec<Division>> = Global::new(|| {
        DIVISIONS
            .iter()
            .map(|(code, name)| Division {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
            })
            .collect()
    });
    TABLE.get()
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
