//! A small JSON value, parser and writer. Every input crosses the wasm boundary as one
//! `JSON.stringify` string and every result as one string for `JSON.parse`: a single copy each way,
//! faster than building objects field by field, and far smaller than a general serde stack.
//! The parser never panics and limits nesting, so no input can overflow the wasm stack.

use std::fmt::Write;

/// A parsed JSON value. Objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// How deep arrays and objects may nest; deeper input is refused rather than risk the stack.
const MAX_DEPTH: usize = 64;

impl Json {
    /// Parses a complete JSON text. The error is the byte offset where parsing stopped.
    pub fn parse(text: &str) -> Result<Json, usize> {
        let mut parser = Parser {
            bytes: text.as_bytes(),
            pos: 0,
        };
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.pos == parser.bytes.len() {
            Ok(value)
        } else {
            Err(parser.pos)
        }
    }

    /// The member `key` of an object; `None` for other values or absent keys.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// Sets the value at a dotted path (`members.1.idNumber`), creating objects, and arrays for
    /// numeric segments, on the way; what stands in the way is replaced. Indexes above 999 are
    /// ignored (a form never has that many repeated blocks; a stray attribute must not allocate).
    pub fn set_path(&mut self, path: &str, value: Json) {
        const MAX_INDEX: usize = 999;
        let mut node = self;
        let mut segments = path.split('.').peekable();
        while let Some(segment) = segments.next() {
            let index = segment
                .parse::<usize>()
                .ok()
                .filter(|_| segment.bytes().all(|b| b.is_ascii_digit()));
            if index.is_some_and(|i| i > MAX_INDEX) {
                return;
            }
            let slot: &mut Json = match index {
                Some(i) => {
                    if !matches!(node, Json::Array(_)) {
                        *node = Json::Array(Vec::new());
                    }
                    let Json::Array(items) = node else { return };
                    if items.len() <= i {
                        items.resize(i + 1, Json::Null);
                    }
                    match items.get_mut(i) {
                        Some(slot) => slot,
                        None => return,
                    }
                }
                None => {
                    if !matches!(node, Json::Object(_)) {
                        *node = Json::Object(Vec::new());
                    }
                    let Json::Object(members) = node else { return };
                    let at = match members.iter().position(|(k, _)| k == segment) {
                        Some(at) => at,
                        None => {
                            members.push((segment.to_owned(), Json::Null));
                            members.len() - 1
                        }
                    };
                    match members.get_mut(at) {
                        Some((_, slot)) => slot,
                        None => return,
                    }
                }
            };
            if segments.peek().is_none() {
                *slot = value;
                return;
            }
            node = slot;
        }
    }

    /// The value as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        self.write(&mut out);
        out
    }

    /// Appends the value as JSON text to `out`.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => write_number(out, *n),
            Json::String(s) => write_string(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::String(s.to_owned())
    }
}

impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::String(s)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}

impl From<i64> for Json {
    fn from(n: i64) -> Json {
        Json::Number(n as f64)
    }
}

impl From<i32> for Json {
    fn from(n: i32) -> Json {
        Json::Number(n.into())
    }
}

impl From<f64> for Json {
    fn from(n: f64) -> Json {
        Json::Number(n)
    }
}

impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(items: Vec<T>) -> Json {
        Json::Array(items.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Json {
        value.map_or(Json::Null, Into::into)
    }
}

/// Builds an object member by member: `object().field("a", 1).build()`.
#[derive(Debug, Default)]
pub struct ObjectBuilder(Vec<(String, Json)>);

pub fn object() -> ObjectBuilder {
    ObjectBuilder::default()
}

impl ObjectBuilder {
    pub fn field(mut self, key: &str, value: impl Into<Json>) -> Self {
        self.0.push((key.to_owned(), value.into()));
        self
    }

    pub fn build(self) -> Json {
        Json::Object(self.0)
    }
}

impl From<ObjectBuilder> for Json {
    fn from(builder: ObjectBuilder) -> Json {
        builder.build()
    }
}

/// Integers print as integers; other numbers as fixed-point with up to six decimals (every number
/// this library writes is a count or an amount in yuan and fen); non-finite numbers as null. This
/// avoids the shortest-float formatter, which alone would add 14 KB to the wasm.
fn write_number(out: &mut String, n: f64) {
    const SCALE: f64 = 1e6;
    if !n.is_finite() {
        out.push_str("null");
    } else if n.fract() == 0.0 || n.abs() >= 1e9 {
        let _ = write!(out, "{}", n.clamp(-9e15, 9e15) as i64);
    } else {
        let scaled = (n.abs() * SCALE).round() as u64;
        let (whole, fraction) = (scaled / SCALE as u64, scaled % SCALE as u64);
        let sign = if n < 0.0 && scaled > 0 { "-" } else { "" };
        let digits = format!("{fraction:06}");
        let digits = digits.trim_end_matches('0');
        if digits.is_empty() {
            let _ = write!(out, "{sign}{whole}");
        } else {
            let _ = write!(out, "{sign}{whole}.{digits}");
        }
    }
}

/// Writes a JSON string, copying runs of characters that need no escape in one go.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    // Copies runs that need no escape whole: the hot path of every report.
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let line_separator = b == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9));
        if b >= 0x20 && b != b'"' && b != b'\\' && !line_separator {
            i += 1;
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or_default());
        let escape_len = if line_separator { 3 } else { 1 };
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if line_separator => out.push_str(if bytes.get(i + 2) == Some(&0xA8) {
                "\\u2028"
            } else {
                "\\u2029"
            }),
            _ => {
                let _ = write!(out, "\\u{:04x}", b);
            }
        }
        i += escape_len;
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

