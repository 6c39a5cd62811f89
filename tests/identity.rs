//! Identity and contact numbers through the public Rust API: every document type, the
//! normalisation of what people type, phones and bank accounts.

use chrono::NaiveDate;
use jiuzhu::identity::{
    check_bank_account, check_character, check_id, check_phone, clean, Gender, IdType, Severity,
};
use jiuzhu::Code;

fn code(value: &str, expected: Option<IdType>) -> Option<&'static str> {
    check_id(value, expected, None)
        .failure
        .map(|f| f.code.as_str())
}

#[test]
fn every_document_type_is_recognised() {
    for (number, id_type, born, gender) in [
        (
            "11010519491231002X",
            IdType::ResidentId,
            "1949-12-31",
            Gender::Female,
        ),
        (
            "440524188001010014",
            IdType::ResidentId,
            "1880-01-01",
            Gender::Male,
        ),
        (
            "810000199001010019",
            IdType::HkMacaoResidencePermit,
            "1990-01-01",
            Gender::Male,
        ),
        (
            "830000198505050021",
            IdType::TaiwanResidencePermit,
            "1985-05-05",
            Gender::Female,
        ),
        (
            "931840199001010011",
            IdType::ForeignPermanentResident,
            "1990-01-01",
            Gender::Male,
        ),
    ] {
        let check = check_id(number, None, None);
        assert!(check.failure.is_none(), "{number}: {:?}", check.failure);
        assert_eq!(check.id_type, Some(id_type), "{number}");
        assert_eq!(
            check.birth_date,
            NaiveDate::parse_from_str(born, "%Y-%m-%d").ok()
        );
        assert_eq!(check.gender, Some(gender));
        assert_eq!(code(number, Some(id_type)), None);
    }
    let old = check_id(
        "USA310190010123",
        Some(IdType::ForeignPermanentResident),
        None,
    );
    assert!(old.failure.is_none());
    assert_eq!(old.birth_date, None);
}

#[test]
fn what_people_type_is_cleaned_first() {
    for typed in [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        "110105 19491231 002X",
        "110105-19491231-002X",
        "\u{200B}11010519491231002X\u{FEFF}",
        "11010519491231002×",
    ] {
        let check = check_id(typed, None, None);
        assert!(check.valid(), "{typed}");
        assert_eq!(check.normalized, "11010519491231002X", "{typed}");
    }
    assert_eq!(clean(" ａｂ-1 "), "AB1");
}

#[test]
fn each_failure_has_its_code() {
    assert_eq!(code("110105194912310021", None), Some("idChecksum"));
    assert_eq!(code("110105194902300021", None), Some("idBirthDate"));
    assert_eq!(code("000105194912310021", None), Some("idRegion"));
    assert_eq!(code("11010519491231", None), Some("idFormat"));
    assert_eq!(code("", None), Some("required"));
    assert_eq!(
        code("11010519491231002X", Some(IdType::TaiwanResidencePermit)),
        Some("idTypeMismatch")
    );
    // The old 15-digit number belongs to the resident ID.
    assert_eq!(
        code("110105491231002", Some(IdType::ResidentId)),
        Some("idLegacy15")
    );
    let old = check_id("110105491231002", None, None);
    assert_eq!((old.severity, old.valid()), (Severity::Warning, true));
    // A birth date after today, when today is known.
    let today = NaiveDate::from_ymd_opt(2026, 11, 25);
    let future = check_id("310118202612010013", None, today);
    assert_eq!(future.failure.map(|f| f.code), Some(Code::ID_BIRTH_DATE));
    assert!(check_id("310118202612010013", None, None).valid());
}

#[test]
fn check_characters() {
    let mut digits = b"31011819800315001".to_vec();
    digits.push(check_character(&digits).unwrap());
    assert_eq!(digits, b"310118198003150011");
}

#[test]
fn phones_and_bank_accounts() {
    assert_eq!(check_phone("+86 138-1234-5678").unwrap(), "13812345678");
    assert_eq!(check_phone("021 5978 1234").unwrap(), "02159781234");
    assert_eq!(
        check_phone("14612345678").unwrap_err().code,
        Code::PHONE_FORMAT
    );
    assert_eq!(check_phone("").unwrap_err().code, Code::REQUIRED);
    let (digits, warning) = check_bank_account("6217 0000 1000 0000 011").unwrap();
    assert_eq!((digits.as_str(), warning), ("6217000010000000011", None));
    let (_, warning) = check_bank_account("621700001000000001").unwrap();
    assert_eq!(warning.map(|w| w.code), Some(Code::BANK_ACCOUNT_CHECKSUM));
    assert_eq!(
        check_bank_account("62170000100").unwrap_err().code,
        Code::BANK_ACCOUNT_FORMAT
    );
}
