//! The money sections' calculators in Hungarian.

use crate::i18n::{
    BillFacts, BillTexts, CalcTexts, ChipTexts, DepreciationFacts, DepreciationTexts,
    FixedPriceTexts, InputText, MetricTexts, MixTexts, MoneyTexts, ProgressTexts,
};

const DEPR: DepreciationTexts = DepreciationTexts {
    calc: CalcTexts {
        title: "Mennyibe kerül egy GPU-park, és mennyit ér?",
        intro: "Add meg, mennyibe került az adatközpont, és hány év alatt írják le a szervereit. Az ábra a könyv szerinti értéket veti össze azzal, amennyit ugyanez a hardver a csökkenő bérleti díjak mellett a piacon ér.",
        chart_alt: "A szerverek könyv szerinti és piaci értéke évenként, az éves bérleti bevétellel és értékcsökkenéssel.",
        columns: &["Év", "Könyv szerinti érték", "Piaci érték", "Éves bérleti bevétel", "Éves értékcsökkenés"],
        sources: "Források: Epoch AI az adatközpontok költségeiről (2026); Bernstein (2025); vállalati éves jelentések; H100-bérleti árindexek (2025–26); Epoch a GPU-k ár-teljesítményéről (2022).",
    },
    capex: InputText {
        label: "Adatközpont-beruházás",
        help: "Nagyjából 35–38 milliárd dollárból épül egy gigawattnyi MI-adatközpont (Epoch AI, 2026).",
    },
    life: InputText {
        label: "A szerverek számviteli élettartama",
        help: "A Microsoft és az Alphabet hat év alatt írja le a szervereit, a Meta öt és fél év alatt; a kritikusok szerint egy GPU gazdasági élettartama két-három év.",
    },
    rent: InputText {
        label: "Bérleti díj GPU-óránként",
        help: "Egy H100 óránként nagyjából 2–3 dollárért bérelhető (2025–26).",
    },
    rentfall: InputText {
        label: "A bérleti díj éves csökkenése",
        help: "Alapértelmezésben olyan gyors, amilyen gyorsan az új hardveren olcsóbbá válik egy művelet: 1 − 1/1,4, azaz évente nagyjából 29% (Epoch). Ez feltevés: a bérleti díjaknak nem kell ezt követniük.",
    },
    servershare: InputText {
        label: "A beruházásból a szerverekre jutó rész",
        help: "Nagyjából 60%. A többi épület, áramellátás és hűtés: ezek évtizedekig kitartanak, itt nem számoljuk őket.",
    },
    gpushare: InputText {
        label: "A beruházásból a GPU-chipekre jutó rész",
        help: "Nagyjából 40% (Bernstein). Legfeljebb annyi, mint a szerverekre jutó rész, hiszen a chipek a szerverekben vannak.",
    },
    gpuprice: InputText {
        label: "Egy GPU-chip ára",
        help: "A mi feltevésünk, nem forrásból vett adat: ebből adódik, hány GPU-t vesz a pénz.",
    },
    util: InputText {
        label: "A kiadott GPU-órák aránya",
        help: "A mi feltevésünk: az üresen álló óra nem hoz bevételt.",
    },
    preset_books: ("Számvitel: 6 év", "a Microsoft és az Alphabet éves jelentései"),
    preset_critics: ("Kritikusok: 3 év", "két-három éves gazdasági élettartam, 2025-ös szakmai vita"),
    out_per_year: "Éves értékcsökkenés",
    out_break_even: "Megtérülő bérleti díj GPU-óránként",
    out_shortfall: "A bevétel az értékcsökkenés alá esik",
    out_gap: "A könyv szerinti és a piaci érték legnagyobb eltérése",
    at_once: "már az elején",
    never: "a leírás alatt nem",
    book: "Könyv szerinti érték",
    market: "Piaci érték",
    revenue: "Éves bérleti bevétel",
    charge: "Éves értékcsökkenés",
    widest: "legnagyobb eltérés",
    x_axis: "Évek a vásárlás után",
    y_axis: "Dollár",
    readout: |y, book, market, revenue| {
        format!("{y} évvel a vásárlás után: könyv szerinti érték {book}, piaci érték {market}, bérleti bevétel évi {revenue}.")
    },
    result: depr_result,
};

