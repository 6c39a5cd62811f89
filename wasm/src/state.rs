//! The tables a page may replace at run time (holiday calendar, divisions, document catalogue,
//! procedure rules): compiled in, read by each call as a shared snapshot. A call takes its snapshot
//! before it runs any rule and holds no lock while JavaScript runs, so a getter that calls back
//! into the module, or a load between two calls, can never find a table half-replaced or locked.

use std::sync::{Arc, OnceLock, PoisonError, RwLock};

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
}
