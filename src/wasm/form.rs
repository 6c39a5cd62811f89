//! `attachForm(form, opts)`: progressive enhancement of a portal's own HTML form, following the
//! GOV.UK validation pattern. Validate on submit; after the first submit, re-validate as fields
//! change; a message beside each field (`aria-describedby`, `aria-invalid`) and an error summary at
//! the top whose links move focus to the fields; submit blocked while invalid; never colour alone.
//! Upload fields for documents the office obtains by information sharing are disabled and replaced
//! by the positive notice. `detach()` removes every listener and element it added.
//!
//! This layer reads the DOM into the application model, asks the core, and writes the answers
//! back; the rules themselves are the core's.

use super::convert::{options, to_js};
use crate::json::Json;
use crate::messages::Locale;
use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement,
};

/// One finding to show: where, how bad, what to say.
pub struct Shown {
    pub path: String,
    pub blocking: bool,
    pub message: String,
}

/// What the core says about a form: the findings in form order, and the report for programs.
pub struct Verdict {
    pub shown: Vec<Shown>,
    pub report: Json<'static>,
}

/// What the core says about an upload field of this document kind: the notice to show instead of
/// the field when the office obtains the document itself.
pub type DocumentNotice = fn(kind: &str, locale: Locale) -> Option<String>;

/// How the binding asks the core: validation and document notices (wired in `wasm::mod`).
pub struct Core {
    pub validate: fn(app: &Json, locale: Locale, today: Option<&str>) -> Verdict,
    pub document_notice: DocumentNotice,
}

const SUMMARY_CLASS: &str = "jiuzhu-error-summary";
const MESSAGE_CLASS: &str = "jiuzhu-error-message";
const WARNING_CLASS: &str = "jiuzhu-warning-message";
const INVALID_CLASS: &str = "jiuzhu-invalid";
const NOTICE_CLASS: &str = "jiuzhu-document-notice";

struct Texts {
    summary_title: &'static str,
    error_prefix: &'static str,
    warning_prefix: &'static str,
}

fn texts(locale: Locale) -> Texts {
    match locale {
        Locale::ZhCn => Texts {
            summary_title: "提交前请先修改以下问题",
            error_prefix: "错误：",
            warning_prefix: "请注意：",
        },
        Locale::En => Texts {
            summary_title: "There is a problem",
            error_prefix: "Error: ",
            warning_prefix: "Note: ",
        },
    }
}

/// What `detach()` must put back on an element it changed.
struct Restore {
    element: Element,
    describedby: Option<String>,
    invalid: Option<String>,
    class: Option<String>,
    id_added: bool,
    hidden_disabled: Option<(bool, bool)>,
}

struct Binding {
    form: HtmlFormElement,
    core: &'static Core,
    locale: Locale,
    today: Option<String>,
    submitted: bool,
    /// Elements this binding inserted (messages, summary, notices): removed on re-render or detach.
    added: Vec<Element>,
    restores: Vec<Restore>,
    next_id: u32,
}

/// An attached form: its state, listeners and notices. Kept in [`ACTIVE`] until `detach()`, so a
/// portal that drops the handle (or lets it be garbage-collected) keeps a working form.
struct Active {
    id: u32,
    state: Rc<RefCell<Binding>>,
    listeners: Vec<EventListener>,
    notices: Vec<Element>,
}

