"""Turkmen wording of the demo plan (Latin alphabet); structure, codes, dates and numbers come from demo_data.

Same shape as demo_text_ru. All people are fictional roles.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "Turkmenistan": "Türkmenistan",
    "Kazakhstan": "Gazagystan",
    "Kyrgyzstan": "Gyrgyzystan",
    "Tajikistan": "Täjigistan",
    "Uzbekistan": "Özbegistan",
    "Red Crescent Society of Turkmenistan": "Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti",
    "Red Crescent Society of Kazakhstan": "Gazagystanyň Gyzyl Ýarymaý Jemgyýeti",
    "Red Crescent Society of Kyrgyzstan": "Gyrgyzystanyň Gyzyl Ýarymaý Jemgyýeti",
    "Red Crescent Society of Tajikistan": "Täjigistanyň Gyzyl Ýarymaý Jemgyýeti",
    "Red Crescent Society of Uzbekistan": "Özbegistanyň Gyzyl Ýarymaý Jemgyýeti",
    "Head office, Ashgabat": "Baş edara, Aşgabat",
}

PLAN = {
    "title": "Ynsanperwer diplomatiýa boýunça 2024-nji ýylyň ýyllyk meýilnamasy",
    "introduction": (
        "Ynsanperwer diplomatiýa Milli jemgyýete halkara jemgyýetçiligi, ýerli häkimiýetler we ilat bilen "
        "bilelikde häzirki ynsanperwer maksatlar boýunça öňdebaryjy we utgaşdyryjy orny eýelemäge mümkinçilik "
        "berýär. Bu meýilnama ähli bölümleriň işiniň utgaşýan nokatlaryny kesgitleýär, ösüş strategiýasyny "
        "beýan edýär we ýurtda hem-de sebitde ynsanperwer bähbitleri öňe sürmäge kömek edip biljek "
        "hyzmatdaşlary görkezýär."
    ),
    "policy": (
        "Jemgyýet karar kabul edýänleri we jemgyýetçilik pikiriniň öňdebaryjylaryny hemişe ejiz adamlaryň "
        "bähbidine we Esasy ýörelgelere doly hormat goýup hereket etmäge ündeýär. Jemgyýet öz utgaşdyryjylary "
        "arkaly bir agyzdan gürleýär we her bir hyzmatdaşlykda bitaraplygyny we garaşsyzlygyny saklaýar."
    ),
    "approvers": "Geňeşiň başlygy\nBaş sekretar\nYnsanperwer diplomatiýa bölüminiň müdiri",
}

GOALS = {
    "G1": (
        "Döwlet edaralarynyň ykrar edilen kömekçisi",
        "Jemgyýetiň kömekçi roluny kanunçylykda we tejribede berkitmek.",
    ),
    "G2": (
        "Öňdebaryjy we utgaşdyryjy ynsanperwer ses",
        "Saýlanan ynsanperwer meseleler boýunça häkimiýetler we Hereket bilen utgaşdyryjy orny eýelemek.",
    ),
    "G3": (
        "Ynsanperwer bähbitleri öňe sürýän hyzmatdaşlyklar",
        "Jemgyýete iň ejiz adamlara ýetmäge kömek edýän hyzmatdaşlary tapmak we saklamak.",
    ),
    "G4": (
        "Bilelikde hereket edýän sebit",
        "Merkezi Aziýanyň Milli jemgyýetleri bilen sebit derejesinde habarlylyk kampaniýalaryny geçirmek.",
    ),
}

DEPARTMENTS = {
    "hd": (
        "Ynsanperwer diplomatiýa we daşary gatnaşyklar",
        "Bölümiň müdiri",
        "Ynsanperwer diplomatiýa boýunça hünärmen",
        "Içki belgi 101",
        "Meýilnamany utgaşdyrýar we Jemgyýetiň adyndan häkimiýetler hem-de hyzmatdaşlar bilen gürleşýär.",
    ),
    "dm": (
        "Betbagtçylyklara garşy göreş",
        "Betbagtçylyklara garşy göreş bölüminiň müdiri",
        "Taýýarlyk boýunça utgaşdyryjy",
        "Içki belgi 120",
        "Adatdan daşary ýagdaýlar ministrligi bilen taýýarlyk, çäre görmek we irki duýduryş.",
    ),
    "health": (
        "Saglyk we ideg",
        "Saglyk bölüminiň müdiri",
        "Jemgyýetçilik saglygy boýunça utgaşdyryjy",
        "Içki belgi 130",
        "Ilkinji kömek, jemgyýetçilik saglygy, gan donorlygy we psihosossial goldaw.",
    ),
    "youth": (
        "Ýaşlar we meýletinçiler",
        "Ýaşlar bölüminiň müdiri",
        "Meýletinçiler boýunça utgaşdyryjy",
        "Içki belgi 140",
        "Meýletinçileri çekýär, okadýar we saklaýar; mekdeplerde ýaşlar toparlaryny alyp barýar.",
    ),
    "comms": (
        "Habarlaşyk we metbugat",
        "Habarlaşyk bölüminiň müdiri",
        "Metbugat sekretary",
        "Içki belgi 150",
        "Metbugat bilen gatnaşyklar, sosial ulgamlar we jemgyýetçilik kampaniýalary.",
    ),
    "rfl": (
        "Maşgala baglanyşyklaryny dikeltmek we migrasiýa",
        "Maşgala baglanyşyklary bölüminiň müdiri",
        "Gözleg boýunça hünärmen",
        "Içki belgi 160",
        "GHHK bilen bilelikde gözleg hyzmaty we migrantlara goldaw.",
    ),
    "ihl": (
        "Halkara ynsanperwer hukugy",
        "Hukuk geňeşçisi",
        "HYH-ny wagyz etmek boýunça hünärmen",
        "Içki belgi 170",
        "HYH-ny we nyşan hakyndaky kanuny wagyz etmek; HYH boýunça milli topar.",
    ),
    "finance": (
        "Maliýe we serişdeleri çekmek",
        "Baş hasapçy",
        "Serişde çekmek boýunça hünärmen",
        "Içki belgi 180",
        "Býujet, donorlar we hususy pudak bilen hyzmatdaşlyk.",
    ),
    "branches": (
        "Şahamçalary ösdürmek (welaýat şahamçalary)",
        "Şahamçalary ösdürmek bölüminiň müdiri",
        "Şahamçalar bilen aragatnaşyk hünärmeni",
        "Içki belgi 190",
        "Ahal, Balkan, Daşoguz, Lebap we Mary şahamçalary.",
    ),
}

OBJECTIVES = {
    "1.1": (
        "Mejlis bilen Gyzyl Ýarymaý Jemgyýeti hakyndaky kanuny täzelemek",
        "Üýtgetmeleriň taslamasy tabşyryldy",
        "Kömekçi roly we nyşanyň goragyny berkidýän üýtgetmeleri taýýarlamak.",
    ),
    "1.2": (
        "Adatdan daşary ýagdaýlar ministrligi bilen hyzmatdaşlyk ylalaşygyna gol çekmek",
        "Ylalaşyga gol çekildi",
        "Taýýarlykda we çäre görmekde, şol sanda öňünden ýerleşdirilen ätiýaçlyklarda wezipeleri ylalaşmak.",
    ),
    "1.3": (
        "Bäş welaýatyň ýerli häkimiýetlerine kömekçi rol barada maglumat bermek",
        "Geçirilen duşuşyklar",
        "",
    ),
    "2.1": (
        "Aşa yssa taýýarlyk boýunça milli iş toparyna ýolbaşçylyk etmek",
        "Geçirilen iş topar mejlisleri",
        "",
    ),
    "2.2": (
        "Zähmet migrantlarynyň maşgalalarynyň saglygy barada garaýyş resminamasy",
        "Resminama Saglygy goraýyş ministrligine hödürlendi",
        "",
    ),
    "2.3": (
        "Merkezi Aziýa jemgyýetleriniň ynsanperwer diplomatiýa platformasyna goşulmak",
        "Gatnaşylan onlaýn maslahatlar",
        "Halkara Federasiýanyň Sebit edarasy we Merkezi Aziýa boýunça wekilhanasy bilen onlaýn maslahatyň dowamy.",
    ),
    "3.1": (
        "Ynsanperwer diplomatiýa üçin gyzyklanýan taraplaryň we hyzmatdaşlaryň kartasyny düzmek",
        "Bahalandyrylan hyzmatdaşlar",
        "",
    ),
    "3.2": (
        "HYH-ny okatmak boýunça Türkmen döwlet uniwersiteti bilen ähtnama",
        "Ähtnama gol çekildi",
        "",
    ),
    "3.3": (
        "Kärhanalarda ilkinji kömege okatmak boýunça hususy pudak bilen hyzmatdaşlyk",
        "Okadylan kompaniýalar",
        "",
    ),
    "3.4": ("Aşgabatda BMG-niň edaralary bilen yzygiderli duşuşyklar", "Geçirilen duşuşyklar", ""),
    "4.1": ("Bäş jemgyýet bilen «Yssy we saglyk» sebit kampaniýasy", "Gurşalan adamlar", ""),
    "4.2": ("Esasy ýörelgeler boýunça ýaşlar alyş-çalşygy", "Alyş-çalşyga gatnaşan ýaş meýletinçiler", ""),
    "4.3": (
        "Sebitiň migrasiýa ugurlarynda howpsuz migrasiýa barada habarlylygy artdyrmak",
        "Açylan maglumat nokatlary",
        "",
    ),
}

ACTIVITIES = (
    "Halkara Federasiýanyň Sebit edarasy bilen onlaýn maslahata gatnaşmak",
    "Şahamça utgaşdyryjylary bilen gyzyklanýan taraplaryň kartasyny düzmek boýunça okuw maslahaty",
)

PARTNERS = {
    "mes": ("Adatdan daşary ýagdaýlar ministrligi", "Betbagtçylyklara taýýarlykda esasy hyzmatdaş."),
    "moh": ("Saglygy goraýyş we derman senagaty ministrligi", ""),
    "mfa": ("Daşary işler ministrligi", ""),
    "hakim": ("Aşgabat şäheriniň häkimligi", "Paýtagtyň ýerli häkimiýeti."),
    "hakim_mary": ("Mary welaýatynyň häkimligi", ""),
    "unicef": ("Türkmenistandaky ÝUNISEF", ""),
    "unhcr": ("BMG-niň Bosgunlar boýunça Ýokary Komissarynyň edarasy", ""),
    "who": ("BSGG-niň ýurt edarasy", ""),
    "ifrc": (
        "Halkara Federasiýanyň Merkezi Aziýa ýurtlary boýunça wekilhanasy",
        "Ynsanperwer diplomatiýa boýunça sebit platformasyny alyp barýar.",
    ),
    "icrc": (
        "GHHK-nyň Merkezi Aziýadaky sebit wekilhanasy",
        "Maşgala baglanyşyklaryny dikeltmekde we HYH-ny wagyz etmekde hyzmatdaş.",
    ),
    "kz": ("Gazagystanyň Gyzyl Ýarymaý Jemgyýeti", ""),
    "kg": ("Gyrgyzystanyň Gyzyl Ýarymaý Jemgyýeti", ""),
    "tj": ("Täjigistanyň Gyzyl Ýarymaý Jemgyýeti", ""),
    "uz": ("Özbegistanyň Gyzyl Ýarymaý Jemgyýeti", ""),
    "tv": ("«Miras» teleýaýlymy", ""),
    "news": ("«Нейтральный Туркменистан» gazeti", "Rus dilinde çykýan gündelik gazet."),
    "tsu": ("Magtymguly adyndaky Türkmen döwlet uniwersiteti", "Halkara hukuk fakulteti."),
    "company": ("Aşgabat gurluşyk holdingi", "Öz nyşanynyň görkezilmegi şerti bilen maliýeleşdirme hödürleýär."),
    "elders": ("Ýaşulular geňeşi, Lebap", ""),
    "donor": ("Sebit ösüş gaznasy", "Diňe bir welaýatda işlemek şerti bilen maliýeleşdirme."),
}

CONTACTS = (
    ("Taýýarlyk bölüminiň müdiri", "Bölüm müdiri", "türkmen, rus"),
    ("Çagalary goramak boýunça maksatnama hünärmeni", "Maksatnama hünärmeni", "iňlis, rus"),
    ("Ynsanperwer diplomatiýa boýunça wekil", "Wekil", "iňlis"),
    ("Goraglylyk boýunça utgaşdyryjy", "Utgaşdyryjy", "iňlis, rus"),
    ("Habarlaşyk bölüminiň müdiri", "Bölüm müdiri", "rus, gazak"),
    ("Halkara hukuk fakultetiniň dekany", "Dekan", "türkmen"),
)

INTERACTIONS = (
    (
        "Halkara Federasiýanyň Ýewropa we Merkezi Aziýa boýunça Sebit edarasy we Merkezi Aziýanyň bäş "
        "jemgyýeti bilen ynsanperwer diplomatiýa platformalaryny döretmek barada onlaýn maslahat.",
        "Ýyllyk meýilnamanyň taslamasyny ynsanperwer diplomatiýa boýunça sebit ýolbaşçysyna ibermek",
    ),
    (
        "Hyzmatdaşlyk ylalaşygynyň taslamasy ara alnyp maslahatlaşyldy.",
        "Ylalaşygyň taslamasy boýunça bellikleri ibermek",
    ),
    ("Çagalar üçin yssy we saglyk barada maglumatlar.", "Bilelikdäki esasy maglumatlary ylalaşmak"),
    ("Yssy barada sebit kampaniýasynyň teklibi.", "Gatnaşjakdygyny tassyklamak we utgaşdyryjyny bellemek"),
    ("Hukuk talyplary üçin HYH kursy.", "Ähtnamanyň taslamasyny ibermek"),
    ("Maşgala baglanyşyklaryny dikeltmek boýunça tegelek stol.", ""),
)

AGREEMENTS = (
    ("Ýurt boýunça hyzmatdaşlyk ylalaşygy", "Bilelikdäki meýilleşdirme, ynsanperwer diplomatiýa üçin tehniki goldaw."),
    ("Maşgala baglanyşyklaryny dikeltmek hakynda ähtnama", "Gözleg hyzmaty we okuwlar."),
)

CAMPAIGNS = (
    (
        "Merkezi Aziýada yssy we saglyk",
        "Adamlary aşa yssydan goramak",
        "Suwy ýygy-ýygydan içiň.\nÝaşuly goňşularyňyzyň halyndan habar alyň.\nGün urmagyň alamatlaryny biliň.",
        "Ýaşuly adamlar, açyk howada işleýänler, kiçi çagalaryň ene-atalary",
        "Telewideniýe, radio, sosial ulgamlar, öýme-öý aýlanýan meýletinçiler",
    ),
    (
        "Howpsuz migrasiýa: hukuklaryňy bil, aragatnaşykda bol",
        "Zähmet migrantlary we olaryň maşgalalary",
        "Resminamalaryňyzyň nusgalaryny saklaň.\nMaşgalaňyza nirededigiňizi habar beriň.\n"
        "Gyzyl Ýarymaý maşgala baglanyşyklaryny dikeltmäge kömek edýär.",
        "Zähmet migrantlary, olaryň maşgalalary, serhet ýakasyndaky ilat",
        "Maglumat nokatlary, türkmen, rus, täjik we özbek dillerinde kitapçalar",
    ),
    (
        "Ýedi ýörelge — bir Hereket",
        "Ýaşlar üçin Esasy ýörelgeler",
        "Ynsanperwerlik, tarapgöýsüzlik, bitaraplyk, garaşsyzlyk, meýletinlik, agzybirlik, ählumumylyk.",
        "Mekdepler we uniwersitetler",
        "Ýaşlar toparlary, uniwersitet leksiýalary, sosial ulgamlar",
    ),
)
