//! [`Global`]: a static initialised on first use, for the compiled-in divisions and for the wasm
//! module's state (calendar, document catalogue, procedure rules, each in a `RefCell`). It stands in
//! for `OnceLock` and `thread_local!`, which need std; the release wasm is built without std.

/// One thread (wasm32 without the `atomics` target feature): a `OnceCell` is enough, and it is in
/// `core`, so the wasm tests (with std) run the very code the release build (without) ships.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
type Cell<T> = core::cell::OnceCell<T>;
/// Every other target, native tests (run on several threads) included.
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
type Cell<T> = std::sync::OnceLock<T>;

/// A value computed on first use by `init` and kept for the life of the program (or the module).
/// [`Global::with`] reads like `LocalKey::with`.
pub(crate) struct Global<T> {
    cell: Cell<T>,
    init: fn() -> T,
}

// SAFETY: on wasm32 without the `atomics` target feature there is exactly one thread, so nothing is
// ever reached from two threads at once, and `OnceCell` (not `Sync`) is safe in a static.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub(crate) const fn new(init: fn() -> T) -> Self {
        Global {
            cell: Cell::new(),
            init,
        }
    }

    /// The value, computed now if this is the first use.
    pub(crate) fn get(&self) -> &T {
        self.cell.get_or_init(self.init)
    }

    /// For the wasm layer's state, where `thread_local!`'s `with` was.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(self.get())
    }
}