thread_local! {
    static ACTIVE: RefCell<Vec<Active>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The handle `attachForm` returns.
#[wasm_bindgen(skip_typescript)]
pub struct FormBinding {
    id: u32,
}

#[wasm_bindgen]
impl FormBinding {
    /// Validates now and renders the result as on submit (without submitting); returns the report
    /// (null once detached).
    pub fn validate(&self) -> JsValue {
        let state = ACTIVE.with(|a| {
            a.borrow()
                .iter()
                .find(|b| b.id == self.id)
                .map(|b| b.state.clone())
        });
        let Some(state) = state else {
            return JsValue::NULL;
        };
        let report = state.borrow_mut().run(true);
        to_js(&report)
    }

    /// Removes every listener, message, summary and notice this binding added, and restores the
    /// attributes it changed. Calling it again does nothing.
    pub fn detach(&self) {
        let removed = ACTIVE.with(|a| {
            let mut active = a.borrow_mut();
            let at = active.iter().position(|b| b.id == self.id)?;
            Some(active.remove(at))
        });
        let Some(mut binding) = removed else { return };
        binding.listeners.clear();
        let mut state = binding.state.borrow_mut();
        state.clear();
        for restore in state.restores.drain(..) {
            restore.apply();
        }
        for notice in binding.notices.drain(..) {
            notice.remove();
        }
    }
}

impl Restore {
    fn apply(self) {
        let set = |name: &str, value: &Option<String>| {
            let _ = match value {
                Some(v) => self.element.set_attribute(name, v),
                None => self.element.remove_attribute(name),
            };
        };
        set("aria-describedby", &self.describedby);
        set("aria-invalid", &self.invalid);
        set("class", &self.class);
        if self.id_added {
            let _ = self.element.remove_attribute("id");
        }
        if let (Some((hidden, disabled)), Some(input)) = (
            self.hidden_disabled,
            self.element.dyn_ref::<HtmlInputElement>(),
        ) {
            input.set_hidden(hidden);
            input.set_disabled(disabled);
        }
    }
}

/// The model path of a control: `data-jiuzhu-path`, else its `name`.
fn path_of(element: &Element) -> Option<String> {
    element
        .get_attribute("data-jiuzhu-path")
        .or_else(|| element.get_attribute("name"))
        .filter(|p| !p.is_empty())
}

/// The form's controls that carry a model path, in document order.
fn controls(form: &HtmlFormElement) -> Vec<(String, Element)> {
    let elements = form.elements();
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .filter_map(|e| path_of(&e).map(|p| (p, e)))
        .collect()
}

/// A control's value in the model: checkboxes are booleans, number inputs numbers (empty is
/// null), radios count only when checked, file and button controls not at all.
fn value_of(element: &Element) -> Option<Json<'static>> {
    let numeric = element.get_attribute("data-jiuzhu-type").as_deref() == Some("number");
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        let kind = input.type_();
        return match kind.as_str() {
            "checkbox" => Some(Json::Bool(input.checked())),
            "radio" => input.checked().then(|| Json::from(input.value())),
            "file" | "submit" | "button" | "reset" | "image" => None,
            "number" => Some(number(&input.value())),
            _ if numeric => Some(number(&input.value())),
            _ => Some(Json::from(input.value())),
        };
    }
    let text = if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        return None;
    };
    Some(if numeric {
        number(&text)
    } else {
        Json::from(text)
    })
}

/// A number field: empty is null; a number stays a number; anything else stays text so that the
/// validator names it.
fn number(text: &str) -> Json<'static> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Json::Null;
    }
    match Json::parse(trimmed) {
        Ok(Json::Number(n)) => Json::Number(n),
        _ => Json::from(text.to_owned()),
    }
}

/// The application model read from the form.
fn read(form: &HtmlFormElement) -> Json<'static> {
    let mut app = Json::Object(Vec::new());
    for (path, element) in controls(form) {
        if let Some(value) = value_of(&element) {
            app.set_path(&path, value);
        }
    }
    app
}

impl Binding {
    fn document(&self) -> Option<web_sys::Document> {
        self.form.owner_document()
    }

