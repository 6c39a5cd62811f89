//! `attachForm`: the GOV.UK validation pattern on a portal's own HTML form. Validate on submit and
//! block it while invalid; after the first submit, re-validate as fields change; a message before
//! each field (`aria-describedby`, `aria-invalid`) and a focused error summary whose links focus
//! the fields; warnings shown, never blocking. Upload fields for documents the office obtains by
//! information sharing are disabled, hidden and replaced by the notice. `detach()` (or disposing
//! the binding) puts the form back as it was.
//!
//! The DOM through web-sys; listeners are gloo `EventListener`s owned by the binding, so removing
//! them is dropping them. An attached binding lives as long as its listeners, whether or not the
//! page keeps the handle: the handle's memory may be reclaimed when JavaScript collects it, and that
//! must not take the checks off a form. What the form holds is read into the application model
//! here and judged by the core, which also decides what blocks a submit.

use crate::convert::{one_of, to_js, Opts, OrThrow};
use crate::divisions::DIVISIONS;
use crate::documents::CATALOG;
use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo_timers::callback::Timeout;
use jiuzhu::application::{self, Options, Report};
use jiuzhu::messages::form::FormText;
use jiuzhu::{render, Code, Failure, Locale, Path};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{
    Document, Element, Event, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement, ScrollIntoViewOptions, ScrollLogicalPosition,
};

const SUMMARY: &str = "jiuzhu-error-summary";
const SUMMARY_TITLE: &str = "jiuzhu-error-summary-title";
const INVALID: &str = "jiuzhu-invalid";
const UPLOADS: &str = "input[type=file][data-document]";
/// Live re-validation: the first change is checked at once, later ones at most this often.
const LIVE_MS: u32 = 200;
/// A form never has this many repeated blocks: a stray control name must not allocate.
const MAX_INDEX: u64 = 999;

/// `opts.check` of attachForm: what the form holds, an application (the default) or a payment
/// arrangement. (`locale` and `today` are read by [`Opts`], `onValid` as a function.)
#[derive(Deserialize, Default)]
struct FormOpts {
    check: Option<String>,
}
/// The handle `attachForm` returns. Freeing it (`free()`, or JavaScript collecting it) leaves the
/// form enhanced; `detach()` takes the binding off. The JavaScript layer makes disposing the handle
/// (`using`) detach then free.
#[wasm_bindgen(js_name = FormBinding, skip_typescript)]
pub struct FormBinding {
    binding: Rc<RefCell<Binding>>,
}

/// An attribute as it was before the binding changed it (`None`: absent).
struct Mark {
    element: Element,
    name: &'static str,
    value: Option<String>,
}

struct Binding {
    form: HtmlFormElement,
    document: Document,
    options: Options,
    /// The form is a payment arrangement (`check: "paymentArrangement"`), not an application.
    payment: bool,
    locale: Locale,
    on_valid: Option<js_sys::Function>,
    attached: bool,
    submitted: bool,
    /// A render or a submit's `onValid` is running: live re-validation waits.
    busy: bool,
    next_id: u32,
    /// What the last render added, and the attributes it changed.
    added: Vec<Element>,
    marks: Vec<Mark>,
    /// The upload fields as they were at attach, and the notices that replace them.
    uploads: Vec<Mark>,
    notices: Vec<Element>,
    listeners: Vec<EventListener>,
    /// Live re-validation in progress: the window of [`LIVE_MS`], and whether a change came in it.
    live: Option<Timeout>,
    changed_since: bool,
}

