//! Az esszé magyarul: a cikk és a mögötte álló tanulmány saját szavainkkal.
//! Jelölés: `{kulcs}` számolt szám (essay::facts), `[^id]` jegyzet, `*kiemelés*`, `> ` idézet, `### `.

use crate::i18n::{EssayTexts, SectionText};

const OPENING: SectionText = SectionText {
    title: "Vége a „minél nagyobb, annál jobb” korszaknak?",
    short: "Minél nagyobb, annál jobb?",
    parts: &[
        &[
            "Tíz éven át szinte zavarba ejtően egyszerű volt a jobb mesterséges intelligencia receptje: több \
             adat, nagyobb modell, hosszabb tanítás. Az MIT kutatóinak friss tanulmánya szerint ez a recept \
             most a saját számtanába ütközik.[^study] A legnagyobb modellek tovább javulnak, de minden újabb \
             dollár kevesebbet hoz, miközben a mindenki számára elérhető fejlődés, az olcsóbb chipek és az \
             okosabb tanítási módszerek, a kisebb szereplőket is emeli.",
            "A szerzők, Hans Gundlach, Jayson Lynch és Neil Thompson, ezeket a kisebb szereplőket *szelídnek* \
             nevezik: olyan laboroknak, amelyek évről évre ugyanannyit költenek. Modelljük annyira egyszerű, \
             hogy a böngésződben is lefut. Itt az élvonalbeli labor évi {gi}× ütemben növeli a tanítási \
             keretét, a szelíd labor pedig soha nem költ többet, mint az első napon. Mindkettő olyan hardvert \
             kap, amely évről évre {gh}× annyi számítást ad egy dollárért, és olyan algoritmusokat, amelyekkel \
             ugyanahhoz az eredményhez évről évre {ga}× kevesebb számítás is elég.",
            "Húzd el az évet, vagy mutass rá a grafikonra, és kövesd a két görbét. A pénz egyelőre még \
             fejlődést vásárol, ezért az élvonalbeli labor előbb elhúz. Az előnye azonban {peak-t} év múlva a \
             legnagyobb, {peak-gap} veszteségkülönbséggel,[^loss] utána pedig elolvad: hosszú távon nagyjából \
             {late-halving} évente feleződik.",
        ],
        &[
            "Ez a fő állítás, és az esszé többi része próbára teszi. Miért zsugorodik a megtérülés? Ha a \
             veszteségben mért különbség eltűnik, tényleg utolérik a kis modellek a nagyokat, vagy csak a \
             mérce nem mutatja többé a különbséget? És mibe kerül az óriásoknak a következő lépés? Ezekben a \
             bekezdésekben minden számot az általad beállított feltevésekből számolunk. Ha bárhol \
             megváltoztatsz egyet, a grafikonok és a szöveg is követik.",
        ],
    ],
};

const WARNING: SectionText = SectionText {
    title: "Az MIT figyelmeztetése: csökkenő hozadék",
    short: "Csökkenő hozadék",
    parts: &[
        &[
            "A figyelmeztetés egy évek óta érvényes szabályszerűségen alapul: egy nyelvi modell vesztesége a \
             tanításra fordított számítás hatványfüggvényeként csökken. A DeepMind 2022-ben, a Chinchilla-\
             tanulmányban illesztette ezt a törvényt, az Epoch AI későbbi ellenőrzése pedig kijavította a \
             számait.[^fits] A hatványtörvénynek van egy kíméletlen oldala. A számítás minden tízszerezése a \
             még elérhető javulásnak ugyanakkora *hányadát* tünteti el, így az újabb és újabb tízszerezések \
             egyre kisebb javulást hoznak.",
            "A tanulmány egysoros változatában a számítás minden tízszerezése {tenfold-cut}-kal csökkenti a \
             veszteség csökkenthető részét. Azért csak azt, mert van egy alsó határ, amely alá semennyi \
             számítással nem lehet lejutni: ez a nyelvben magában rejlő bizonytalanság.",
        ],
        &[
            "Vegyük a fent beállított keretet: {compute} FLOP, a mai bérleti árakon nagyjából {dollars} \
             (alapértéke a GPT-4 becsült tanítási számítása). Az ehhez legjobban illő modellnek körülbelül \
             {n-opt} paramétere van, {d-opt} tokent olvas, a várható vesztesége pedig {loss-opt}. Tízszer \
             nagyobb keretnél a veszteség {next10x-drop} értékkel kisebb, a következő tízszerezésnél már csak \
             {drop2} értékkel.",
            "Az illesztés választása nem csak a harmadik tizedesjegyen múlik. Szó szerint véve az eredeti \
             Chinchilla-paraméterek 10²¹ FLOP-nál paraméterenként {tpp-lo}, 10²⁷ FLOP-nál viszont {tpp-hi} \
             tanítótokent kérnek – ilyen elcsúszást a gyakorlatban senki sem lát. A te keretednél a választott \
             illesztés {tokens-per-param} tokent ad paraméterenként, közel ahhoz a húszas ökölszabályhoz, \
             amelyet az újraillesztés megőriz.[^drift]",
            "Thompson erre gondol, amikor azt mondja, hogy a „minél nagyobb, annál jobb” korszaka nem tarthat \
             örökké: nem arról van szó, hogy a skálázás nem működik többé, hanem arról, hogy egyre meredekebb \
             áron működik. Gundlach hozzáteszi, hogy a szorítás először az érvelő modelleknél látszik majd, \
             amelyek a számítás nagy részét nem tanulás, hanem válaszadás közben használják el, és amelyek \
             üzemeltetése egyre drágább.",
        ],
    ],
};