    /// Validates and renders; on `focus_summary` (a submit) the summary takes focus. Returns the report.
    fn run(&mut self, focus_summary: bool) -> Json<'static> {
        let app = read(&self.form);
        let verdict = (self.core.validate)(&app, self.locale, self.today.as_deref());
        self.render(&verdict.shown, focus_summary);
        verdict.report
    }

    /// Removes what the last render added and resets the fields it marked.
    fn clear(&mut self) {
        for element in self.added.drain(..) {
            element.remove();
        }
        let (keep, reset): (Vec<Restore>, Vec<Restore>) = self
            .restores
            .drain(..)
            .partition(|r| r.hidden_disabled.is_some());
        for restore in reset {
            restore.apply();
        }
        self.restores = keep;
    }

    fn id_for(&mut self, element: &Element) -> (String, bool) {
        let id = element.id();
        if !id.is_empty() {
            return (id, false);
        }
        self.next_id += 1;
        let id = format!("jiuzhu-field-{}", self.next_id);
        element.set_id(&id);
        (id, true)
    }

    fn render(&mut self, shown: &[Shown], focus_summary: bool) {
        self.clear();
        let Some(document) = self.document() else {
            return;
        };
        let controls = controls(&self.form);
        let texts = texts(self.locale);
        let mut summary_items: Vec<(String, String)> = Vec::new();
        let mut marked: Vec<String> = Vec::new();
        for finding in shown {
            let control = controls
                .iter()
                .find(|(p, _)| *p == finding.path)
                .map(|(_, e)| e.clone());
            let Some(control) = control else {
                if finding.blocking {
                    summary_items.push((String::new(), finding.message.clone()));
                }
                continue;
            };
            let (control_id, id_added) = self.id_for(&control);
            // One message per field: the first (the most basic) finding.
            if marked.contains(&finding.path) {
                continue;
            }
            marked.push(finding.path.clone());
            let Ok(message) = document.create_element("p") else {
                continue;
            };
            let message_id = format!("{control_id}-jiuzhu-message");
            message.set_id(&message_id);
            message.set_class_name(if finding.blocking {
                MESSAGE_CLASS
            } else {
                WARNING_CLASS
            });
            let prefix = if finding.blocking {
                texts.error_prefix
            } else {
                texts.warning_prefix
            };
            if let Ok(hidden) = document.create_element("span") {
                hidden.set_class_name("jiuzhu-visually-hidden");
                hidden.set_text_content(Some(prefix));
                let _ = message.append_child(&hidden);
            }
            let _ = message.append_with_str_1(&finding.message);
            let anchor = label_anchor(&control);
            let _ = anchor.before_with_node_1(&message);
            self.added.push(message);
            let describedby = control.get_attribute("aria-describedby");
            let invalid = control.get_attribute("aria-invalid");
            let class = control.get_attribute("class");
            let joined = match &describedby {
                Some(old) if !old.is_empty() => format!("{message_id} {old}"),
                _ => message_id.clone(),
            };
            let _ = control.set_attribute("aria-describedby", &joined);
            if finding.blocking {
                let _ = control.set_attribute("aria-invalid", "true");
                let _ = control.class_list().add_1(INVALID_CLASS);
                summary_items.push((control_id, finding.message.clone()));
            }
            self.restores.push(Restore {
                element: control,
                describedby,
                invalid,
                class,
                id_added,
                hidden_disabled: None,
            });
        }
        if summary_items.is_empty() {
            return;
        }
        if let Some(summary) = self.summary(&document, &summary_items) {
            let _ = self.form.prepend_with_node_1(&summary);
            if focus_summary {
                if let Some(html) = summary.dyn_ref::<HtmlElement>() {
                    let _ = html.focus();
                }
            }
            self.added.push(summary);
        }
    }

    /// `<div class="jiuzhu-error-summary" role="alert" tabindex="-1">` with a heading and one link per problem.
    fn summary(&self, document: &web_sys::Document, items: &[(String, String)]) -> Option<Element> {
        let summary = document.create_element("div").ok()?;
        summary.set_class_name(SUMMARY_CLASS);
        let _ = summary.set_attribute("role", "alert");
        let _ = summary.set_attribute("tabindex", "-1");
        let _ = summary.set_attribute("aria-labelledby", "jiuzhu-error-summary-title");
        let title = document.create_element("h2").ok()?;
        title.set_id("jiuzhu-error-summary-title");
        title.set_text_content(Some(texts(self.locale).summary_title));
        let list = document.create_element("ul").ok()?;
        for (target, text) in items {
            let item = document.create_element("li").ok()?;
            if target.is_empty() {
                item.set_text_content(Some(text));
            } else {
                let link = document.create_element("a").ok()?;
                let _ = link.set_attribute("href", &format!("#{target}"));
                let _ = link.set_attribute("data-jiuzhu-target", target);
                link.set_text_content(Some(text));
                let _ = item.append_child(&link);
            }
            let _ = list.append_child(&item);
        }
        let _ = summary.append_child(&title);
        let _ = summary.append_child(&list);
        Some(summary)
    }
}

/// Where a field's message goes: before the control, or before the group of a radio/checkbox set
/// (its `fieldset`), so the message is read with the question.
fn label_anchor(control: &Element) -> Element {
    let grouped = control
        .dyn_ref::<HtmlInputElement>()
        .is_some_and(|i| matches!(i.type_().as_str(), "radio" | "checkbox"));
    if grouped {
        if let Ok(Some(fieldset)) = control.closest("fieldset") {
            if let Ok(Some(legend)) = fieldset.query_selector("legend") {
                if let Some(next) = legend.next_element_sibling() {
                    return next;
                }
            }
        }
    }
    control.clone()
}

