//! Text built from pieces (strings, characters, whole numbers) without `core::fmt`: the formatting
//! machinery (`fmt::write`, padding, each integer type's `Display`) is kilobytes of the wasm, and
//! everything this library writes is strings and whole numbers. `cat!(a, b, c)` makes a new
//! string, `push!(out, a, b, c)` appends to one; `Padded` writes `{:0width$}`.

use crate::prelude::*;

/// Something that can be appended to a string as text.
pub trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for alloc::borrow::Cow<'_, str> {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                push_number(out, false, *self as u64, 0);
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64, usize);

macro_rules! signed {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                push_number(out, *self < 0, self.unsigned_abs() as u64, 0);
            }
        }
    )*};
}
signed!(i8, i16, i32, i64, isize);

/// A whole number written with at least `width` characters, zeros after any sign: what
/// `{:0width$}` writes (`Padded(7, 2)` is `07`, `Padded(-5, 4)` is `-005`).
pub struct Padded(pub i64, pub usize);

impl Piece for Padded {
    fn push_to(&self, out: &mut String) {
        let negative = self.0 < 0;
        push_number(
            out,
            negative,
            self.0.unsigned_abs(),
            self.1.saturating_sub(usize::from(negative)),
        );
    }
}

/// `n` in decimal, after a `-` when `negative`, with leading zeros up to `width` digits.
fn push_number(out: &mut String, negative: bool, n: u64, width: usize) {
    let mut scale = 1u64;
    let mut digits = 1;
    while n / scale >= 10 {
        scale *= 10;
        digits += 1;
    }
    if negative {
        out.push('-');
    }
    for _ in digits..width {
        out.push('0');
    }
    while scale > 0 {
        out.push(char::from(b'0' + (n / scale % 10) as u8));
        scale /= 10;
    }
}

/// A number as four lowercase hexadecimal digits: what `{:04x}` writes, for `\u` escapes.
pub struct Hex4(pub u16);

impl Piece for Hex4 {
    fn push_to(&self, out: &mut String) {
        for shift in [12, 8, 4, 0] {
            let digit = ((self.0 >> shift) & 0xf) as u8;
            out.push(char::from(if digit < 10 {
                b'0' + digit
            } else {
                b'a' + digit - 10
            }));
        }
    }
}

/// The number of characters of `text`: its bytes that do not continue a character. What
/// `chars().count()` answers, without core's word-at-a-time counter (570 bytes of wasm).
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// A whole number in decimal, as `str::parse::<usize>` reads it (an optional `+`, then at least one
/// ASCII digit, no overflow), without core's generic integer parser (340 bytes of wasm).
pub fn parse_index(text: &str) -> Option<usize> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0usize, |n, b| {
        let digit = b.is_ascii_digit().then(|| usize::from(b - b'0'))?;
        n.checked_mul(10)?.checked_add(digit)
    })
}

/// [`parse_index`] for a `u32`, as `str::parse::<u32>` reads it.
pub fn parse_u32(text: &str) -> Option<u32> {
    parse_index(text).and_then(|i| u32::try_from(i).ok())
}

/// The value of four hexadecimal digits (either case), as in a `\uXXXX` escape.
pub fn parse_hex4(text: &str) -> Option<u32> {
    if text.len() != 4 {
        return None;
    }
    text.bytes().try_fold(0u32, |n, b| {
        let digit = char::from(b).to_digit(16)?;
        Some(n * 16 + digit)
    })
}

/// The pieces as one new string: `cat!("steps.", index, ".dueOn")`.
macro_rules! cat {
    ($($piece:expr),* $(,)?) => {{
        let mut out = $crate::prelude::String::new();
        $( $crate::pieces::Piece::push_to(&$piece, &mut out); )*
        out
    }};
}
pub(crate) use cat;

/// Appends the pieces to `out` (a `String` or a `&mut String`): `push!(out, "<rect x=\"", x, "\"/>")`.
macro_rules! push {
    ($out:expr, $($piece:expr),* $(,)?) => {{
        use $crate::pieces::Target as _;
        let out = $out.target();
        $( $crate::pieces::Piece::push_to(&$piece, out); )*
    }};
}
pub(crate) use push;

/// Lets `push!` take a `String` or a `&mut String` alike, by method-call auto-referencing.
pub trait Target {
    fn target(&mut self) -> &mut String;
}

impl Target for String {
    fn target(&mut self) -> &mut String {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_core_fmt_writes_them() {
        for n in [
            0i64,
            1,
            -1,
            9,
            10,
            -10,
            99,
            100,
            12345,
            i64::MAX,
            i64::MIN,
            -9_000_000_000_000_000,
        ] {
            assert_eq!(cat!(n), format!("{n}"));
            for width in [0, 1, 2, 4, 6, 25] {
                assert_eq!(cat!(Padded(n, width)), format!("{n:0width$}"));
            }
        }
        for n in [0u64, 7, u64::MAX, 10_000_000_000_000_000_000] {
            assert_eq!(cat!(n), format!("{n}"));
        }
        assert_eq!(
            cat!(u8::MAX, i8::MIN, usize::MAX, i32::MIN),
            format!("{}{}{}{}", u8::MAX, i8::MIN, usize::MAX, i32::MIN)
        );
        for n in [0u16, 1, 0x1f, 0xabcd, u16::MAX] {
            assert_eq!(cat!(Hex4(n)), format!("{n:04x}"));
        }
    }

    #[test]
    fn characters_are_counted_as_chars_counts_them() {
        for text in ["", "a", "张伟", "a\u{10ffff}é\u{7f}\u{80}", "第2位家庭成员"] {
            assert_eq!(char_count(text), text.chars().count());
        }
    }

    #[test]
    fn indexes_are_read_as_str_parse_reads_them() {
        let cases = [
            "0",
            "7",
            "+7",
            "+",
            "",
            "-1",
            "01",
            "1a",
            " 1",
            "4294967295",
            "4294967296",
        ];
        for text in cases
            .iter()
            .copied()
            .chain(["18446744073709551615", "18446744073709551616"])
        {
            assert_eq!(parse_index(text), text.parse::<usize>().ok(), "{text}");
            assert_eq!(parse_u32(text), text.parse::<u32>().ok(), "{text}");
        }
        assert_eq!(parse_hex4("00e9"), Some(0xe9));
        assert_eq!(parse_hex4("ABCD"), Some(0xabcd));
        for bad in ["+abc", "12g4", "123", "12345", "-123", "é12"] {
            assert_eq!(parse_hex4(bad), None, "{bad}");
        }
    }

    #[test]
    fn pieces_of_every_kind() {
        let owned = String::from("b");
        let mut out = String::from(">");
        push!(out, "a", owned, &owned, 'c', 1u32, -2i32);
        let target = &mut out;
        push!(target, '!');
        assert_eq!(out, ">abbc1-2!");
    }
}
