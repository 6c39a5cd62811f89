//! A small JSON value, parser and writer. Every input crosses the wasm boundary as one
//! `JSON.stringify` string and nearly every result as one string for `JSON.parse`: a single copy
//! each way, faster than building objects field by field, and far smaller than a general serde
//! stack. (Validation reports, a roster's thousands of them, are packed more cheaply still: see
//! `wasm/application.rs`.)
//! The parser never panics and limits nesting, so no input can overflow the wasm stack.

use crate::prelude::*;
use alloc::borrow::Cow;

/// A parsed JSON value. Objects keep their keys in document order. Strings borrow from the parsed
/// text where they hold no escape (nearly always): a roster of a thousand applications is then read
/// without copying its strings, and output objects take their keys from static names for free.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Whether two (short) strings are equal. Inline word compares: in wasm, `==` on strings calls
/// an out-of-line `memcmp`, and a byte loop made key lookups the largest single cost of validating
/// a roster. A text of 4 to 8 bytes is two overlapping 4-byte words, a longer one 8-byte words and
/// an overlapping last word.
#[inline]
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n < 4 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    if n <= 8 {
        return word4(a, 0) == word4(b, 0) && word4(a, n - 4) == word4(b, n - 4);
    }
    let mut i = 0;
    while i + 8 < n {
        if word8(a, i) != word8(b, i) {
            return false;
        }
        i += 8;
    }
    word8(a, n - 8) == word8(b, n - 8)
}

fn word4(s: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(
        s.get(i..i + 4)
            .and_then(|w| w.try_into().ok())
            .unwrap_or_default(),
    )
}

fn word8(s: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(
        s.get(i..i + 8)
            .and_then(|w| w.try_into().ok())
            .unwrap_or_default(),
    )
}

/// Appends a decimal index without the formatting machinery (paths are built for every member).
pub fn push_index(out: &mut String, i: usize) {
    if i >= 10 {
        push_index(out, i / 10);
    }
    out.push(char::from(b'0' + (i % 10) as u8));
}

/// Where the run of bytes from `i` that a JSON string holds as they are ends: at the first `"`,
/// `\\`, control character or `extra` (the writer passes 0xE2, the lead byte of U+2028 and U+2029,
/// which it escapes). Eight bytes at a time (a roster is mostly string content): the bytes of a
/// word that equal a value, or are below 0x20, are found with carries (the lowest flagged byte of
/// each test is exact, so the lowest of all is the first stop).
#[inline]
pub(crate) fn plain_end(bytes: &[u8], mut i: usize, extra: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    let equal = |x: u64, b: u8| below(x ^ (ONES * u64::from(b)), 1);
    while let Some(word) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(word.try_into().unwrap_or_default());
        let stops = equal(x, b'"') | equal(x, b'\\') | equal(x, extra) | below(x, 0x20);
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while matches!(bytes.get(i), Some(&b) if b >= 0x20 && b != b'"' && b != b'\\' && b != extra) {
        i += 1;
    }
    i
}

/// How deep arrays and objects may nest; deeper input is refused rather than risk the stack.
const MAX_DEPTH: usize = 64;

impl<'a> Json<'a> {
    /// Parses a complete JSON text. The error is the byte offset where parsing stopped.
    pub fn parse(text: &'a str) -> Result<Json<'a>, usize> {
        let mut parser = Parser::new(text);
        let value = parser.value(0)?;
        parser.end().map(|_| value)
    }

    /// Parses a JSON text that must hold an array, handing each item to `each` as soon as it is
    /// read (then dropping it): a roster is validated one application at a time, without holding
    /// the whole tree. The error is the byte offset where parsing stopped; items before it have
    /// been handed over.
    pub fn parse_items(text: &'a str, mut each: impl FnMut(&Json<'a>)) -> Result<(), usize> {
        let mut parser = Parser::new(text);
        parser.skip_space();
        if !parser.eat(b'[') {
            return Err(parser.pos);
        }
        parser.skip_space();
        if !parser.eat(b']') {
            loop {
                each(&parser.value(1)?);
                parser.skip_space();
                if parser.eat(b']') {
                    break;
                }
                if !parser.eat(b',') {
                    return Err(parser.pos);
                }
            }
        }
        parser.end()
    }