const GIANTS: SectionText = SectionText {
    title: "Az óriások és a valóság",
    short: "Óriások és valóság",
    parts: &[
        &[
            "Ma néhány olyan vállalaté az élvonal, amely egyetlen tanításra százmillió dollárokat tud \
             költeni, az egyetemi laborok ennek csak töredékével dolgoznak. Az MIT modellje nem tagadja a \
             különbséget. Azt kérdezi, mi lesz vele idővel, ha az egyik fél kerete nő, a másiké pedig \
             változatlan.",
            "A válasz néhány feltevésen múlik, és itt mindegyiket megváltoztathatod. Ezek az egész esszében \
             közösek: a nyitó grafikon és minden mondat, amely használja őket, azt követi, amit beállítasz.",
        ],
        &[
            "Ezekkel a feltevésekkel az élvonalbeli labor veszteségben mért előnye {peak-t} év múlva a \
             legnagyobb ({peak-gap}), a {horizon} éves időablak végére pedig {gap-h} értékre csökken, ez a csúcsérték \
             {gap-h-share}-a.",
            "### A felhasználó nem veszteséget lát",
            "Senki sem a vesztesége alapján választ csevegőrobotot. Ezért a szerzők a veszteséget \
             tesztpontszámra fordítják le, egy olyan görbével, amelyet harminc ismert méretű, ismert \
             tanítóadatú és ismert MMLU-eredményű modellre illesztettek.[^mmlu] A valódi munka gyakran több \
             lépésből áll, és mindegyiknek sikerülnie kell, így a pontosság kis különbségei összeadódnak. \
             Válaszd ki, hány lépésből áll egy feladat: {steps} lépéses feladatoknál a pontkülönbség \
             {mmlu-peak-t} év múlva a legnagyobb, {mmlu-peak-gap} százalékpont.",
        ],
        &[
            "### Két igazság egyszerre",
            "Az alsó sáv egy harmadik mércét mutat: hány évvel jár a szelíd labor az élvonal mögött, vagyis \
             mennyi idő kell neki ahhoz a veszteséghez, amelyet az élvonal már elért. A veszteségkülönbség \
             csúcsán a szelíd labor {behind-peak} évvel jár mögötte, {horizon} év múlva pedig {behind-h} \
             évvel. A veszteségben mért különbség eltűnik, az években mért lemaradás viszont tovább nő. \
             Mindkettő igaz, és a kérdésen múlik, melyik számít: akinek elég jó modell kell, annak a záródó \
             rés a hír, az elsőségért folyó versenyben viszont a lemaradás.[^metrics]",
            "### DeepSeek: valójában mennyivel olcsóbb?",
            "2025 elején a kínai DeepSeek megmutatta, hogy versenyképes modellt az amerikai vetélytársak \
             költésének töredékéből is lehet tanítani. Ez kijózanító pillanat volt egy olyan iparágban, \
             amely megszokta, hogy nyers erővel skálázzon. A közzétett számokból ellenőrizhető, milyen \
             megtakarításról volt szó.[^ds]",
        ],
        &[
            "A különbség nagyobb része egyszerűen abból adódik, hogy a DeepSeek kisebb tanítást futtatott: \
             {flop-ratio}× kevesebb számítással, mint a GPT-4. Egységnyi számításért {fpd-ratio}× \
             kevesebbet fizetett, nagyjából annyival, amennyit az általad beállított ütemben {fpd-years} év \
             hardverfejlődés hoz. Ami a történetből marad, az a tanulmány állítása: az olcsóbb számítás és a \
             jobb módszerek mindenkit emelnek, a GPT-4 többletszámítása pedig csak {ds-gap} értékkel \
             alacsonyabb várható veszteséget vásárol.",
        ],
    ],
};

