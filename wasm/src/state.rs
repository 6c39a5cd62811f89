//! The tables a page may replace at run time (holiday calendar, divisions, document catalogue,
//! procedure rules): compiled in, read by each call as a shared snapshot. A call takes its snapshot
//! before it runs any rule and holds no lock while JavaScript runs, so a getter that calls back
//! into the module, or a load between two calls, can never find a table half-replaced or locked.

use crate::convert::{json, Opts, OrThrow};
use jiuzhu::input::Limits;
use jiuzhu::{Code, Failure, Path};
use serde_json::Value;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};
use wasm_bindgen::JsValue;

pub struct Table<T> {
    current: OnceLock<RwLock<Arc<T>>>,
    compiled_in: fn() -> T,
}

impl<T> Table<T> {
    pub const fn new(compiled_in: fn() -> T) -> Table<T> {
        Table {
            current: OnceLock::new(),
            compiled_in,
        }
    }

    fn lock(&self) -> &RwLock<Arc<T>> {
        self.current
            .get_or_init(|| RwLock::new(Arc::new((self.compiled_in)())))
    }

    /// The table in use now.
    pub fn get(&self) -> Arc<T> {
        Arc::clone(&self.lock().read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Puts `table` in use; calls already running keep the one they took.
    pub fn set(&self, table: T) {
        *self.lock().write().unwrap_or_else(PoisonError::into_inner) = Arc::new(table);
    }

    /// What every `load…` export does: reads `data`, a page's JavaScript value, as JSON (a value
    /// with no JSON form is an `invalid` failure), has the core read and check it against the table
    /// in use (`read`), and only then puts the result in use. Any failure throws in `opts.locale`
    /// and changes nothing.
    pub fn load(
        &self,
        data: &JsValue,
        opts: &JsValue,
        invalid: Code,
        read: impl FnOnce(&Value, &T) -> Result<T, Failure>,
    ) -> Result<(), JsValue> {
        let locale = Opts::read(opts)?.locale;
        let unreadable = || Failure::new(invalid, Path::root()).with("expected", "json");
        let data = json(data, &Limits::DOCUMENT)
            .and_then(|data| data.ok_or_else(unreadable))
            .or_throw(locale)?;
        let table = read(&data, &self.get()).or_throw(locale)?;
        self.set(table);
        Ok(())
    }
}
