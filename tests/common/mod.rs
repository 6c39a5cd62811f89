//! What the digest tests share (tests/pinned.rs, tests/deadlines_snapshot.rs): an FNV-1a digest of
//! whole outputs, the same on every platform and Rust version, unlike `DefaultHasher`.

use jiuzhu::calendar::Mode;
use jiuzhu::messages::message;
use jiuzhu::{Failure, Locale};
use serde::Serialize;

pub struct Digest(pub u64);

impl Digest {
    pub fn new() -> Digest {
        Digest(0xCBF2_9CE4_8422_2325)
    }

    /// FNV-1a, 64 bits, with a separator after each text.
    pub fn add(&mut self, text: &str) {
        for b in text.as_bytes().iter().chain([&0u8]) {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01B3);
        }
    }

    /// A failure's code, path, params and its message in both languages.
    pub fn failure(&mut self, f: &Failure) {
        self.add(f.code.as_str());
        self.add(f.path.as_str());
        for (name, value) in f.params.iter() {
            self.add(name);
            self.add(value);
        }
        self.add(&message(f, Locale::ZhCn));
        self.add(&message(f, Locale::En));
    }

    /// A value as the JavaScript API returns it, as JSON text.
    pub fn json(&mut self, value: &impl Serialize) {
        self.add(&serde_json::to_string(value).unwrap());
    }
}

pub const LOCALES: [Locale; 2] = [Locale::ZhCn, Locale::En];
pub const MODES: [Mode; 2] = [Mode::Published, Mode::Provisional];