const INFRASTRUCTURE: SectionText = SectionText {
    title: "Infrastruktúra-láz és pénzügyi kockázat",
    short: "Infrastruktúra-láz",
    parts: &[&[
        "Közben az iparág százmilliárd dollárokat költ adatközpontokra és chipekre, a bennük dolgozó \
         grafikus processzorok pedig gyorsan avulnak. Ebben a részben majd azt ellenőrizheted, megtérülhet-e \
         ez a költés, mielőtt a hardver elveszíti az értékét.",
    ]],
};

const SLOPE: SectionText = SectionText {
    title: "Miért jön a lejtő?",
    short: "A következő lépés ára",
    parts: &[
        &[
            "Az elmúlt évtized receptje, több adat, nagyobb modell és hosszabb tanítás, látványos eredményeket \
             hozott. A hatványtörvény megmutatja, miért nem folytatódhat ez ugyanazon az áron: az alsó határ \
             közelében minden további javuláshoz sokszor több számítás kell, mint az előzőhöz.",
            "A kalkulátor a skálázási kalkulátor keretéből indul, és azt kérdezi, mibe kerül a veszteség \
             további csökkentése. {compute} FLOP-nál a veszteség csökkenthető része csupán {max-cut}: e törvény \
             szerint akármennyi számítás legfeljebb ennyit tüntethet el.",
        ],
        &[
            "Ha a veszteséget további {cut}-kal akarjuk csökkenteni, ahhoz {cut-factor}× annyi számítás kell, \
             nagyjából {cut-dollars}. {yard-cut} fölött a számla nagyobb, mint a választott mérce \
             ({yard-dollars}): itt lép ki az előrejelzés a hihető tartományból.",
            "Ugyanez a számtan az időben is megmutatkozik. Vetítsük előre a tanulmány élvonalbeli laborját, \
             amelynek kerete {frontier} összegről indulva évi {gi}× ütemben nő: tizenöt év múlva egyetlen \
             tanítás ára {budget-15y} lenne. Az élvonalnak jóval előbb le kell lassulnia, és ez csak \
             gyorsítja a felzárkózást.[^plausible]",
            "Ezért várják a szerzők, hogy a hangsúly a mennyiségről a minőségre tevődik át: olyan tanítási \
             módszerekre és architektúrákra, amelyek ugyanannyi számításból többet hoznak ki. Thompson \
             tanácsa a WIRED beszámolója szerint az, hogy a tanításra szánt pénz egy részét fordítsuk \
             hatékonyabb algoritmusokra.[^quote]",
        ],
    ],
};

const INFERENCE: SectionText = SectionText {
    title: "Érvelő modellek és a válaszadás ára",
    short: "Érvelés és következtetés",
    parts: &[&[
        "Az érvelő modellek hosszan gondolkodnak, mielőtt válaszolnak, ezért az üzemeltetésük egyre többe \
         kerül, még ha egy-egy token ára csökken is. Ebben a részben majd számokkal mérheted ezt a számlát.",
    ]],
};

const NEXT: SectionText = SectionText {
    title: "Mi jön ezután? Három irány",
    short: "Három irány",
    parts: &[&[
        "A kutatók három utat látnak: nagy és kis modellek együttműködését, jobb algoritmusokat és új \
         hardvereket. Ebben a részben majd mindhármat mérlegelheted.",
    ]],
};

const COUNTERWEIGHTS: SectionText = SectionText {
    title: "Az ellensúlyok",
    short: "Ellensúlyok",
    parts: &[&[
        "Egy tisztességes esszé azt is megmutatja, hol a leggyengébb az érvelés: vannak mércék, amelyek \
         sosem állnak meg, és a kis modellek kevesebbet nyernek az algoritmikus fejlődésből, mint a nagyok. \
         Ebben a részben majd ezeket a korlátokat állítjuk a te forgatókönyved mellé.",
    ]],
};

const SOURCES: SectionText = SectionText {
    title: "Források és módszer",
    short: "Források és módszer",
    parts: &[&[
        "Az oldal minden számát a böngésződ számolja ki a tanulmány képleteiből és az alábbi forrásokból; \
         semmit sem tölt le máshonnan. A jegyzetek számozása a szövegét követi.",
    ]],
};