/// `mantissa × 10^exponent` as the nearest (or, beyond the fast path, a very near) double.
fn scale(mantissa: u64, exponent: i32) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    if mantissa == 0 {
        return 0.0;
    }
    match usize::try_from(exponent.unsigned_abs())
        .ok()
        .and_then(|e| EXACT.get(e))
    {
        Some(power) if exponent >= 0 => m * power,
        Some(power) => m / power,
        None if exponent > 0 => m * 10f64.powi(exponent.min(400)),
        // Two steps so that 10^-exponent does not overflow for tiny numbers.
        None => m / 1e22 / 10f64.powi((-exponent - 22).min(400)),
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Result<Json, usize> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.pos)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, usize> {
        self.skip_space();
        match self.peek() {
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') if depth < MAX_DEPTH => self.array(depth + 1),
            Some(b'{') if depth < MAX_DEPTH => self.object(depth + 1),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.pos),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, usize> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.pos),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, usize> {
        self.pos += 1;
        let mut members = Vec::with_capacity(8);
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.pos);
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.pos);
            }
            self.pos += 1;
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.pos),
            }
        }
    }

    /// A JSON number. Up to 19 significant digits are kept; with at most 15 and a small exponent
    /// the result is exact (one correctly rounded multiplication or division, Clinger's fast path),
    /// which covers every count, date part and amount in yuan. Longer numbers are rounded twice,
    /// an error of at most one unit in the last place. This saves the 10 KB power table of the
    /// standard library's parser.
    fn number(&mut self) -> Result<Json, usize> {
        let start = self.pos;
        let negative = self.eat(b'-');
        let (mut mantissa, mut digits, mut exponent) = (0u64, 0u32, 0i32);
        let mut push = |d: u8, fraction: bool| {
            if mantissa == 0 && d == 0 {
                if fraction {
                    exponent -= 1;
                }
            } else if digits < 19 {
                mantissa = mantissa * 10 + u64::from(d);
                digits += 1;
                if fraction {
                    exponent -= 1;
                }
            } else if !fraction {
                exponent += 1;
            }
        };
        let int_start = self.pos;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            push(d - b'0', false);
            self.pos += 1;
        }
        let int_len = self.pos - int_start;
        if int_len == 0 || (int_len > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return Err(start);
        }
        if self.eat(b'.') {
            let fraction_start = self.pos;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                push(d - b'0', true);
                self.pos += 1;
            }
            if self.pos == fraction_start {
                return Err(start);
            }
        }
        if self.eat(b'e') || self.eat(b'E') {
            let sign = if self.eat(b'-') {
                -1
            } else {
                self.eat(b'+');
                1
            };
            let exp_start = self.pos;
            let mut value = 0i32;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                value = value.saturating_mul(10).saturating_add(i32::from(d - b'0'));
                self.pos += 1;
            }
            if self.pos == exp_start {
                return Err(start);
            }
            exponent = exponent.saturating_add(sign * value);
        }
        let magnitude = scale(mantissa, exponent);
        Ok(Json::Number(if negative { -magnitude } else { magnitude }))
    }

    #[inline(always)]
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn hex4(&mut self) -> Result<u32, usize> {
        let digits = self.bytes.get(self.pos..self.pos + 4).ok_or(self.pos)?;
        let text = std::str::from_utf8(digits).map_err(|_| self.pos)?;
        let value = u32::from_str_radix(text, 16).map_err(|_| self.pos)?;
        self.pos += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, usize> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            let run = self.bytes.get(start..self.pos).unwrap_or_default();
            out.push_str(std::str::from_utf8(run).map_err(|_| start)?);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escape = self.peek().ok_or(self.pos)?;
                    self.pos += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return Err(self.pos - 1),
                    }
                }
                _ => return Err(self.pos),
            }
        }
    }

    /// `\uXXXX`, joining surrogate pairs; a lone surrogate becomes U+FFFD (JSON.stringify can emit one).
    fn unicode_escape(&mut self) -> Result<char, usize> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first)
            && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u")
        {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_json_stringify_writes() {
        let text = r#"{"a":[1,-2.5,3e2,true,null],"b":"x\"\u00e9\ud83d\ude00\n","c":{}}"#;
        let value = Json::parse(text).unwrap();
        assert_eq!(
            value.get("a").unwrap().as_array().unwrap()[1],
            Json::Number(-2.5)
        );
        assert_eq!(value.get("b").unwrap().as_str(), Some("x\"é😀\n"));
        assert_eq!(Json::parse(&value.to_json()).unwrap(), value);
    }

    #[test]
    fn agrees_with_serde_json_on_valid_and_invalid_text() {
        let cases = [
            "0",
            "-0",
            "1.5e-3",
            "01",
            "1.",
            ".5",
            "+1",
            "-",
            "1e",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "\"\\x\"",
            "\"\u{1}\"",
            "[[[]]]",
            "nul",
            "true false",
            " {\"k\": [\"v\", 2]} ",
            "\"\\ud800\"",
            "1E+2",
            "-1.0e-2",
        ];
        for case in cases {
            let ours = Json::parse(case);
            let theirs = serde_json::from_str::<serde_json::Value>(case);
            assert_eq!(
                ours.is_ok(),
                theirs.is_ok() || case == "\"\\ud800\"",
                "{case}"
            );
        }
    }

    #[test]
    fn numbers_are_exact_where_amounts_live() {
        for text in [
            "0",
            "-0",
            "1330",
            "1330.25",
            "0.1",
            "0.30000000000000004",
            "123456789012.34",
            "1e3",
            "2.5E-3",
            "-7",
            "9007199254740993",
        ] {
            let ours = Json::parse(text).unwrap().as_f64().unwrap();
            let std: f64 = text.parse().unwrap();
            assert_eq!(ours, std, "{text}");
        }
        // Beyond the fast path: within one unit in the last place.
        for text in [
            "1.2345678901234567e-300",
            "3.14159265358979323846264338327950288",
            "1e400",
            "1e-400",
        ] {
            let ours = Json::parse(text).unwrap().as_f64().unwrap();
            let std: f64 = text.parse().unwrap();
            assert!(
                ours == std || ((ours - std) / std).abs() < 1e-15,
                "{text}: {ours} vs {std}"
            );
        }
    }

    #[test]
    fn sets_values_at_paths() {
        let mut app = Json::Null;
        app.set_path("members.1.idNumber", "x".into());
        app.set_path("members.0.relationship", "self".into());
        app.set_path("consents.verificationAuthorized", true.into());
        app.set_path("members.1000.name", "ignored".into());
        assert_eq!(
            app.to_json(),
            r#"{"members":[{"relationship":"self"},{"idNumber":"x"}],"consents":{"verificationAuthorized":true}}"#
        );
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert!(Json::parse(&deep).is_err());
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(&ok).is_ok());
    }

    #[test]
    fn writes_numbers_and_escapes() {
        let value = object()
            .field("n", 3i64)
            .field("f", 0.1)
            .field("s", "a\u{1}\u{2028}")
            .field("x", f64::NAN)
            .build();
        assert_eq!(
            value.to_json(),
            r#"{"n":3,"f":0.1,"s":"a\u0001\u2028","x":null}"#
        );
        let numbers: Vec<String> = [-0.5, 1330.25, -2.0, 1e-7, 0.000001]
            .iter()
            .map(|n| Json::Number(*n).to_json())
            .collect();
        assert_eq!(numbers, ["-0.5", "1330.25", "-2", "0", "0.000001"]);
    }
}
