//! The tables of `data/`, compiled in by build.rs.
use super::holiday::{Holiday, HolidaySet};
use super::notice::{EmbeddedBlock, EmbeddedNotice};
use super::statutory::{EmbeddedRevision, EmbeddedStatutory};

include!(concat!(env!("OUT_DIR"), "/data.rs"));
