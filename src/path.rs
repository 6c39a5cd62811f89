//! Where a value sits in the input: `members.1.idNumber`, dots between keys and indexes, the
//! convention of react-hook-form, Element Plus and vee-validate. The root is the empty path.
//! Every path in the library is built here.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Path(String);

impl Path {
    /// The value itself (the empty path).
    pub const fn root() -> Path {
        Path(String::new())
    }

    /// The member `key` of this object.
    pub fn key(&self, key: &str) -> Path {
        let mut path = self.clone();
        path.push_key(key);
        path
    }

    /// The item `index` of this array.
    pub fn index(&self, index: usize) -> Path {
        let mut path = self.clone();
        path.push_index(index);
        path
    }

    /// `path` under this one.
    pub fn join(&self, path: &Path) -> Path {
        path.segments().fold(self.clone(), |mut joined, segment| {
            joined.push_key(segment);
            joined
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The segments, keys and indexes alike as text; none for the root.
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0.split('.').filter(|_| !self.0.is_empty())
    }

    /// The path without its last segment, and that segment (`None` for the root).
    pub fn split_last(&self) -> Option<(Path, &str)> {
        if self.is_root() {
            return None;
        }
        Some(match self.0.rsplit_once('.') {
            Some((parent, last)) => (Path(parent.to_owned()), last),
            None => (Path::root(), self.0.as_str()),
        })
    }

    /// Whether `other` is this path or lies under it; `*` in either matches any one segment
    /// (`members.*.idNumber` stands for the field in every member).
    pub fn covers(&self, other: &Path) -> bool {
        let (mut mine, mut theirs) = (self.segments(), other.segments());
        loop {
            match (mine.next(), theirs.next()) {
                (Some(a), Some(b)) if a == b || a == "*" || b == "*" => {}
                (Some(_), Some(_)) => return false,
                (None, _) => return true,
                (Some(_), None) => return false,
            }
        }
    }

    /// Whether one of the two paths covers the other.
    pub fn overlaps(&self, other: &Path) -> bool {
        self.covers(other) || other.covers(self)
    }

    /// Appends a key in place: for the parser, which walks down and back up the same path.
    pub(crate) fn push_key(&mut self, key: &str) {
        if !self.0.is_empty() {
            self.0.push('.');
        }
        self.0.push_str(key);
    }

    pub(crate) fn push_index(&mut self, index: usize) {
        use fmt::Write;
        if !self.0.is_empty() {
            self.0.push('.');
        }
        let _ = write!(self.0, "{index}");
    }

    /// The length of the text, to go back to with [`Path::truncate`].
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }
}

impl From<&str> for Path {
    /// A path written out (`"members.1.idNumber"`).
    fn from(path: &str) -> Path {
        Path(path.to_owned())
    }
}

impl From<String> for Path {
    fn from(path: String) -> Path {
        Path(path)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Path {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Path {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_dotted_paths_from_the_root() {
        let member = Path::root().key("members").index(1);
        assert_eq!(member.key("idNumber"), "members.1.idNumber");
        assert_eq!(Path::root().key("category"), "category");
        assert_eq!(Path::root().index(0), "0");
        assert!(Path::root().is_root());
        assert_eq!(
            member.segments().collect::<Vec<_>>(),
            ["members", "1"],
            "segments"
        );
        assert_eq!(Path::root().segments().count(), 0);
        assert_eq!(
            Path::from("opts").join(&Path::from("fields.3")),
            "opts.fields.3"
        );
        assert_eq!(Path::from("opts").join(&Path::root()), "opts");
    }

    #[test]
    fn splits_off_the_last_segment() {
        let path = Path::from("members.1.idNumber");
        let (parent, last) = path.split_last().unwrap();
        assert_eq!((parent.as_str(), last), ("members.1", "idNumber"));
        assert_eq!(Path::from("town").split_last().unwrap().0, Path::root());
        assert!(Path::root().split_last().is_none());
    }

    #[test]
    fn covers_and_overlaps_with_wildcards() {
        let p = Path::from;
        assert!(p("members.1").covers(&p("members.1.idNumber")));
        assert!(!p("members.1.idNumber").covers(&p("members.1")));
        assert!(p("members.1.idNumber").overlaps(&p("members.*.idNumber")));
        assert!(!p("members.1.idNumber").overlaps(&p("members.2.idNumber")));
        assert!(!p("members.1.name").overlaps(&p("members.1.idNumber")));
        assert!(p("members").overlaps(&p("members")));
        assert!(Path::root().covers(&p("anything")));
    }
}