fn depr_result(f: &DepreciationFacts) -> String {
    let shortfall = match (&f.shortfall, f.shortfall_now) {
        (_, true) => "A park bérleti bevétele már az első évben sem fedezi az értékcsökkenést.".to_string(),
        (Some(y), false) => format!("Ahogy a díjak esnek, a park bérleti bevétele {y} év múlva az éves értékcsökkenés alá süllyed, még mielőtt a könyvekből kikerülne."),
        (None, false) => "A bérleti bevétel a teljes számviteli élettartam alatt fedezi az éves értékcsökkenést.".to_string(),
    };
    let gap = if f.gap_small {
        "Ilyen gyors leírás mellett a könyv szerinti érték sosem kerül érdemben a piaci érték fölé."
            .to_string()
    } else {
        format!(
            "A könyv szerinti és a piaci érték {} év után tér el a legjobban: {} a különbség.",
            f.gap_year, f.gap
        )
    };
    format!(
        "Ha {} év alatt írják le őket, a szerverek évente {} értékcsökkenést jelentenek a könyvekben. Ennek megtérüléséhez egy GPU-óráért {} bérleti díjat kellene kapni; ma {} jár érte. {shortfall} {gap}",
        f.life, f.per_year, f.break_even, f.rent
    )
}

const BILL: BillTexts = BillTexts {
    calc: CalcTexts {
        title: "A hosszabb gondolkodás számlája",
        intro: "Egy érvelő modell válaszonként sokkal több tokent ír, mint egy egyszerű. Állítsd be, hányszor többet, mennyit kér a két modell, és milyen gyorsan esnek az árak: az ábra egy olyan szolgáltatás éves számláját mutatja, amely ugyanazokra a kérdésekre így vagy úgy felel.",
        chart_alt: "Egy nagy érvelő modell és egy kis modell éves számlája a következő években, logaritmikus skálán.",
        columns: &["Év", "Nagy érvelő modell, évente", "Kis modell, évente"],
        sources: "Források: a16z, LLMflation (2024); Epoch AI, az LLM-inferencia árának alakulása (2025); Gundlach és mtsai, The Price of Progress (2025). A tokenszámok, a forgalom és a nagy modell ára a mi feltevésünk.",
    },
    tokens: InputText {
        label: "Token válaszonként",
        help: "Egy egyszerű válasz kimeneti tokenjei; a mi feltevésünk.",
    },
    reasonmult: InputText {
        label: "Érvelési szorzó",
        help: "Hányszor több tokent ír az érvelő modell ugyanarra a válaszra. Az érvelő modellek sokkal több tokent használnak (The Price of Progress, 2025); a szám a mi feltevésünk.",
    },
    answers: InputText {
        label: "Válasz naponta",
        help: "A mi feltevésünk: egy népszerű szolgáltatás.",
    },
    pricelarge: InputText {
        label: "A nagy modell ára",
        help: "Dollár millió kimeneti tokenenként; a mi feltevésünk egy élvonalbeli érvelő modellre.",
    },
    pricesmall: InputText {
        label: "A kis modell ára",
        help: "Dollár millió kimeneti tokenenként: a tanulmány árösszevetésének olcsó, 0,5–1 dolláros sávja.",
    },
    pricefall: InputText {
        label: "Éves árcsökkenés azonos képességnél",
        help: "Nagyjából tízszeres évente (a16z); az Epoch a képességtől függően 9- és 900-szoros közötti esést mér, a medián 50 körül van.",
    },
    years: InputText {
        label: "Előretekintés",
        help: "Hány év múlvára mutassuk a számlát.",
    },
    preset_epoch: ("Évi 50×", "Epoch AI, az inferenciaárak mediánja (2025)"),
    preset_a16z: ("Évi 10×", "a16z, LLMflation (2024)"),
    out_large: "Nagy érvelő modell",
    out_small: "Kis modell",
    out_large_then: "Nagy modell a választott évben",
    out_match: "A nagy annyiba kerül, mint ma a kicsi",
    per_year: |d| format!("évi {d}"),
    never: "soha: az árak nem esnek",
    large: "Nagy érvelő modell",
    small: "Kis modell",
    then: "a választott év",
    x_axis: "Évek mostantól",
    y_axis: "Éves számla (logaritmikus skála)",
    readout: |y, large, small| format!("{y} év múlva: nagy modell {large}, kis modell {small}."),
    result: bill_result,
};