#[wasm_bindgen(js_name = attachForm, skip_typescript)]
/// `opts`: `locale`, `today` (its default is `today`, from the JavaScript layer) and `onValid`.
pub fn attach_form(form: JsValue, opts: JsValue, today: JsValue) -> Result<FormBinding, JsValue> {
    let read = Opts::read(&opts)?;
    let locale = read.locale;
    let today = read.today(&today)?;
    let form_opts: FormOpts = read.typed(&["check"])?;
    let payment = match form_opts.check.as_deref() {
        None | Some("application") => false,
        Some("paymentArrangement") => true,
        Some(_) => {
            let expected = one_of(&["application", "paymentArrangement"]);
            let failure =
                Failure::new(Code::INVALID_ARGUMENT, "opts.check").with("expected", expected);
            return Err(failure).or_throw(locale);
        }
    };
    let on_valid = read.get("onValid").and_then(|f| f.dyn_into().ok());
    let not_a_form = || Failure::new(Code::INVALID_ARGUMENT, "form").with("expected", "form");
    let form: HtmlFormElement = form.dyn_into().map_err(|_| not_a_form()).or_throw(locale)?;
    let document = form
        .owner_document()
        .ok_or_else(not_a_form)
        .or_throw(locale)?;
    let binding = Rc::new(RefCell::new(Binding {
        form,
        document,
        options: Options {
            today,
            fields: None,
        },
        payment,
        locale,
        on_valid,
        attached: true,
        submitted: false,
        busy: false,
        next_id: 0,
        added: Vec::new(),
        marks: Vec::new(),
        uploads: Vec::new(),
        notices: Vec::new(),
        listeners: Vec::new(),
        live: None,
        changed_since: false,
    }));
    // The uploads are replaced before any listener exists: page code the DOM changes run (a
    // custom element's callbacks) cannot reach a binding that is still being set up.
    binding.borrow_mut().replace_shared_uploads();
    let listeners = listen(&binding);
    binding.borrow_mut().listeners = listeners;
    Ok(FormBinding { binding })
}

#[wasm_bindgen(js_class = FormBinding)]
impl FormBinding {
    /// Validates now and renders the result as on submit (without submitting); the report, or
    /// `null` once detached.
    pub fn validate(&self) -> Result<JsValue, JsValue> {
        let Ok(mut state) = self.binding.try_borrow_mut() else {
            return Ok(JsValue::NULL);
        };
        if !state.attached {
            return Ok(JsValue::NULL);
        }
        let run = state.run(true);
        drop(state);
        focus(run.summary.as_ref());
        run.report
    }

    /// Removes every listener, message, summary and notice this binding added, and restores the
    /// attributes it changed. Calling it again does nothing.
    pub fn detach(&self) {
        if let Ok(mut state) = self.binding.try_borrow_mut() {
            state.detach();
        }
    }
}

fn focus(element: Option<&HtmlElement>) {
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The form's listeners. Each holds the binding, which holds them: the cycle lasts until `detach()`
/// drops the listeners. No borrow is held while the portal's own code runs.
fn listen(binding: &Rc<RefCell<Binding>>) -> Vec<EventListener> {
    let form = binding.borrow().form.clone();
    let submit = {
        let binding = Rc::clone(binding);
        // In the capture phase, so the check runs before the portal's own handlers and can stop
        // them; not passive, so it can cancel the submit.
        let capture = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        };
        EventListener::new_with_options(&form, "submit", capture, move |event| {
            on_submit(&binding, event)
        })
    };
    let live = |kind: &'static str, committed: bool| {
        let binding = Rc::clone(binding);
        EventListener::new(&form, kind, move |_| on_change(&binding, committed))
    };
    let click = EventListener::new_with_options(
        &form,
        "click",
        EventListenerOptions::enable_prevent_default(),
        on_click,
    );
    vec![submit, live("input", false), live("change", true), click]
}

fn on_submit(binding: &Rc<RefCell<Binding>>, event: &Event) {
    let Ok(mut state) = binding.try_borrow_mut() else {
        return;
    };
    state.submitted = true;
    let run = state.run(true);
    let on_valid = state.on_valid.clone();
    if run.valid && on_valid.is_some() {
        state.busy = true;
    }
    drop(state);
    focus(run.summary.as_ref());
    if !run.valid {
        event.prevent_default();
        event.stop_immediate_propagation();
        return;
    }
    if let (Some(on_valid), Ok(report)) = (on_valid, run.report) {
        // The portal's callback cannot break the form: the submit goes on whatever it does.
        let _ = on_valid.call1(&JsValue::NULL, &report);
        if let Ok(mut state) = binding.try_borrow_mut() {
            state.busy = false;
        }
    }
}

/// After the first submit, a change re-validates the form. A committed change (`change`: a choice
/// made, a field left) is checked at once; typing (`input`) at once too, then at most every
/// [`LIVE_MS`] while it goes on, and once after the last keystroke.
fn on_change(binding: &Rc<RefCell<Binding>>, committed: bool) {
    let Ok(mut state) = binding.try_borrow_mut() else {
        return;
    };
    if !state.submitted || state.busy {
        return;
    }
    if state.live.is_some() && !committed {
        state.changed_since = true;
        return;
    }
    state.run(false);
    state.changed_since = false;
    state.live = Some(window(Rc::downgrade(binding)));
}

