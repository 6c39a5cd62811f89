//! Publicity notices (公示 before approval, 公布 after it) from an application, by allow-list:
//! 条例 第33/38条 require them, 第48条 keeps everything else confidential, and 青民〔2022〕21号 says
//! the notice protects privacy and discloses nothing unrelated to the application (docs/domain.md,
//! "Publicity notices").
//!
//! How it cannot leak:
//! 1. **Allow-list.** Only the category, the town (its name from the divisions table, never the
//!    input text), the committee, the applicant's name (masked unless `nameStyle: "full"`), the
//!    household size, the proposed monthly amount, the period, a supervision phone and how to object
//!    are ever published (`facts.rs`). Everything else is withheld, fields added to the model later
//!    included: the audit walks the whole input (`withheld.rs`).
//! 2. **Fail closed.** An allow-listed value of an unexpected shape is withheld with a reason, never
//!    passed through or guessed at (`mask.rs` for names, `committee.rs` for committees).
//! 3. **Second pass.** Every published text from outside the library is scanned for ID numbers,
//!    phone numbers and bank account numbers (`scan.rs`), and free text for any other value of the
//!    application (`private.rs`).
//! 4. **Escaped HTML.** `render::publicity` writes the notice in words and escapes every value
//!    where it is written.

mod builder;
mod committee;
mod facts;
mod mask;
mod notice;
mod options;
mod private;
mod scan;
mod withheld;

pub use notice::{Fact, FieldKey, NoticePeriod, PublicityNotice};
pub use options::{NameStyle, NoticeKind, NoticeOptions};
pub use scan::{scan, scan_all, Leak};
pub(crate) use withheld::every_leaf;
pub use withheld::{Reason, Withheld};

use crate::calendar::Calendar;
use crate::deadlines::period_end;
use crate::divisions::Divisions;
use crate::failure::{Code, Failure};
use builder::Builder;
use facts::Facts;
use serde_json::Value;

impl Code {
    /// `monthlyAmount` is not an amount in yuan from 0 to 99999.99 with at most two decimals.
    pub const INVALID_MONTHLY_AMOUNT: Code = Code::new("invalidMonthlyAmount");
    /// `supervisionPhone` is not a phone number (5 to 11 digits: a hotline, a local or mobile
    /// number, or a landline with its area code).
    pub const INVALID_SUPERVISION_PHONE: Code = Code::new("invalidSupervisionPhone");
}

/// The notice for `app` (the application JSON) with `opts`, the period counted on `calendar`, the
/// town named from `divisions`.
///
/// Fails only on arguments it cannot use: `app` not an object, a period that runs off the calendar
/// (`outsideCalendar`). Anything wrong inside the application is withheld and reported instead.
pub fn publicity_notice(
    app: &Value,
    opts: &NoticeOptions,
    calendar: &Calendar,
    divisions: &Divisions,
) -> Result<PublicityNotice, Failure> {
    if !app.is_object() {
        return Err(Failure::new(Code::INVALID_ARGUMENT, "app").with("expected", "object"));
    }
    let period = notice_period(opts, calendar)?;
    let facts = Facts::read(app, divisions);
    let leaves = withheld::leaves(app);
    let mut notice = Builder::new(&facts, &leaves, opts.name_style);
    notice.category();
    notice.town();
    notice.committee();
    notice.name();
    notice.household();
    notice.options(opts, period);
    Ok(notice.finish(opts, period, &leaves))
}

/// The period of a notice (none for an announcement): from the day it is posted, its last day
/// counted on `calendar`.
fn notice_period(
    opts: &NoticeOptions,
    calendar: &Calendar,
) -> Result<Option<NoticePeriod>, Failure> {
    if opts.kind == NoticeKind::Announcement {
        return Ok(None);
    }
    let end = period_end(calendar, opts.posted_on, opts.period, opts.mode)
        .map_err(|f| f.at("opts.postedOn"))?;
    Ok(Some(NoticePeriod {
        start: opts.posted_on,
        end: end.due,
        extended_from: end.extended_from,
    }))
}
