//! Procedure deadlines of 青民〔2022〕21号 over the working-day calendar.

pub mod period;

pub use period::{period_end, Period, PeriodEnd, Unit};