    /// The member `key` of an object; `None` for other values or absent keys.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            // Lengths first: most keys differ in length, and `same` is a call in wasm.
            Json::Object(members) => members
                .iter()
                .find(|(k, _)| k.len() == key.len() && same(k, key))
                .map(|(_, v)| v),
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

    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(Cow<'a, str>, Json<'a>)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// The value with every string owned, to keep beyond the text it was parsed from.
    pub fn into_owned(self) -> Json<'static> {
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Number(n) => Json::Number(n),
            Json::String(s) => Json::String(Cow::Owned(s.into_owned())),
            Json::Array(items) => Json::Array(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(members) => Json::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                    .collect(),
            ),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
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

impl<'a> From<&'a str> for Json<'a> {
    fn from(s: &'a str) -> Json<'a> {
        Json::String(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Json<'a> {
    fn from(s: &'a String) -> Json<'a> {
        Json::String(Cow::Borrowed(s))
    }
}

impl From<String> for Json<'_> {
    fn from(s: String) -> Self {
        Json::String(Cow::Owned(s))
    }
}

impl From<bool> for Json<'_> {
    fn from(b: bool) -> Self {
        Json::Bool(b)
    }
}

impl From<i64> for Json<'_> {
    fn from(n: i64) -> Self {
        Json::Number(n as f64)
    }
}

impl From<i32> for Json<'_> {
    fn from(n: i32) -> Self {
        Json::Number(n.into())
    }
}

impl From<f64> for Json<'_> {
    fn from(n: f64) -> Self {
        Json::Number(n)
    }
}

impl<'a, T: Into<Json<'a>>> From<Vec<T>> for Json<'a> {
    fn from(items: Vec<T>) -> Json<'a> {
        Json::Array(items.into_iter().map(Into::into).collect())
    }
}

impl<'a, T: Into<Json<'a>>> From<Option<T>> for Json<'a> {
    fn from(value: Option<T>) -> Json<'a> {
        match value {
            Some(value) => value.into(),
            None => Json::Null,
        }
    }
}

/// Builds an object member by member: `object().field("a", 1).build()`. Keys are borrowed (nearly
/// always the static names of the output format), so they are never copied.
#[derive(Debug, Default)]
pub struct ObjectBuilder<'a>(Vec<(Cow<'a, str>, Json<'a>)>);

pub fn object<'a>() -> ObjectBuilder<'a> {
    ObjectBuilder(Vec::new())
}

impl<'a> ObjectBuilder<'a> {
    /// Generic only for the conversion, which is inlined at the call; the push is one shared
    /// function rather than a copy per value type (there were eleven, 1.5 KB).
    #[inline]
    pub fn field(self, key: &'a str, value: impl Into<Json<'a>>) -> Self {
        self.member(key, value.into())
    }

    #[inline(never)]
    fn member(mut self, key: &'a str, value: Json<'a>) -> Self {
        self.0.push((Cow::Borrowed(key), value));
        self
    }

    pub fn build(self) -> Json<'a> {
        Json::Object(self.0)
    }
}

impl<'a> From<ObjectBuilder<'a>> for Json<'a> {
    fn from(builder: ObjectBuilder<'a>) -> Json<'a> {
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
        push!(out, n.clamp(-9e15, 9e15) as i64);
    } else {
        let scaled = (n.abs() * SCALE).round() as u64;
        let (whole, fraction) = (scaled / SCALE as u64, scaled % SCALE as u64);
        let sign = if n < 0.0 && scaled > 0 { "-" } else { "" };
        let digits = cat!(crate::pieces::Padded(fraction as i64, 6));
        let digits = digits.trim_end_matches('0');
        if digits.is_empty() {
            push!(out, sign, whole);
        } else {
            push!(out, sign, whole, '.', digits);
        }
    }
}

