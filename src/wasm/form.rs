//! What `attachForm` (`js/form.js`) needs from the core when it attaches. The binding itself is
//! JavaScript: it only reads the DOM, calls `validateApplication` and writes the answers back, so it
//! holds no rule, and the same binding through web-sys and gloo-events cost 11 KB gzip of the
//! 80 KB budget. What stays here is what must come from the core: the options checked and their
//! errors thrown like every other export's, the texts of the error summary, and the notice that
//! replaces an upload field whose document the office obtains by information sharing.

use super::convert::{array_items, date, options, to_error, to_js};
use crate::calendar::format_date;
use crate::failure::{Code, Failure};
use crate::json::{object, Json};
use crate::messages::{documents::office_notice, form::TEXTS, Locale};
use crate::prelude::*;
use wasm_bindgen::prelude::*;

/// `is_form`: whether the page's `form` argument is an `HTMLFormElement`; `opts`: attachForm's own
/// options; `kinds`: the `data-document` kinds of the form's upload fields. Throws, as every export
/// does, for bad options first (`invalidArgument`; `invalidDate` for a `today` that is not a real
/// `YYYY-MM-DD` date), then for a `form` that is not a form (`invalidArgument`). Returns `{ locale,
/// today, summaryTitle, errorPrefix, warningPrefix, notices }`: `today` null when not given,
/// `notices` one per kind, null for a document the applicant must bring.
#[wasm_bindgen(js_name = __attachForm, skip_typescript)]
pub fn attach_form(is_form: JsValue, opts: JsValue, kinds: JsValue) -> Result<JsValue, JsValue> {
    let (read, locale) = options(&opts)?;
    let today = match read.given("today") {
        Some(today) => Some(date(&today, "opts.today").map_err(|f| to_error(&f, locale))?),
        None => None,
    };
    if is_form.as_bool() != Some(true) {
        let failure = Failure::new(Code::INVALID_ARGUMENT, "form").with("expected", "form");
        return Err(to_error(&failure, locale));
    }
    let mut setup = object()
        .field("locale", locale.tag())
        .field("today", today.map(format_date));
    for text in TEXTS.iter() {
        setup = setup.field(text.key(), text.get(locale));
    }
    // Anything but an array of strings asks for no notice.
    let mut notices = Vec::new();
    for kind in array_items(&kinds).unwrap_or_default() {
        let kind = kind.as_string().unwrap_or_default();
        notices.push(match shared_document_notice(&kind, locale) {
            Some(notice) => Json::from(notice),
            None => Json::Null,
        });
    }
    Ok(to_js(&setup.field("notices", Json::Array(notices)).build()))
}

/// The positive notice for an upload field of document `kind`, when the office obtains it itself.
fn shared_document_notice(kind: &str, locale: Locale) -> Option<String> {
    super::documents::with_catalog(|catalog| {
        let document = catalog.get(kind).filter(|d| d.obtainable_by_sharing)?;
        let name = document.name(locale);
        let authorised: &[&str] = if document.authorization_required {
            &[name]
        } else {
            &[]
        };
        Some(office_notice(&[name], authorised, locale))
    })
}