/// A magyar esszé.
pub const ESSAY: EssayTexts = EssayTexts {
    sections: [
        OPENING,
        WARNING,
        GIANTS,
        INFRASTRUCTURE,
        SLOPE,
        INFERENCE,
        NEXT,
        COUNTERWEIGHTS,
        SOURCES,
    ],
    notes: &[
        (
            "study",
            "H. Gundlach, J. Lynch, N. Thompson: „Meek Models Shall Inherit the Earth” (A szelíd modelleké \
             lesz a föld), arXiv 2507.07931 (2025). A kalkulátorok a szerzők nyilvános notebookjának \
             paramétereit használják, ez rajzolja a cikk ábráit. Az évek attól a pillanattól számítanak, \
             amikor a szelíd labor {meek}, az élvonalbeli pedig {frontier} összeget költ; naptári évet a \
             tanulmány nem nevez meg.",
        ),
        (
            "loss",
            "A veszteség azt méri, átlagosan mennyire lepi meg a modellt a szöveg következő darabja \
             (keresztentrópia, nat/token egységben); minél kisebb, annál jobb. A tanulmány törvénye \
             L = A·C⁻ᵅ + L₀, ahol A = 1070 és L₀ = 1,7: a Chinchilla-illesztés egyetlen változóra \
             egyszerűsítve. Az α a te feltevéseid egyike.",
        ),
        (
            "fits",
            "Hoffmann és mtsai. 2022 (arXiv 2203.15556), 3. módszer; Besiroglu és mtsai. 2024 (arXiv \
             2404.10102) ugyanazokra az adatokra illesztett újra, és azt találta, hogy a közölt paraméterek \
             nem egyeznek a cikk saját eredményeivel.",
        ),
        (
            "drift",
            "A tokenek és paraméterek optimális aránya az illesztés két kitevőjén múlik. A kerekített \
             eredetiben ezek annyira eltérnek, hogy az arány a kerettel együtt vándorol; az újraillesztésben \
             közel esnek egymáshoz, így az arány húsz körül marad.",
        ),
        (
            "mmlu",
            "Az MMLU 57 tárgyból tesz fel négyválasztós kérdéseket, így a találgatás 25 %-ot ér. A szerzők \
             veszteség–MMLU görbéje logisztikus: a véletlen szintjéről nagyjából 81 %-ig emelkedik. Egy p \
             független lépésből álló feladat az MMLU p-edik hatványának megfelelő valószínűséggel sikerül.",
        ),
        (
            "metrics",
            "Fogelson, Brown, Gundlach, Lynch és Thompson (arXiv 2607.00913, 2026) megmutatja, hogy ebben a \
             modellben a korlátos mércéken, például a pontosságon mérve a modellek mindig összetartanak, a \
             számítás logaritmusával együtt korlátlanul növő mércéken viszont – ilyen az években mért előny \
             is – az élvonal akár örökre előnyben maradhat.",
        ),
        (
            "ds",
            "A DeepSeek {ds-cost} összege csak a végső tanítás ára (2,788 millió H800 GPU-óra óránként 2 \
             dollárral), a kísérletek, a munkatársak és maga a számítógépfürt nincs benne. A GPT-4 \
             {gpt4-cost} összege a Stanford AI Index becslése arról, mennyibe kerülne bérelni a tanításához \
             szükséges számítást. A DeepSeek-V3 szakértőkeverék (mixture of experts), amely 671 milliárd \
             paraméteréből tokenenként 37 milliárdot használ, ezért a sűrű modellekre illesztett törvény csak \
             nagyjából írja le.",
        ),
        (
            "plausible",
            "A mércék: Magyarország GDP-je az IMF World Economic Outlook (2024. április) szerint, az Egyesült \
             Államok 2024-es GDP-je a Bureau of Economic Analysis szerint, a Microsoft bevétele a 2025-ös \
             éves jelentéséből. A tanulmány saját dollárösszegei elvontak: a laborjai 1000 dollárról \
             indulnak, szándékosan óvatos, dolláronként 10¹⁷ FLOP-os áron.",
        ),
        (
            "quote",
            "WIRED, Will Knight, 2025. október 15. A magyar cikkben Thompson azt kéri, hogy a hatékonyabb \
             algoritmusokba *legalább annyit* fektessünk, mint a tanításba; az angol interjúban a tanításra \
             szánt pénznek csak egy részét kéri erre, ami kevesebb.",
        ),
    ],
    toc: "Tartalom",
    toc_open: "Tartalom:",
    notes_title: "Jegyzetek",
    sources_title: "Források",
    note_label: |n| format!("{n}. jegyzet"),
    note_jump: "a jegyzetekhez",
    coming: "Ennek a résznek a kalkulátora készül.",
};
