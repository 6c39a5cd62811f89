//! The codes an identity number may carry, compiled in from `data/`: every county-level region
//! code of GB/T 2260 ever issued (`regions-codes.json`), and the country codes of foreign
//! permanent-resident IDs (`countries-codes.json`). Where the data come from, and why from there,
//! is said in each file and in `scripts/gen-regions.py`; the same data with names are in
//! `data/reference/`, which is not compiled in (47 KB gzip of names no check needs).
//!
//! Each table is read once, on first use, into a list of numbers searched by bisection: a roster
//! of 100,000 applications asks hundreds of thousands of times. The files are written sorted
//! (by gen-regions.py, checked by the tests below), so the library sorts nothing: one sort per
//! element type would cost the web build kilobytes of code.

use serde_json::Value;
use std::sync::OnceLock;

/// Every list holds `u32`s, so that one bisection serves them all.
struct Tables {
    /// Six-digit region codes, as numbers.
    regions: Vec<u32>,
    /// ISO 3166-1 alpha-3 codes (and those withdrawn since 2004), as [`alpha3`] numbers them.
    alpha3: Vec<u32>,
    /// ISO 3166-1 numeric codes, as numbers.
    numeric: Vec<u32>,
}

/// Three bytes as one number, in their order (so that sorted codes give sorted numbers).
fn alpha3(code: &[u8]) -> Option<u32> {
    match code {
        [a, b, c] => Some(u32::from_be_bytes([0, *a, *b, *c])),
        _ => None,
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let regions = include_str!(concat!(env!("OUT_DIR"), "/regions-codes.json"));
        let countries = include_str!(concat!(env!("OUT_DIR"), "/countries-codes.json"));
        // The data are checked by the tests below: should they not parse, every lookup fails,
        // which the tests catch before any release.
        let regions = crate::data::embedded(regions).unwrap_or(Value::Null);
        let countries = crate::data::embedded(countries).unwrap_or(Value::Null);
        let words = |key: &str, number: fn(&[u8]) -> Option<u32>| {
            let text = countries.get(key).and_then(Value::as_str).unwrap_or("");
            text.split(' ')
                .map(str::as_bytes)
                .filter_map(number)
                .collect()
        };
        Tables {
            regions: read_regions(&regions),
            alpha3: words("alpha3", alpha3),
            numeric: words("numeric", |w| digits(w).filter(|_| w.len() == 3)),
        }
    })
}

fn listed(list: &[u32], code: Option<u32>) -> bool {
    code.is_some_and(|code| list.binary_search(&code).is_ok())
}

/// `codes` of regions-codes.json: `"3101": "000102"` is 310100, 310101 and 310102.
fn read_regions(data: &Value) -> Vec<u32> {
    let Some(groups) = data.get("codes").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut codes = Vec::with_capacity(8000);
    for (prefix, endings) in groups {
        let (Some(prefix), Some(endings)) = (digits(prefix.as_bytes()), endings.as_str()) else {
            continue;
        };
        codes.extend(
            endings
                .as_bytes()
                .chunks_exact(2)
                .filter_map(digits)
                .map(|ending| prefix * 100 + ending),
        );
    }
    codes
}

/// The number `bytes` write in decimal, when they are 1 to 6 ASCII digits.
fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 6 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(
        bytes
            .iter()
            .fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0'))),
    )
}

/// Whether the six digits are a county- or prefecture-level code GB/T 2260 ever issued (an
/// abolished code included: an ID keeps its code for life).
pub fn region_issued(code: &[u8]) -> bool {
    code.len() == 6 && listed(&tables().regions, digits(code))
}

/// China's own codes: a foreign permanent-resident ID is a foreigner's, and Chinese nationality
/// ends when a foreign one is taken (国籍法 第9条).
const CHINA: [&[u8]; 2] = [b"CHN", b"156"];

/// Whether three letters are the country code of a foreign permanent-resident ID (2004 on).
pub fn country_alpha3(code: &[u8]) -> bool {
    code != CHINA[0] && listed(&tables().alpha3, alpha3(code))
}

/// Whether three digits are the nationality of a 2023 foreign permanent-resident ID.
pub fn country_numeric(code: &[u8]) -> bool {
    let number = digits(code).filter(|_| code.len() == 3);
    code != CHINA[1] && listed(&tables().numeric, number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_tables_are_read_whole() {
        let t = tables();
        // The counts scripts/gen-regions.py printed for these files.
        assert_eq!(t.regions.len(), 7226);
        assert_eq!(t.alpha3.len(), 251);
        assert_eq!(t.numeric.len(), 251);
        // Searched by bisection: each list must be sorted, without repeats.
        for list in [&t.regions, &t.alpha3, &t.numeric] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn regions_ever_issued() {
        for known in ["310118", "110105", "310101", "310103", "330104", "440524"] {
            assert!(region_issued(known.as_bytes()), "{known}");
        }
        // Never issued, or a province alone (not a region an ID may carry), or not six digits.
        for unknown in [
            "218243", "649955", "310000", "710000", "810000", "31011", "31011x",
        ] {
            assert!(!region_issued(unknown.as_bytes()), "{unknown}");
        }
    }

    #[test]
    fn countries_of_permanent_resident_ids() {
        for known in ["USA", "DEU", "JPN", "SCG", "ANT", "HKG"] {
            assert!(country_alpha3(known.as_bytes()), "{known}");
        }
        for unknown in ["CHN", "XKK", "XXA", "ZZZ", "US", "usa"] {
            assert!(!country_alpha3(unknown.as_bytes()), "{unknown}");
        }
        for known in ["840", "276", "392", "004", "891"] {
            assert!(country_numeric(known.as_bytes()), "{known}");
        }
        for unknown in ["000", "999", "156", "983", "84", "8400"] {
            assert!(!country_numeric(unknown.as_bytes()), "{unknown}");
        }
    }
}
