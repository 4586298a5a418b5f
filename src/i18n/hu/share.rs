//! Megosztás, beágyazás és letöltés magyarul.

use crate::i18n::{GuessTexts, HandoutTexts, InputText, PresentTexts, ShareTexts};

/// See [`ShareTexts`].
pub const SHARE: ShareTexts = ShareTexts {
    summary: "Megosztás, beágyazás, letöltés",
    page_summary: "Megosztás",
    link_label: "Link pontosan ehhez a nézethez",
    page_link_label: "Link ehhez a fejezethez, a te számaiddal",
    copy: "Másolás",
    copied: "Kimásolva.",
    copy_manual: "Kijelölve: a másoláshoz nyomd meg a Ctrl+C-t (Macen ⌘C).",
    embed_label: "Beágyazás a saját oldaladba",
    embed_hint: "Másold be a cikked HTML-kódjába. A keret ezt a részt mutatja, a mostani számokkal; a kis szkript beállítja a magasságát, és semmit sem küld sehová.",
    show_inputs: "Látszanak a bemenetek",
    theme: "Színek",
    themes: ["Az olvasó beállítása szerint", "Világos", "Sötét"],
    download_label: "A grafikon letöltése",
    formats: ["PNG-kép", "SVG-rajz", "CSV-adatok"],
    download_failed: "Ebben a böngészőben nem sikerült elkészíteni a fájlt.",
    inputs: "Bemenetek",
    series: "adatsor",
};

/// See [`PresentTexts`].
pub const PRESENT: PresentTexts = PresentTexts {
    start: "Kivetítés",
    bar: "Bemutató",
    prev: "‹ Előző",
    next: "Következő ›",
    exit: "Vissza az esszéhez (Esc)",
    step: |i, n| format!("{i}. lépés ({n} közül)"),
};

/// See [`GuessTexts`].
pub const GUESS: GuessTexts = GuessTexts {
    title: "Előbb tippelj",
    question: "Az élvonalbeli labor előnye előbb nő, aztán elolvad. Hány év múlva csökken a legnagyobb értékének a felére?",
    start: "Takard le a grafikonokat, és tippelj",
    input: InputText {
        label: "A tipped",
        help: "Évek száma mostantól. Húzd el, vagy írd be.",
    },
    reveal: "Mutasd a modell válaszát",
    again: "Újra tippelek",
    result: |guess, answer, how| format!("A tipped {guess} év volt; a modellben {answer} év múlva feleződik meg az előny. {how}"),
    too_soon: |d| format!("{d} évvel korábbra tippeltél."),
    too_late: |d| format!("{d} évvel későbbre tippeltél."),
    spot_on: "Telitalálat.",
    no_answer: |guess, horizon| format!("A tipped {guess} év volt, de ezekkel a feltevésekkel az előny {horizon} éven belül nem csökken a felére, így most nincs mihez mérni."),
    covered: "Az előny grafikonjai le vannak takarva, amíg meg nem mutatod a választ.",
    marker: "a tipped",
};

/// See [`HandoutTexts`].
pub const HANDOUT: HandoutTexts = HandoutTexts {
    button: "Munkalap",
    button_hint: "A lap kinyomtatása órai munkalapként: a te számaid, minden grafikon, megbeszélendő kérdések és egy QR-kód, amely ugyanezt a forgatókönyvet nyitja meg",
    kicker: "Munkalap",
    numbers: "A forgatókönyved számokban",
    qr_caption: "Olvasd be a telefonoddal, és ugyanez a forgatókönyv nyílik meg",
    qr_alt: "QR-kód, amely erre a forgatókönyvre mutat",
    questions: "Megbeszélésre",
};