/// Writes a JSON string, copying runs of characters that need no escape in one go.
pub(crate) fn write_string(out: &mut String, s: &str) {
    out.push('"');
    // Copies runs that need no escape whole: the hot path of every report.
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    loop {
        i = plain_end(bytes, i, 0xE2);
        let Some(&b) = bytes.get(i) else { break };
        let line_separator = b == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9));
        if b == 0xE2 && !line_separator {
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
            // Another control character: `\u00XX`, without the formatting machinery.
            _ => {
                push!(out, "\\u", crate::pieces::Hex4(b.into()));
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

/// The significant digits of a number being read, and its decimal exponent.
#[derive(Default)]
struct Decimal {
    mantissa: u64,
    digits: u32,
    exponent: i32,
}

impl Decimal {
    /// Takes the next digit, of the fraction or not.
    fn push(&mut self, d: u8, fraction: bool) {
        if self.mantissa == 0 && d == 0 {
            if fraction {
                self.exponent -= 1;
            }
        } else if self.digits < 19 {
            self.mantissa = self.mantissa * 10 + u64::from(d);
            self.digits += 1;
            if fraction {
                self.exponent -= 1;
            }
        } else if !fraction {
            self.exponent += 1;
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Members and items of the objects and arrays being read, innermost last: each container
    /// is moved out in one allocation of its exact size when it closes.
    members: Vec<(Cow<'a, str>, Json<'a>)>,
    items: Vec<Json<'a>>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            members: Vec::new(),
            items: Vec::new(),
        }
    }

    /// Only white space may follow the value.
    fn end(&mut self) -> Result<(), usize> {
        self.skip_space();
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(self.pos)
        }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// JSON.stringify writes no white space: one inlined comparison, the loop only past it.
    #[inline(always)]
    fn skip_space(&mut self) {
        if self.peek().is_some_and(|b| b <= b' ') {
            self.skip_white_space();
        }
    }

    #[inline(never)]
    fn skip_white_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Json<'a>) -> Result<Json<'a>, usize> {
        // Compared inline: slice equality is an out-of-line `memcmp` call in wasm.
        let found = self.bytes.get(self.pos..self.pos + word.len());
        if found.is_some_and(|found| found.iter().zip(word).all(|(a, b)| a == b)) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.pos)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, usize> {
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

    fn array(&mut self, depth: usize) -> Result<Json<'a>, usize> {
        self.pos += 1;
        let base = self.items.len();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(Vec::new()));
        }
        loop {
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(self.items.split_off(base)));
                }
                _ => return Err(self.pos),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, usize> {
        self.pos += 1;
        let base = self.members.len();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(Vec::new()));
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
            self.members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(self.members.split_off(base)));
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
    fn number(&mut self) -> Result<Json<'a>, usize> {
        let start = self.pos;
        let negative = self.eat(b'-');
        let mut decimal = Decimal::default();
        let int_start = self.pos;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            decimal.push(d - b'0', false);
            self.pos += 1;
        }
        let int_len = self.pos - int_start;
        if int_len == 0 || (int_len > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return Err(start);
        }
        if self.eat(b'.') {
            let fraction_start = self.pos;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                decimal.push(d - b'0', true);
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
            decimal.exponent = decimal.exponent.saturating_add(sign * value);
        }
        let magnitude = scale(decimal.mantissa, decimal.exponent);
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
        let text = self.text.get(self.pos..self.pos + 4).ok_or(self.pos)?;
        let value = crate::pieces::parse_hex4(text).ok_or(self.pos)?;
        self.pos += 4;
        Ok(value)
    }

    /// A JSON string: borrowed from the text when it holds no escape, else unescaped into a copy.
    fn string(&mut self) -> Result<Cow<'a, str>, usize> {
        self.pos += 1;
        let start = self.pos;
        self.skip_plain();
        // SAFETY: `start` follows a quote, and `skip_plain` stops at a quote, a backslash, a control
        // character (all ASCII) or the end of the text: both are character boundaries of the text,
        // in order. The checked `get` was an out-of-line call for every string of a roster.
        let plain = unsafe { self.text.get_unchecked(start..self.pos) };
        match self.peek() {
            Some(b'"') => {
                self.pos += 1;
                Ok(Cow::Borrowed(plain))
            }
            Some(b'\\') => self.escaped(plain.to_owned()).map(Cow::Owned),
            _ => Err(self.pos),
        }
    }

    /// Moves past characters that need no unescaping.
    #[inline(always)]
    fn skip_plain(&mut self) {
        self.pos = plain_end(self.bytes, self.pos, b'"');
    }

    /// The rest of a string that holds escapes, from the backslash at `pos`.
    fn escaped(&mut self, mut out: String) -> Result<String, usize> {
        loop {
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
            let start = self.pos;
            self.skip_plain();
            out.push_str(self.text.get(start..self.pos).ok_or(start)?);
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
    fn plain_runs_end_at_the_first_stop_in_any_lane() {
        // Every stop byte at every offset of two words and a tail, after plain ASCII, after
        // multi-byte characters (bytes >= 0x80) and after bytes one above a stop (carries).
        for filler in [b'a', 0x80, b'#', b']', 0x21, 0xE3] {
            for stop in [b'"', b'\\', 0x00, 0x1F, 0xE2] {
                for at in 0..19 {
                    let mut bytes = vec![filler; 19];
                    bytes[at] = stop;
                    bytes.push(b'"');
                    assert_eq!(plain_end(&bytes, 0, 0xE2), at, "{filler:x} {stop:x} {at}");
                    let without_extra = if stop == 0xE2 { 19 } else { at };
                    assert_eq!(
                        plain_end(&bytes, 0, b'"'),
                        without_extra,
                        "{filler:x} {stop:x} {at}"
                    );
                }
            }
        }
        assert_eq!(plain_end(b"", 0, b'"'), 0);
        assert_eq!(plain_end("张伟 ok".as_bytes(), 2, b'"'), 9);
    }

    #[test]
    fn same_agrees_with_equality_at_every_length() {
        let text = "abcdefghijklmnopqrstuvwxyz张伟";
        for n in 0..=text.len() {
            let Some(a) = text.get(..n) else { continue };
            assert!(same(a, a.to_owned().as_str()), "{a}");
            for i in 0..n {
                let mut b = a.as_bytes().to_vec();
                b[i] ^= 1;
                if let Ok(b) = core::str::from_utf8(&b) {
                    assert!(!same(a, b), "{a} {b}");
                }
            }
            assert!(!same(a, text.get(..n + 1).unwrap_or("?")));
        }
    }

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
            "\"\\u+123\"",
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
    fn strings_without_escapes_are_borrowed_from_the_text() {
        let text = r#"{"name":"张伟","note":"a\"b"}"#;
        let value = Json::parse(text).unwrap();
        let Some(Json::String(name)) = value.get("name") else {
            panic!("not a string")
        };
        assert!(matches!(name, Cow::Borrowed("张伟")));
        assert_eq!(value.get("note").and_then(Json::as_str), Some("a\"b"));
    }

    #[test]
    fn items_of_an_array_are_handed_over_one_by_one() {
        let mut seen = Vec::new();
        let done = Json::parse_items(r#" [1, {"a": [2]}, "x"] "#, |item| {
            seen.push(item.to_json())
        });
        assert_eq!(done, Ok(()));
        assert_eq!(seen, ["1", r#"{"a":[2]}"#, r#""x""#]);
        seen.clear();
        assert_eq!(
            Json::parse_items("[1, 2", |item| seen.push(item.to_json())),
            Err(5)
        );
        assert_eq!(seen, ["1", "2"]);
        assert_eq!(Json::parse_items("{}", |_| unreachable!()), Err(0));
        assert_eq!(Json::parse_items("[] x", |_| unreachable!()), Err(3));
        assert_eq!(Json::parse_items("[]", |_| unreachable!()), Ok(()));
    }

    #[test]
    fn indexes_are_written_in_decimal() {
        let mut out = String::new();
        for i in [0, 7, 10, 123] {
            push_index(&mut out, i);
            out.push(' ');
        }
        assert_eq!(out, "0 7 10 123 ");
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