/// The re-validation window: when it ends, a change made in it is checked, and a new window opens.
fn window(weak: Weak<RefCell<Binding>>) -> Timeout {
    Timeout::new(LIVE_MS, move || {
        let Some(binding) = weak.upgrade() else {
            return;
        };
        let Ok(mut state) = binding.try_borrow_mut() else {
            return;
        };
        state.live = None;
        if state.changed_since && state.attached && !state.busy {
            state.changed_since = false;
            state.run(false);
            state.live = Some(window(weak.clone()));
        }
    })
}

/// A summary link focuses its field (the page's own `href` would only scroll to it).
fn on_click(event: &Event) {
    let Some(link) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some(target) = link.get_attribute("data-jiuzhu-target") else {
        return;
    };
    let Some(field) = link
        .owner_document()
        .and_then(|d| d.get_element_by_id(&target))
    else {
        return;
    };
    event.prevent_default();
    if let Some(field) = field.dyn_ref::<HtmlElement>() {
        let _ = field.focus();
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        field.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// What one validation of the form gave.
struct Run {
    /// The report, for JavaScript.
    report: Result<JsValue, JsValue>,
    /// Nothing blocks the submit (the core's rule).
    valid: bool,
    /// The summary to focus, which the caller does once the binding is released.
    summary: Option<HtmlElement>,
}

impl Binding {
    /// Validates the form and renders the findings.
    fn run(&mut self, focus_summary: bool) -> Run {
        let busy = self.busy;
        self.busy = true;
        let (report, view) = if self.payment {
            let report = crate::decisions::payment_report(&self.read());
            let view = crate::decisions::payment_view(&report, self.locale);
            let findings = report.findings.into_iter().map(|f| application::Finding {
                failure: f.failure,
                severity: f.severity,
                related: Vec::new(),
            });
            let findings = findings.collect();
            let normalized = Vec::new();
            (
                Report {
                    findings,
                    normalized,
                },
                view,
            )
        } else {
            let report = application::validate(&self.read(), &DIVISIONS.get(), &self.options);
            let view = to_js(&render::application::report(&report, self.locale));
            (report, view)
        };
        let summary = self.render(&report);
        self.busy = busy;
        Run {
            report: view,
            valid: report.valid(),
            summary: summary.filter(|_| focus_summary),
        }
    }

    /// The application model read from the form: each control with a model path, in document
    /// order, its value set at its path.
    fn read(&self) -> Value {
        let mut model = Value::Object(Map::new());
        for (path, control) in controls(&self.form) {
            if let Some(value) = value_of(&control) {
                set_path(&mut model, &path, value);
            }
        }
        model
    }

    fn render(&mut self, report: &Report) -> Option<HtmlElement> {
        self.clear();
        let fields = controls(&self.form);
        let mut items: Vec<(Option<String>, String)> = Vec::new();
        let mut marked: Vec<&Path> = Vec::new();
        for finding in &report.findings {
            let message = if self.payment {
                crate::decisions::payment_message(&finding.failure, self.locale)
            } else {
                render::application::finding(finding, self.locale).message
            };
            let blocking = finding.severity.blocks_submit();
            let path = &finding.failure.path;
            let Some((_, control)) = fields.iter().find(|(p, _)| p == path.as_str()) else {
                if blocking {
                    items.push((None, message));
                }
                continue;
            };
            let id = self.id_for(control);
            if marked.contains(&path) {
                continue;
            }
            marked.push(path);
            self.message(control, &id, blocking, &message);
            if blocking {
                items.push((Some(id), message));
            }
        }
        if items.is_empty() {
            return None;
        }
        let summary = self.summary(&items)?;
        let _ = self.form.prepend_with_node_1(&summary);
        self.added.push(summary.clone().into());
        Some(summary)
    }

    /// The message before a field (after its group's legend for a radio or checkbox), announced
    /// with it.
    fn message(&mut self, control: &Element, id: &str, blocking: bool, message: &str) {
        let Some(shown) = self.element("p", "", None) else {
            return;
        };
        let shown_id = format!("{id}-jiuzhu-message");
        shown.set_id(&shown_id);
        shown.set_class_name(if blocking {
            "jiuzhu-error-message"
        } else {
            "jiuzhu-warning-message"
        });
        let prefix = if blocking {
            FormText::ErrorPrefix
        } else {
            FormText::WarningPrefix
        };
        if let Some(hidden) = self.element(
            "span",
            "jiuzhu-visually-hidden",
            Some(prefix.get(self.locale)),
        ) {
            let _ = shown.append_with_node_1(&hidden);
        }
        let _ = shown.append_with_str_1(message);
        let _ = anchor_of(control).before_with_node_1(&shown);
        self.added.push(shown);
        self.remember_marks(control, &["aria-describedby", "aria-invalid", "class"]);
        let describedby = match control.get_attribute("aria-describedby") {
            Some(old) => format!("{shown_id} {old}"),
            None => shown_id,
        };
        let _ = control.set_attribute("aria-describedby", &describedby);
        if blocking {
            let _ = control.set_attribute("aria-invalid", "true");
            let _ = control.class_list().add_1(INVALID);
        }
    }

    /// The error summary: a heading and one item per problem, a link to its field when it has one.
    fn summary(&self, items: &[(Option<String>, String)]) -> Option<HtmlElement> {
        let summary: HtmlElement = self.element("div", SUMMARY, None)?.dyn_into().ok()?;
        let _ = summary.set_attribute("role", "alert");
        let _ = summary.set_attribute("tabindex", "-1");
        let _ = summary.set_attribute("aria-labelledby", SUMMARY_TITLE);
        let heading = self.element("h2", "", Some(FormText::SummaryTitle.get(self.locale)))?;
        heading.set_id(SUMMARY_TITLE);
        let list = self.element("ul", "", None)?;
        for (target, text) in items {
            let item = self.element("li", "", None)?;
            match target {
                Some(target) => {
                    let link = self.element("a", "", Some(text))?;
                    let _ = link.set_attribute("href", &format!("#{target}"));
                    let _ = link.set_attribute("data-jiuzhu-target", target);
                    let _ = item.append_with_node_1(&link);
                }
                None => item.set_text_content(Some(text)),
            }
            let _ = list.append_with_node_1(&item);
        }
        let _ = summary.append_with_node_2(&heading, &list);
        Some(summary)
    }

    fn element(&self, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
        let made = self.document.create_element(tag).ok()?;
        if !class.is_empty() {
            made.set_class_name(class);
        }
        if text.is_some() {
            made.set_text_content(text);
        }
        Some(made)
    }

    /// The control's id, giving it one (recorded for removal) when it has none.
    fn id_for(&mut self, control: &Element) -> String {
        let id = control.id();
        if !id.is_empty() {
            return id;
        }
        self.remember_marks(control, &["id"]);
        self.next_id += 1;
        let id = format!("jiuzhu-field-{}", self.next_id);
        control.set_id(&id);
        id
    }

    fn remember_marks(&mut self, element: &Element, names: &[&'static str]) {
        remember(&mut self.marks, element, names);
    }

    /// Removes what the last render added and puts back the attributes it changed.
    fn clear(&mut self) {
        for added in self.added.drain(..) {
            added.remove();
        }
        restore(&mut self.marks);
    }

    /// Disables and hides each upload field whose document the office obtains itself, and shows
    /// the notice after it.
    fn replace_shared_uploads(&mut self) {
        let Ok(uploads) = self.form.query_selector_all(UPLOADS) else {
            return;
        };
        let catalog = CATALOG.get();
        for i in 0..uploads.length() {
            let Some(input) = uploads
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
            else {
                continue;
            };
            let kind = input.get_attribute("data-document").unwrap_or_default();
            let Some(text) = render::documents::upload_notice(&catalog, &kind, self.locale) else {
                continue;
            };
            let Some(notice) = self.element("p", "jiuzhu-document-notice", Some(&text)) else {
                continue;
            };
            let _ = notice.set_attribute("role", "note");
            let _ = input.after_with_node_1(&notice);
            let names = [
                "aria-describedby",
                "aria-invalid",
                "class",
                "disabled",
                "hidden",
            ];
            remember(&mut self.uploads, &input, &names);
            input.set_disabled(true);
            input.set_hidden(true);
            self.notices.push(notice);
        }
    }

    fn detach(&mut self) {
        if !self.attached {
            return;
        }
        self.attached = false;
        self.listeners.clear();
        self.live = None;
        self.clear();
        restore(&mut self.uploads);
        for notice in self.notices.drain(..) {
            notice.remove();
        }
    }
}

/// Records the attributes `names` of `element` as they are, for [`restore`].
fn remember(list: &mut Vec<Mark>, element: &Element, names: &[&'static str]) {
    for name in names {
        list.push(Mark {
            element: element.clone(),
            name,
            value: element.get_attribute(name),
        });
    }
}

/// Puts back, newest first, the attributes recorded in `list`, and empties it.
fn restore(list: &mut Vec<Mark>) {
    for mark in list.drain(..).rev() {
        let _ = match &mark.value {
            Some(value) => mark.element.set_attribute(mark.name, value),
            None => mark.element.remove_attribute(mark.name),
        };
    }
}

/// Where a field's message goes: before the control, or for a radio or checkbox after its
/// fieldset's legend, so the message is read with the question.
fn anchor_of(control: &Element) -> Element {
    let grouped = control
        .dyn_ref::<HtmlInputElement>()
        .is_some_and(|input| matches!(input.type_().as_str(), "radio" | "checkbox"));
    let after_legend = || {
        let fieldset = control.closest("fieldset").ok()??;
        let legend = fieldset.query_selector("legend").ok()??;
        legend.next_element_sibling()
    };
    grouped
        .then(after_legend)
        .flatten()
        .unwrap_or_else(|| control.clone())
}

/// The form's controls that carry a model path (`data-jiuzhu-path`, else `name`; empty is
/// none), in document order.
fn controls(form: &HtmlFormElement) -> Vec<(String, Element)> {
    let elements = form.elements();
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .filter_map(|element| {
            let path = element
                .get_attribute("data-jiuzhu-path")
                .or_else(|| element.get_attribute("name"))?;
            (!path.is_empty()).then_some((path, element))
        })
        .collect()
}

/// A control's value in the model (`None`: none): checkboxes are booleans, number fields numbers,
/// radios count only when checked, file and button controls not at all.
fn value_of(element: &Element) -> Option<Value> {
    let numeric = element.get_attribute("data-jiuzhu-type").as_deref() == Some("number");
    let text = if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        match input.type_().as_str() {
            "checkbox" => return Some(Value::Bool(input.checked())),
            "radio" => return input.checked().then(|| Value::String(input.value())),
            "file" | "submit" | "button" | "reset" | "image" => return None,
            "number" => return Some(number(input.value())),
            _ => input.value(),
        }
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        return None;
    };
    Some(if numeric {
        number(text)
    } else {
        Value::String(text)
    })
}

/// A number field: empty is `null`; a number stays a number; anything else stays text, so that the
/// core names it as the wrong type.
fn number(text: String) -> Value {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Value::Null;
    }
    match trimmed.parse::<serde_json::Number>() {
        Ok(n) => Value::Number(n),
        Err(_) => Value::String(text),
    }
}

/// Sets `value` at a dotted path, making objects, and arrays for index segments, on the way
/// (replacing what stands there). An index above [`MAX_INDEX`] leaves the value out.
fn set_path(model: &mut Value, path: &str, value: Value) {
    let mut node = model;
    for segment in path.split('.') {
        let index = (!segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()))
            .then(|| segment.parse::<u64>().ok())
            .flatten()
            .filter(|i| *i <= u64::from(u32::MAX));
        node = match index {
            Some(i) if i > MAX_INDEX => return,
            Some(i) => {
                if !node.is_array() {
                    *node = Value::Array(Vec::new());
                }
                let Value::Array(items) = node else { return };
                let i = i as usize;
                if items.len() <= i {
                    items.resize(i + 1, Value::Null);
                }
                let Some(item) = items.get_mut(i) else { return };
                item
            }
            None => {
                if !node.is_object() {
                    *node = Value::Object(Map::new());
                }
                let Value::Object(members) = node else { return };
                members.entry(segment).or_insert(Value::Null)
            }
        };
    }
    *node = value;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_make_objects_and_arrays() {
        let mut model = json!({});
        set_path(&mut model, "members.1.name", json!("张伟"));
        set_path(&mut model, "contact.phone", json!("138"));
        set_path(&mut model, "members.1000.name", json!("x"));
        set_path(&mut model, "members.0", json!(3));
        assert_eq!(
            model,
            json!({ "members": [3, { "name": "张伟" }], "contact": { "phone": "138" } })
        );
        let mut model = json!({});
        set_path(&mut model, "a.99999999999", json!(1));
        assert_eq!(model, json!({ "a": { "99999999999": 1 } }));
    }

    #[test]
    fn number_fields_keep_what_is_not_a_number() {
        assert_eq!(number(" 12 ".into()), json!(12));
        assert_eq!(number("1e3".into()), json!(1000.0));
        assert_eq!(number("  ".into()), Value::Null);
        assert_eq!(number("abc".into()), json!("abc"));
        assert_eq!(number("[1]".into()), json!("[1]"));
    }
}