fn bill_result(f: &BillFacts) -> String {
    let matched = match &f.to_match {
        Some(y) => format!("a kis modell mai számláját csak {y} év múlva éri el"),
        None => "a kis modell mai számlájáig soha nem esik le".to_string(),
    };
    format!(
        "Ma a nagy érvelő modell évi {}, a kicsi évi {} számlát jelent, a nagy tehát {}× annyiba kerül. Ha az árak ilyen ütemben esnek tovább, a nagy modellel működő szolgáltatás számlája {} év múlva évi {}, és {matched}.",
        f.large, f.small, f.ratio, f.years, f.large_then
    )
}

const FIXED: FixedPriceTexts = FixedPriceTexts {
    calc: CalcTexts {
        title: "A tanulmány inferenciás változata",
        intro: "A tanulmány azt is megnézi, mit kap az a felhasználó, aki tokenenként mindig ugyanannyit fizet, miközben a futtatás olcsóbbá válik. Itt a képlete, és az is, mit takar el az ábrája a nulla vonallal.",
        chart_alt: "A rögzített tokenáron elérhető modell és az élvonal veszteségkülönbsége az évek során: maga a képlet, és ugyanez nullánál levágva, ahogy a tanulmány ábrája mutatja.",
        columns: &["Év", "Veszteség rögzített áron", "Az élvonal vesztesége", "Különbség, képlet", "Különbség, levágva"],
        sources: "Forrás: a szerzők notebookja (meek_theory_neurips.ipynb), az inferenciás ábra; ott az algoritmikus javulás évi 3,6×, itt a közös érték. Epoch AI az inferenciaárak alakulásáról (2025).",
    },
    price: InputText {
        label: "Rögzített ár tokenenként",
        help: "Ennyi dollárt fizet a felhasználó tokenenként, évről évre; a szerzők notebookja 10⁻⁸-nal számol.",
    },
    ginf: InputText {
        label: "Az inferencia hatékonyságának éves javulása",
        help: "Hányszor olcsóbb évente egy adott képesség futtatása; a 9× az Epoch méréseinek alsó széle. A szerzők notebookjához hasonlóan a rögzített áron kapott tokenenkénti számítás ennek és a hardveres javulásnak a szorzatával nő; az Epoch ártrendjében már benne van az olcsóbb hardver, így a hardver kétszer számít.",
    },
    preset_median: ("Évi 50×", "Epoch AI, az inferenciaárak esésének mediánja (2025)"),
    out_start: "Veszteségkülönbség kezdetben",
    out_cross: "A képlet eléri az élvonalat",
    never: "az időtávon belül nem",
    clipped: "Nullánál levágva, mint a tanulmányban",
    raw: "Maga a képlet",
    cross: "a képlet nullát ér",
    x_axis: "Évek",
    y_axis: "Veszteségkülönbség az élvonalhoz (nat/token)",
    readout: |y, g| format!("{y} év múlva a képlet szerint {g} a különbség."),
    result: |start, cross, horizon| match cross {
        Some(c) => format!(
            "Kezdetben a rögzített áron elérhető modell {start} veszteségkülönbséggel marad el az élvonaltól. A képlet {c} év alatt bezárja a rést, és ott sem áll meg: azon túl azt állítja, hogy a tokenenként rögzített áron vett modell jobb az élvonalnál, ami nem lehet, hiszen az élvonalbeli labor ugyanazt a modellt is futtathatná. A tanulmány ábrája a görbét nullánál megállítja; a szaggatott vonal azt mutatja, mit mond a képlet azon túl."
        ),
        None => format!(
            "Kezdetben a rögzített áron elérhető modell {start} veszteségkülönbséggel marad el az élvonaltól, és ezekkel a feltevésekkel a képlet {horizon} éven belül nem zárja be a rést."
        ),
    },
};