/// Attaches jiuzhu to `form` (an `HTMLFormElement`). Options: `locale`, `today`, `onValid(report)`.
pub fn attach(form: JsValue, opts: JsValue, core: &'static Core) -> Result<FormBinding, JsValue> {
    let (options_read, locale) = options(&opts)?;
    let form: HtmlFormElement = form.dyn_into().map_err(|_| {
        super::convert::to_error(
            &crate::Failure::new(crate::Code::INVALID_ARGUMENT, "form").with("expected", "form"),
            locale,
        )
    })?;
    let today = options_read.string("today");
    let on_valid = options_read.function("onValid");
    let state = Rc::new(RefCell::new(Binding {
        form: form.clone(),
        core,
        locale,
        today,
        submitted: false,
        added: Vec::new(),
        restores: Vec::new(),
        next_id: 0,
    }));
    let notices = replace_shared_uploads(&form, core, locale, &state);
    let mut listeners = Vec::new();

    let submit_state = state.clone();
    // Capture, so the check runs before the portal's own submit handlers and can stop them.
    let capture = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    listeners.push(EventListener::new_with_options(
        &form,
        "submit",
        capture,
        move |event: &Event| {
            let mut state = submit_state.borrow_mut();
            state.submitted = true;
            let report = state.run(true);
            let valid = report.get("valid").and_then(Json::as_bool).unwrap_or(false);
            if !valid {
                event.prevent_default();
                event.stop_immediate_propagation();
            } else if let Some(callback) = &on_valid {
                let _ = callback.call1(&JsValue::NULL, &to_js(&report));
            }
        },
    ));
    for kind in ["input", "change"] {
        let live_state = state.clone();
        listeners.push(EventListener::new(&form, kind, move |_| {
            let Ok(mut state) = live_state.try_borrow_mut() else {
                return;
            };
            if state.submitted {
                state.run(false);
            }
        }));
    }
    let click_form = form.clone();
    listeners.push(EventListener::new_with_options(
        &form,
        "click",
        EventListenerOptions::enable_prevent_default(),
        move |event: &Event| {
            let Some(link) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let Some(target) = link.get_attribute("data-jiuzhu-target") else {
                return;
            };
            let Some(field) = click_form
                .owner_document()
                .and_then(|d| d.get_element_by_id(&target))
            else {
                return;
            };
            event.prevent_default();
            if let Some(field) = field.dyn_ref::<HtmlElement>() {
                let _ = field.focus();
                let scroll = web_sys::ScrollIntoViewOptions::new();
                scroll.set_block(web_sys::ScrollLogicalPosition::Center);
                field.scroll_into_view_with_scroll_into_view_options(&scroll);
            }
        },
    ));
    let id = NEXT_ID.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    ACTIVE.with(|a| {
        a.borrow_mut().push(Active {
            id,
            state,
            listeners,
            notices,
        })
    });
    Ok(FormBinding { id })
}

/// Disables and hides `<input type="file" data-document="kind">` fields whose document the office
/// obtains by information sharing, and shows the positive notice in their place.
fn replace_shared_uploads(
    form: &HtmlFormElement,
    core: &Core,
    locale: Locale,
    state: &Rc<RefCell<Binding>>,
) -> Vec<Element> {
    let Some(document) = form.owner_document() else {
        return Vec::new();
    };
    let Ok(fields) = form.query_selector_all("input[type=file][data-document]") else {
        return Vec::new();
    };
    let mut notices = Vec::new();
    for i in 0..fields.length() {
        let Some(input) = fields
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let kind = input.get_attribute("data-document").unwrap_or_default();
        let Some(text) = (core.document_notice)(&kind, locale) else {
            continue;
        };
        let Ok(notice) = document.create_element("p") else {
            continue;
        };
        notice.set_class_name(NOTICE_CLASS);
        let _ = notice.set_attribute("role", "note");
        notice.set_text_content(Some(&text));
        let _ = input.after_with_node_1(&notice);
        let element: Element = input.clone().into();
        state.borrow_mut().restores.push(Restore {
            element,
            describedby: input.get_attribute("aria-describedby"),
            invalid: input.get_attribute("aria-invalid"),
            class: input.get_attribute("class"),
            id_added: false,
            hidden_disabled: Some((input.hidden(), input.disabled())),
        });
        input.set_disabled(true);
        input.set_hidden(true);
        notices.push(notice);
    }
    notices
}

/// The binding's view of the core: application validation and the document catalogue.
static CORE: Core = Core {
    validate: validate_for_form,
    document_notice: shared_document_notice,
};

fn validate_for_form(app: &Json, locale: Locale, today: Option<&str>) -> Verdict {
    let options = crate::application::Options {
        locale,
        today: today.and_then(|t| crate::calendar::parse_date(t, "").ok()),
        fields: None,
    };
    let report = crate::application::validate(app, &options);
    let shown = report
        .findings
        .iter()
        .map(|f| Shown {
            path: f.failure.path.clone(),
            blocking: f.severity == crate::identity::Severity::Error,
            message: crate::messages::field_message(&f.failure, locale),
        })
        .collect();
    Verdict {
        shown,
        report: Json::parse(&report.to_json_text(locale)).map_or(Json::Null, Json::into_owned),
    }
}

fn shared_document_notice(kind: &str, locale: Locale) -> Option<String> {
    super::documents::with_catalog(|catalog| {
        let document = catalog.get(kind).filter(|d| d.obtainable_by_sharing)?;
        let name = document.name(locale);
        let authorised: &[&str] = if document.authorization_required {
            &[name]
        } else {
            &[]
        };
        Some(crate::messages::documents::office_notice(
            &[name],
            authorised,
            locale,
        ))
    })
}

#[wasm_bindgen(js_name = attachForm, skip_typescript)]
pub fn attach_form(form: JsValue, opts: JsValue) -> Result<FormBinding, JsValue> {
    attach(form, opts, &CORE)
}