const MIX: MixTexts = MixTexts {
    calc: CalcTexts {
        title: "Nagy és kis modellek együtt",
        intro: "A könnyű kérdéseket kapja egy kis modell, a nehezeket egy nagy érvelő modell. Válaszd ki, mekkora részt visz a kicsi; az árak a fenti számlából jönnek, a minőség egy tesztből.",
        chart_alt: "A keverék költsége és minősége, ahogy a kis modell aránya a semmitől a mindenig nő.",
        columns: &["A kis modell aránya", "Költség válaszonként", "Minőség (MMLU-Pro)", "Megtakarítás"],
        sources: "Minőség: MMLU-Pro 2023 végén, GPT-4 Turbo 69, Mixtral 8x7B 39 (a szerzők adataiból újraszámolva); árak: a fenti inferenciaszámla. A keverés lineáris: minden válasz olyan jó, mint a modell, amelyik adta.",
    },
    smallshare: InputText {
        label: "A kis modellre bízott kérések aránya",
        help: "0 esetén minden a nagy modellhez megy, 1 esetén minden a kicsihez.",
    },
    smallquality: InputText {
        label: "A kis modell minősége",
        help: "Az MMLU-Pro kérdéseinek helyesen megválaszolt aránya: a Mixtral 8x7B 0,39-et ért el 2023 végén.",
    },
    largequality: InputText {
        label: "A nagy modell minősége",
        help: "A GPT-4 Turbo 0,69-et ért el az MMLU-Prón 2023 végén.",
    },
    preset_all_large: ("Csak a nagy modell", "minden az élvonalbeli modellhez megy"),
    out_cost: "Költség válaszonként",
    out_quality: "A keverék minősége",
    out_savings: "Megtakarítás a csak nagy modellhez képest",
    out_bill: "A keverék éves számlája",
    cost: "Költség, a csak nagy modell %-ában",
    quality: "Minőség, a helyes válaszok %-a",
    yours: "a választott arány",
    x_axis: "A kis modellre bízott kérések aránya (%)",
    y_axis: "Százalék",
    readout: |share, cost, quality| format!("Ha a kérések {share}-a jut a kis modellre: a költség a csak nagy modellel számolt összeg {cost}-a, a minőség {quality}."),
    result: |share, saved, quality, large, small| format!(
        "Ha a kérések {share}-a a kis modellhez kerül, a számla {saved}-kal csökken, a keverék pedig a kérdések {quality}-ára felel helyesen – ez a nagy modell {large} és a kicsi {small} eredménye közé esik. Ha a kis modell a könnyű kérdéseket kapja, a valódi minőségromlás kisebb ennél az egyszerű átlagnál."
    ),
};

const PROGRESS: ProgressTexts = ProgressTexts {
    calc: CalcTexts {
        title: "Honnan jön a fejlődés?",
        intro: "Az élvonal effektív számítása három forrásból nő: több pénzből, olcsóbb hardverből és jobb algoritmusokból. A szelíd labornak csak az utóbbi kettő jut. A skála tízes nagyságrendeket számol.",
        chart_alt: "Az élvonalbeli labor effektív számításának növekedése befektetésre, hardverre és algoritmusokra bontva, évenként egymásra rakva, mellette a szelíd labor teljes növekedése.",
        columns: &["Év", "Befektetés", "Hardver", "Algoritmusok", "Szelíd labor, összesen"],
        sources: "A tanulmány E2 egyenlete a közös feltevésekkel; az effektív számítás növekedése tízes nagyságrendekben a 0. évhez képest.",
    },
    out_total: "Az élvonal növekedése az időtáv végéig",
    out_investment: "Ebből a pénz része",
    out_meek: "A szelíd labor növekedése",
    investment: "Befektetés",
    hardware: "Hardver",
    algorithms: "Algoritmusok",
    meek: "Szelíd labor, összesen",
    orders: |n| format!("{n} nagyságrend"),
    x_axis: "Évek",
    y_axis: "Az effektív számítás növekedése (tízes nagyságrend)",
    readout: |y, inv, hw, alg, meek| format!("{y} év után: befektetés {inv}, hardver {hw}, algoritmusok {alg}; szelíd labor {meek} (tízes nagyságrend)."),
    result: |v| format!(
        "Az időtáv {} éve alatt az élvonal effektív számítása {} nagyságrenddel nő: ennek {}-a a pénzből, {}-a a hardverből és {}-a az algoritmusokból jön. A szelíd labor ugyanazzal a hardverrel, az algoritmusokból rá eső résszel, de több pénz nélkül {} nagyságrenddel nő.",
        v[0], v[1], v[2], v[3], v[4], v[5]
    ),
};

const CHIP: ChipTexts = ChipTexts {
    calc: CalcTexts {
        title: "Egy új fajta chip",
        intro: "Tegyük fel, hogy érkezik egy új chip, amely dolláronként k-szor többet számol, és mindkét labor átáll rá. Válaszd ki k értékét és az évet.",
        chart_alt: "A veszteségkülönbség az évek során, az új chippel és nélküle.",
        columns: &["Év", "Különbség a chip nélkül", "Különbség a chippel"],
        sources: "A tanulmány E1–E4 egyenletei, a dolláronkénti számítás egyszeri, k-szoros ugrásával az y. évtől mindkét labornál.",
    },
    chip: InputText {
        label: "Hányszor többet számol dolláronként",
        help: "Az új chip nyeresége a dolláronkénti műveletekben a trendhez képest.",
    },
    chipyear: InputText {
        label: "Az érkezés éve",
        help: "Évek a kezdettől.",
    },
    preset_leap: ("Tízszeres ugrás jövőre", "gondolatkísérlet"),
    out_cut: "A veszteségkülönbség csökkenése attól az évtől",
    out_peak: "A legnagyobb különbség a chippel",
    out_saved: "A szelíd labor ennyivel hamarabb éri el az élvonal akkori szintjét",
    without: "A chip nélkül",
    with: "A chippel",
    arrives: "megérkezik a chip",
    x_axis: "Évek",
    y_axis: "Veszteségkülönbség (nat/token)",
    readout: |y, without, with| format!("{y} év után: a különbség a chip nélkül {without}, a chippel {with}."),
    result: |v, saved| {
        let saved = match saved {
            Some(s) => format!("A szelíd labor {s} évvel hamarabb éri el azt a veszteséget, amelyet az élvonal a chip érkezésekor tud."),
            None => "A szelíd labor sosem éri el azt a veszteséget, amelyet az élvonal a chip érkezésekor tud.".to_string(),
        };
        format!(
            "Egy dolláronként {}× jobb chip, amely {} év múlva érkezik, onnantól {}-kal csökkenti a veszteségkülönbséget: mindkét labor ugyanannyiszor több számítást kap, a hatványtörvény pedig ilyenkor minden különbséget ugyanazzal a szorzóval zsugorít. A legnagyobb különbség {} helyett {} lesz. {saved}",
            v[0], v[1], v[2], v[3], v[4]
        )
    },
};

const METRIC: MetricTexts = MetricTexts {
    calc: CalcTexts {
        title: "A felzárkózás a mércén múlik",
        intro: "Ugyanaz a két labor, négyféleképpen mérve. Válassz mércét, és állítsd be, az algoritmikus fejlődés mekkora része jut valójában a kis laboroknak.",
        chart_alt: "Az élvonalbeli labor előnye a szelíd laborral szemben az évek során, a választott mércével.",
        columns: &["Év", "Veszteségkülönbség", "Tesztkülönbség (pont)", "Csökkenthető veszteségek aránya", "Lemaradás években"],
        sources: "Fogelson és mtsai, arXiv 2607.00913 (2026): korlátos és korlátlan mércék; Gundlach és mtsai, arXiv 2511.21622 (2025): a kis modellek kevesebbet nyernek az algoritmikus fejlődésből.",
    },
    legend: "Mérce",
    names: [
        "Veszteségkülönbség (nat/token)",
        "Tesztkülönbség (százalékpont)",
        "A csökkenthető veszteségek aránya (×)",
        "Lemaradás években",
    ],
    measured: [
        "Veszteségkülönbségben",
        "Tesztpontokban",
        "A csökkenthető veszteségek arányában",
        "Években",
    ],
    verdict: [
        "Korlátos mérce: nulla felé zsugorodik, a szelídek felzárkóznak.",
        "Korlátos mérce: nulla felé zsugorodik, a szelídek felzárkóznak.",
        "Korlátlan mérce: tovább nő, az élvonal örökre vezet.",
        "Korlátlan mérce: tovább nő, az élvonal örökre vezet.",
    ],
    out_start: "Kezdetben",
    out_peak: "Legnagyobb",
    out_end: "Az időtáv végén",
    yours: "A te forgatókönyved",
    full: "Ha a kis laborok a teljes algoritmikus fejlődést megkapnák",
    x_axis: "Évek",
    readout: |y, v| format!("{y} év után: {v}."),
    result: |name, start, end, horizon, verdict| format!(
        "{name} mérve az élvonal előnye kezdetben {start}, {horizon} év múlva {end}. {verdict}"
    ),
};

/// The money calculators' texts.
pub const MONEY: MoneyTexts = MoneyTexts {
    depr: DEPR,
    bill: BILL,
    fixed: FIXED,
    mix: MIX,
    progress: PROGRESS,
    chip: CHIP,
    metric: METRIC,
    unit_per_hour: "$/GPU-óra",
    unit_per_million: "$/millió token",
    unit_per_token: "$/token",
    unit_share: "arány",
};
